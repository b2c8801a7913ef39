// Sentences and charts of one dimension read as sentences in both languages when a number is hidden: no
// catalogue key, no hidden marker put inside a sentence, and a comparison that cannot be made says why.
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import en from "../../../app/i18n/catalogues/en.json";
import sw from "../../../app/i18n/catalogues/sw.json";
import { I18nContext } from "../../../app/i18n/context";
import { AccuracySentences, GapSentence } from "../../../app/components/joint-report/comparison-sentences";
import { ReportViews } from "../../../app/components/joint-report/views";
import { ReportTrend } from "../../../app/components/joint-report/trend";
import { suppressedFigure, type Figure } from "../../../reports/figure-value";
import type { ViewSummary } from "../../../reports/rating-views";
import type { PerceptionGap } from "../../../reports/perception-gap";
import type { DimensionAccuracy } from "../../../reports/listening-accuracy";

const H = suppressedFigure(5);
const CATALOGUES = [
  ["en", en],
  ["sw", sw],
] as const;
const render = (element: ReactElement, locale: string, messages: Record<string, string>) =>
  renderToString(createElement(I18nContext.Provider, { value: { locale, messages } }, element));
const msg = (messages: Record<string, string>, key: string, params: Record<string, string> = {}) =>
  messages[key].replace(/\{(\w+)\}/g, (_m, name: string) => params[name]).replace(/'/g, "&#x27;");

function view(counts: Figure[], groups: Figure[], mean: Figure, n: Figure): ViewSummary {
  return {
    distribution: counts.map((count, i) => ({ rating: (i + 1) as 1 | 2 | 3 | 4 | 5, count })),
    groups: (["disagree", "neither", "agree"] as const).map((group, i) => ({ group, count: groups[i] })),
    dontKnow: 0,
    mean,
    n,
  };
}

/** No key leaks out, and no hidden word sits where a number was meant ("… (n = hidden …)"). */
function expectReadable(html: string, messages: Record<string, string>) {
  expect(html.match(/\breport\.[a-z_]+(\.[a-z_0-9-]+)*/g) ?? []).toEqual([]);
  expect(html).not.toMatch(/fewer than \d+ answers \(n =/);
  expect(html).not.toContain(`(n = ${messages["report.figure.hidden"]}`);
  expect(html).not.toMatch(/undefined|NaN|\{\w+\}/);
}

describe.each(CATALOGUES)("in %s", (_locale, messages) => {
  // "Our knowledge": all ten community answers in hidden cells, the INGO's five shown.
  const ourKnowledge: PerceptionGap = {
    dimension: "knowledge",
    community: view([H, H, 0, H, H], [H, 0, H], H, 10),
    ingoSelf: view([0, 0, 0, 5, 0], [0, 0, 5], 4, 5),
    gap: H,
    flagged: false,
  };
  // "Being listened to": the INGO's n = 5 shown, its mean hidden.
  const listened: PerceptionGap = {
    dimension: "listening",
    community: view([0, 2, 3, 3, 2], [2, 3, 5], 3.3, 10),
    ingoSelf: view([0, 0, H, H, 0], [0, H, H], H, 5),
    gap: H,
    flagged: false,
  };

  it("draws neither side of a view when one side is hidden, and the table says so too", () => {
    const html = render(createElement(ReportViews, { gap: ourKnowledge }), _locale, messages);
    expectReadable(html, messages);
    expect(html).not.toContain("<canvas");
    const why = msg(messages, "report.chart.hidden_one_side");
    expect(html.split(why).length - 1).toBe(2); // under the missing chart and in the table's caption
  });

  it("draws both sides in groups when single ratings are hidden but the groups are not", () => {
    const grouped: PerceptionGap = { ...ourKnowledge, community: view([H, H, 0, H, H], [5, 0, 5], H, 10) };
    const html = render(createElement(ReportViews, { gap: grouped }), _locale, messages);
    expect(html).toContain("<canvas");
    expect(html).toContain(msg(messages, "report.chart.in_groups"));
    expectReadable(html, messages);
  });

  it("says which side's mean is hidden when no gap can be shown", () => {
    const ingoHidden = render(createElement(GapSentence, { gap: listened }), _locale, messages);
    expect(ingoHidden).toContain(msg(messages, "report.dimension.gap_hidden_ingo"));
    const communityHidden = render(createElement(GapSentence, { gap: ourKnowledge }), _locale, messages);
    expect(communityHidden).toContain(msg(messages, "report.dimension.gap_hidden_community"));
    expectReadable(ingoHidden + communityHidden, messages);
  });

  it("writes the prediction against the answers as whole sentences when numbers are hidden", () => {
    const hidden: DimensionAccuracy = {
      dimension: "trust",
      predictionMean: H,
      nPrediction: H,
      communityMean: 3.1,
      nCommunity: 12,
      error: H,
    };
    const html = render(createElement(AccuracySentences, { accuracy: hidden }), _locale, messages);
    expectReadable(html, messages);
    expect(html).toContain(msg(messages, "report.accuracy.predicted_hidden"));
    expect(html).toContain(msg(messages, "report.accuracy.actual_mean", { mean: "3.10", n: "12" }));
    expect(html).toContain(msg(messages, "report.accuracy.off_by_hidden"));
    expect(html).not.toContain(messages["report.figure.hidden"]);

    const meanOnlyHidden: DimensionAccuracy = { ...hidden, predictionMean: 3.9, nPrediction: 5, communityMean: H, nCommunity: 10 };
    const second = render(createElement(AccuracySentences, { accuracy: meanOnlyHidden }), _locale, messages);
    expect(second).toContain(msg(messages, "report.accuracy.actual_hidden_n", { n: "10" }));
    expectReadable(second, messages);
  });

  it("leaves a round out of both lines of a comparison when one side is hidden in it", () => {
    const points = (values: (number | null)[], hidden: boolean[]) =>
      values.map((value, i) => ({ roundId: i + 1, label: `Q${i + 1}`, value, suppressed: hidden[i] }));
    const html = render(
      createElement(ReportTrend, {
        id: "t",
        caption: "trend",
        axis: { min: 1, max: 5, title: "mean" },
        paired: true,
        lines: [
          { key: "c", label: "community", format: "mean", points: points([3.1, null, 3.4], [false, true, false]) },
          { key: "i", label: "ingo", format: "mean", points: points([4.0, 4.2, 4.1], [false, false, false]) },
        ],
      }),
      _locale,
      messages,
    );
    expectReadable(html, messages);
    expect(html).toContain(msg(messages, "report.chart.hidden_rounds_paired"));
    // The chart's data leaves round 2 out of the INGO's line too; its table still shows 4.20.
    expect(html).toContain(">4.20<");
  });
});
