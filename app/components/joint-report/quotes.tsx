// Community voice in the report, always as text (docs/security.md 4.5): a quote with its language and the
// attribution its teller chose, or — "no chart without voices" — a plain statement that there is none.
import type { DimensionQuotes, NoVoice, QuoteShown } from "../../../reports/quotes";
import { useT } from "~/i18n/context";

export function QuoteBlock({ quote }: { quote: QuoteShown }) {
  const t = useT();
  return (
    <figure className="quote">
      <blockquote lang={quote.language}>{quote.text}</blockquote>
      {quote.translations?.map((tr) => (
        <div key={tr.language} className="quote-translation">
          <blockquote lang={tr.language}>{tr.text}</blockquote>
          <p className="muted">
            {t("report.quote.translation", { language: t(`translation.language.${tr.language}`), name: tr.translatorName })} ·{" "}
            {t(tr.confirmed ? "translation.verdict.confirmed" : "translation.verdict.none")}
          </p>
        </div>
      ))}
      <figcaption>
        {quote.attribution ?? t("report.quote.anonymous")} · {t(`report.quote.kind.${quote.kind}`)}
      </figcaption>
    </figure>
  );
}

export function NoVoiceNote({ withheld }: { withheld: boolean }) {
  const t = useT();
  return <p className="no-voice">{withheld ? t("report.quotes.withheld") : t("report.quotes.none")}</p>;
}

export function OneQuote({ quote, withheld }: { quote: QuoteShown | NoVoice; withheld: boolean }) {
  return "none" in quote ? <NoVoiceNote withheld={withheld} /> : <QuoteBlock quote={quote} />;
}

export function DimensionQuoteList({ quotes, withheld }: { quotes: DimensionQuotes; withheld: boolean }) {
  if (quotes.none) return <NoVoiceNote withheld={withheld} />;
  return (
    <div className="quotes">
      {quotes.quotes.map((quote) => (
        <QuoteBlock key={quote.id} quote={quote} />
      ))}
    </div>
  );
}
