// The coordinator's quote page driven as the browser drives it, and the quote sections of a report as a
// reader gets them, for the quote tests.
import { eq } from "drizzle-orm";
import { quoteChoices, reportVersions, reports } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import * as quotesPage from "../../app/routes/reports.$reportId_.quotes";
import { get, post, route } from "../support/route-calls";
import { reportPage } from "./reports-fixture";

export const QUOTES = route(quotesPage, "/reports/:reportId/quotes");

export const choose = (reportId: number, cookie: string, voice: string, section: string) =>
  post(QUOTES, `/reports/${reportId}/quotes`, cookie, { intent: "choose", voice, section });

export const act = (reportId: number, cookie: string, intent: "up" | "down" | "take_back", choiceId: number) =>
  post(QUOTES, `/reports/${reportId}/quotes`, cookie, { intent, choiceId: String(choiceId) });

export const choiceRows = () => db().select().from(quoteChoices).orderBy(quoteChoices.id).all();

type Shown = { text: string; attribution: string | null };
type QuoteList = { none: boolean; quotes?: Shown[] };
type PageData = {
  report: {
    headline: { dimension: string; quote: Shown | { none: true } }[];
    perDimension: { dimension: string; quotes: QuoteList }[];
    themes: { name: string; stories: unknown; quotes: QuoteList }[];
  };
};

/** Every quote section of the report page as this person reads it: headline, per dimension and per theme. */
export async function quoteSections(reportId: number, cookie: string) {
  const outcome = await get(reportPage, `/reports/${reportId}`, cookie);
  if (outcome.status !== 200) throw new Error(`report page: ${outcome.status}`);
  const { report } = outcome.data as PageData;
  return {
    headline: report.headline.map((entry) => [entry.dimension, entry.quote]),
    perDimension: report.perDimension.map((section) => [section.dimension, section.quotes]),
    themes: report.themes.map((theme) => [theme.name, theme.stories, theme.quotes]),
  };
}

/** The texts quoted under one dimension, in order. */
export async function quotedUnder(reportId: number, cookie: string, dimension: string) {
  const sections = await quoteSections(reportId, cookie);
  const found = sections.perDimension.find(([d]) => d === dimension)![1] as QuoteList;
  return found.none ? [] : found.quotes!.map((q) => q.text);
}

/** Releases a report in review as the last step of the workflow would: its newest version goes out. */
export function releaseStraight(reportId: number) {
  const newest = db().select({ id: reportVersions.id }).from(reportVersions).where(eq(reportVersions.reportId, reportId)).all().pop();
  db()
    .update(reports)
    .set({ status: "released", releasedAt: new Date().toISOString(), releasedVersionId: newest?.id ?? null })
    .where(eq(reports.id, reportId))
    .run();
}
