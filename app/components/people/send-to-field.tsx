import { FieldError } from "~/components/field-error";
import { useT } from "~/i18n/context";

type Language = { code: string; name: string };

/**
 * Optional: an address or phone number the invitation is also sent to, through the outbox, and the language its
 * message is written in (by default the inviter's own).
 */
export function SendToField({
  value,
  error,
  languages,
  language,
  languageError,
}: {
  value?: string;
  error?: string;
  languages: Language[];
  language: string;
  languageError?: string;
}) {
  const t = useT();
  return (
    <>
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
      <div className="field">
        <label htmlFor="messageLanguage">{t("invite.field.message_language")}</label>
        <p id="messageLanguage-hint" className="muted">
          {t("invite.field.message_language.hint")}
        </p>
        <select
          id="messageLanguage"
          name="messageLanguage"
          defaultValue={language}
          aria-invalid={languageError ? true : undefined}
          aria-describedby={languageError ? "messageLanguage-hint messageLanguage-error" : "messageLanguage-hint"}
        >
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        <FieldError id="messageLanguage-error" message={languageError} />
      </div>
    </>
  );
}
