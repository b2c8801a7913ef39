// The small forms of the coordinator's quote page: choose a voice for a section; move or take back a choice.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { QuoteChoicePage } from "~/models/joint-report/types";
import type { QuoteVoice } from "~/models/joint-report/types";

type Chosen = QuoteChoicePage["organisations"][number]["sections"][number]["chosen"][number];

export function ChosenQuote({ chosen, first, last, mayChange }: { chosen: Chosen; first: boolean; last: boolean; mayChange: boolean }) {
  const t = useT();
  return (
    <li>
      <figure className="quote">
        <blockquote lang={chosen.language}>{chosen.text}</blockquote>
        <figcaption>{t(`report.quote.kind.${chosen.kind}`)}</figcaption>
      </figure>
      <Form method="post" className="actions">
        <input type="hidden" name="choiceId" value={chosen.choiceId} />
        {mayChange && !first ? (
          <button type="submit" name="intent" value="up">
            {t("quotes.up")}
          </button>
        ) : null}
        {mayChange && !last ? (
          <button type="submit" name="intent" value="down">
            {t("quotes.down")}
          </button>
        ) : null}
        <button type="submit" name="intent" value="take_back">
          {t("quotes.take_back")}
        </button>
      </Form>
    </li>
  );
}

export function ChooseForm({ voice, options }: { voice: QuoteVoice; options: { value: string; label: string }[] }) {
  const t = useT();
  const id = `choose-${voice.ref.replace(":", "-")}`;
  return (
    <Form method="post" className="actions">
      <input type="hidden" name="voice" value={voice.ref} />
      <label htmlFor={id}>{t("quotes.choose_for")}</label>{" "}
      <select id={id} name="section">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>{" "}
      <button type="submit" name="intent" value="choose" className="primary">
        {t("quotes.choose")}
      </button>
    </Form>
  );
}
