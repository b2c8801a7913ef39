import { FieldError } from "~/components/field-error";
import { useT } from "~/i18n/context";

/** Optional: an address or phone number the invitation is also sent to, through the outbox. */
export function SendToField({ value, error }: { value?: string; error?: string }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="sendTo">{t("invite.field.send_to")}</label>
      <p id="sendTo-hint" className="muted">
        {t("invite.field.send_to.hint")}
      </p>
      <input
        id="sendTo"
        name="sendTo"
        type="text"
        inputMode="email"
        autoComplete="off"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "sendTo-hint sendTo-error" : "sendTo-hint"}
      />
      <FieldError id="sendTo-error" message={error} />
    </div>
  );
}
