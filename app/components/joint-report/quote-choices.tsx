// The coordinator's quote page: what their organisation chose for each dimension and theme, in order, with
// plain forms to move or take back each one, and their voices with the teller's `report` consent to choose
// from. Works without JavaScript: every change is a POST and a redirect back.
import { useT } from "~/i18n/context";
import type { QuoteChoicePage, QuoteSectionRef, QuoteVoice } from "~/models/joint-report/types";
import { ChooseForm, ChosenQuote } from "./quote-choice-forms";

export type ChoiceRefused = { errors: Record<string, string> };
type Organisation = QuoteChoicePage["organisations"][number];
type Label = (ref: QuoteSectionRef) => string;

const refKey = (ref: QuoteSectionRef) => `${ref.section}:${ref.key}`;

function ChosenSections({ organisation, label, mayChange }: { organisation: Organisation; label: Label; mayChange: boolean }) {
  const t = useT();
  const filled = organisation.sections.filter((section) => section.chosen.length > 0);
  if (filled.length === 0) return <p>{t("quotes.chosen.none")}</p>;
  return (
    <>
      {filled.map((section) => (
        <div key={refKey(section)} className="quote-choice-section">
          <h4>{label(section)}</h4>
          <ol>
            {section.chosen.map((chosen, index) => (
              <ChosenQuote
                key={chosen.choiceId}
                chosen={chosen}
                first={index === 0}
                last={index === section.chosen.length - 1}
                mayChange={mayChange}
              />
            ))}
          </ol>
        </div>
      ))}
    </>
  );
}

function VoiceCard({
  voice,
  organisation,
  label,
  mayChange,
}: {
  voice: QuoteVoice;
  organisation: Organisation;
  label: Label;
  mayChange: boolean;
}) {
  const t = useT();
  const chosenIn = new Set(organisation.sections.filter((s) => s.chosen.some((c) => c.ref === voice.ref)).map(refKey));
  const open = voice.sections.filter((ref) => !chosenIn.has(refKey(ref)));
  return (
    <li className="card quote-voice">
      <figure className="quote">
        <blockquote lang={voice.language}>{voice.text}</blockquote>
        <figcaption>
          {t(`report.quote.kind.${voice.kind}`)}
          {voice.putForward ? ` · ${t("quotes.put_forward")}` : ""}
        </figcaption>
      </figure>
      {!mayChange ? null : open.length === 0 ? (
        <p className="muted">{voice.sections.length === 0 ? t("quotes.voice.untagged") : t("quotes.voice.everywhere")}</p>
      ) : (
        <ChooseForm voice={voice} options={open.map((ref) => ({ value: refKey(ref), label: label(ref) }))} />
      )}
    </li>
  );
}

export function QuoteChoices({ data, refused }: { data: QuoteChoicePage; refused?: ChoiceRefused }) {
  const t = useT();
  const themeNames = new Map(data.themes.map((theme) => [theme.key, theme.name]));
  const label: Label = (ref) =>
    ref.section === "dimension" ? t(`dimension.${ref.key}`) : t("quotes.theme", { name: themeNames.get(ref.key) ?? "" });
  const error = refused ? Object.values(refused.errors)[0] : undefined;
  return (
    <section aria-labelledby="quotes-title" className="quote-choices">
      <p className="muted">{data.report.partnershipName}</p>
      <h1 id="quotes-title">{t("quotes.title", { round: data.report.roundLabel })}</h1>
      <p>{t("quotes.intro")}</p>
      <p>
        <a href={`/reports/${data.report.id}`}>{t("quotes.back")}</a>
      </p>
      {data.mayChange ? null : <p className="notice">{t("quotes.released")}</p>}
      {error ? (
        <p className="form-error" role="alert">
          {t(error)}
        </p>
      ) : null}
      {data.organisations.map((organisation, index) => (
        <div key={organisation.id}>
          <h2>{organisation.name}</h2>
          <h3 id={index === 0 ? "chosen" : undefined}>{t("quotes.chosen.title")}</h3>
          <ChosenSections organisation={organisation} label={label} mayChange={data.mayChange} />
          <h3>{t("quotes.voices.title")}</h3>
          {organisation.voices.length === 0 ? (
            <p>{t("quotes.voices.none")}</p>
          ) : (
            <ul className="quote-voices">
              {organisation.voices.map((voice) => (
                <VoiceCard key={voice.ref} voice={voice} organisation={organisation} label={label} mayChange={data.mayChange} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
