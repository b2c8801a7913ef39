// A page of plans holds many small forms; a refused one is named by its formKey, and only it shows the
// messages and the values sent.
export type PlanRefusal = { errors: Record<string, string>; values: Record<string, string> } | null;

export function refusalFor(refused: PlanRefusal, formKey: string): PlanRefusal {
  return refused && refused.values.formKey === formKey ? refused : null;
}
