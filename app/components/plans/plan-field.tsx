import type { ReactNode } from "react";
import { useT } from "~/i18n/context";
import { FieldError } from "../field-error";

/** A labelled field of a plan form with its message; the input is the child, given the same id. */
export function PlanField({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The form's message when a field it does not show was refused (an item that moved, an unknown intent). */
export function FormErrors({ errors, shown }: { errors: Record<string, string>; shown: string[] }) {
  const t = useT();
  const others = Object.entries(errors).filter(([field]) => !shown.includes(field));
  if (Object.keys(errors).length === 0) return null;
  return (
    <>
      <p className="form-error" role="alert">
        {t("form.error.summary")}
      </p>
      {others.map(([field, message]) => (
        <p key={field} className="form-error">
          {t(message)}
        </p>
      ))}
    </>
  );
}
