import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { FieldError } from "../field-error";
import type { StoryTranslation } from "~/models/stories/types";

// A story's translations beside its original: who translated it, and whether the teller confirmed it.
// Readers get the list; the teller gets the same list with "this is (not) what I said" under each one.

function TranslationCard({ translation, children }: { translation: StoryTranslation; children?: ReactNode }) {
  const t = useT();
  const d = useDate();
  const language = t(`translation.language.${translation.language}`);
  return (
    <article className={`translation translation-${translation.verdict ?? "unchecked"}`} aria-label={t("translation.in", { language })}>
      <h3>{t("translation.in", { language })}</h3>
      <blockquote className="story-text" lang={translation.language}>
        {translation.text}
      </blockquote>
      <p className="muted">{t("translation.by", { name: translation.translatorName, date: d(translation.translatedAt) })}</p>
      <p className={`translation-status translation-status-${translation.verdict ?? "none"}`}>
        {t(`translation.verdict.${translation.verdict ?? "none"}`)}
      </p>
      {children}
    </article>
  );
}

/** The original and its translations side by side, for anyone the consent rule lets read the story. */
export function StoryWithTranslations({
  text,
  language,
  translations,
}: {
  text: string;
  language: string;
  translations: StoryTranslation[];
}) {
  const t = useT();
  const original = (
    <blockquote className="story-text" lang={language}>
      {text}
    </blockquote>
  );
  if (translations.length === 0) return original;
  return (
    <div className="translation-pair">
      <div>
        <h3>{t("translation.original", { language: t(`translation.language.${language}`) })}</h3>
        {original}
      </div>
      <div>
        {translations.map((tr) => (
          <TranslationCard key={tr.id} translation={tr} />
        ))}
      </div>
    </div>
  );
}

/** For the teller: each translation with the two answers only they may give. */
export function TellerTranslations({
  translations,
  hidden,
  errors,
}: {
  translations: StoryTranslation[];
  hidden: Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = useT();
  if (translations.length === 0) return null;
  return (
    <section aria-labelledby="translations-title" className="card">
      <h2 id="translations-title">{t("translation.title")}</h2>
      <p>{t("translation.teller.intro")}</p>
      <FieldError id="verdict-error" message={errors.verdict ?? errors.translation} />
      {translations.map((tr) => (
        <TranslationCard key={tr.id} translation={tr}>
          <Form method="post" className="translation-verdict">
            {Object.entries(hidden).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <input type="hidden" name="intent" value="translation" />
            <input type="hidden" name="translation" value={tr.id} />
            <button type="submit" name="verdict" value="confirmed">
              {t("translation.teller.confirm")}
            </button>{" "}
            <button type="submit" name="verdict" value="disputed" className="danger">
              {t("translation.teller.dispute")}
            </button>
          </Form>
        </TranslationCard>
      ))}
    </section>
  );
}

/** For a coordinator of the teller's organisation: add or replace the translation into one language. */
export function TranslateForm({
  storyLanguage,
  languages,
  errors,
}: {
  storyLanguage: string;
  languages: readonly string[];
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <section aria-labelledby="translate-title" className="card">
      <h2 id="translate-title">{t("translation.add.title")}</h2>
      <p>{t("translation.add.explain")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="translate" />
        <div className="field">
          <label htmlFor="translation-language">{t("translation.field.language")}</label>
          <select id="translation-language" name="language" aria-describedby="language-error">
            {languages
              .filter((code) => code !== storyLanguage)
              .map((code) => (
                <option key={code} value={code}>
                  {t(`translation.language.${code}`)}
                </option>
              ))}
          </select>
          <FieldError id="language-error" message={errors.language} />
        </div>
        <div className="field">
          <label htmlFor="translation-text">{t("translation.field.text")}</label>
          <p className="hint" id="translation-text-hint">
            {t("translation.field.text.hint")}
          </p>
          <textarea id="translation-text" name="text" rows={8} maxLength={10000} aria-describedby="translation-text-hint text-error" />
          <FieldError id="text-error" message={errors.text} />
        </div>
        <button type="submit">{t("translation.add.send")}</button>
      </Form>
    </section>
  );
}
