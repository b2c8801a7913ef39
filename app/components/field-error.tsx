import { useT } from "~/i18n/context";

/** A field's message, translated, tied to its input by id for screen readers. */
export function FieldError({ id, message, params }: { id: string; message?: string; params?: Record<string, string | number> }) {
  const t = useT();
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {t(message, params)}
    </p>
  );
}
