// The one-time token of a create form (app/models/platform/form-tokens.server.ts): sent again, the same form
// leads to what it created the first time instead of creating it twice.
export function FormToken({ value }: { value: string }) {
  return <input type="hidden" name="form_token" value={value} />;
}
