// One released joint report for the first past round (read by both community coordinators, version 1
// approved by both, with what the INGO learned, released to Open Horizons) and one in community review for
// the second past round (version 1 frozen, no approvals yet): the browser tests take it through review and
// release. Runs after the coordinators chose their quotes (alliance.ts), so the frozen versions hold them. Every step goes
// through the workflow a person would use, with that person's rights.
import { and, asc, eq } from "drizzle-orm";
import { rounds } from "../../db/schema";
import { db } from "../models/platform/context.server";
import { getPerson, type Person } from "../models/people/people.server";
import { requireReport } from "../models/joint-report/access.server";
import { saveOurReading, saveWhatWeLearned, sendToReview, type StepResult } from "../models/joint-report/workflow.server";
import { releaseReport } from "../models/joint-report/release.server";
import { latestVersion } from "../models/joint-report/versions.server";
import { createReport } from "../models/joint-report/reports.server";
import type { DemoContext } from "./context";

const DAY = 86_400_000;

const READINGS = {
  tumaini:
    "We see ourselves in these numbers. The widest gap is about decisions: the INGO thinks it decides with us; most of our members say the plan arrived finished. The stories say the same. We are glad the budget meeting is now promised — we will judge it by whether it happens.",
  pamoja:
    "Tunaona kwamba tulisikilizwa zaidi kuliko mwaka jana, lakini bado hatuoni pesa zinavyotumika. Hadithi za wanachama wetu zinaonyesha kwamba ukweli ni muhimu kuliko ripoti nzuri. Tunaidhinisha ripoti hii ili wafadhili waone picha kamili.",
};

const LEARNED = {
  first:
    "We rated ourselves far higher than our partners rated us on decisions and money. Our predictions were off too: we did not know how our partners saw us. We will share budget drafts before they are final and answer every shared story within two weeks.",
  second:
    "The gaps narrowed where we changed how we work (budgets, reporting back) and stayed wide where we did not (who sets priorities). We will invite both collectives to set next year's priorities with us.",
};

function done(result: StepResult, what: string) {
  if (!result.ok) throw new Error(`demo report: ${what} refused (${result.reason})`);
}

const person = (demo: DemoContext, email: string): Person => {
  const found = getPerson(demo.people[email]);
  if (!found) throw new Error(`demo report: no ${email}`);
  return found;
};

export function seedDemoReports(demo: DemoContext, now: Date) {
  const past = db()
    .select({ id: rounds.id, closesAt: rounds.closesAt })
    .from(rounds)
    .where(and(eq(rounds.partnershipId, demo.partnershipId), eq(rounds.state, "closed")))
    .orderBy(asc(rounds.opensAt))
    .all();
  if (past.length === 0) return;
  const facilitator = person(demo, "facilitator@sikiliza.example");
  const otieno = person(demo, "otieno@tumaini.example");
  const wanjiru = person(demo, "wanjiru@pamoja.example");
  const sanne = person(demo, "sanne@ghp.example");
  const make = (roundId: number) => {
    const created = createReport(facilitator, roundId);
    if (!created.ok) throw new Error(`demo report: round ${roundId} refused (${created.reason})`);
    return created.reportId;
  };
  const readerFor = (who: Person, reportId: number) => requireReport(who, reportId).reader;

  const versionOf = (reportId: number) => ({ versionId: latestVersion(reportId, db())!.id });

  // The first past round: written in draft, frozen as version 1 and sent to review, approved by both
  // collectives as it stands, and released three weeks after the round closed. The texts are written before
  // the freeze: a text changed after it would be a new version needing approval again.
  const released = make(past[0].id);
  const closed = Date.parse(past[0].closesAt);
  const at = (days: number) => new Date(Math.min(closed + days * DAY, now.getTime()));
  done(saveWhatWeLearned(readerFor(sanne, released), released, LEARNED.first), "what we learned");
  done(saveOurReading(readerFor(otieno, released), released, demo.orgs.tumaini, READINGS.tumaini, null), "Tumaini's reading");
  done(saveOurReading(readerFor(wanjiru, released), released, demo.orgs.pamoja, READINGS.pamoja, null), "Pamoja's reading");
  done(sendToReview(readerFor(facilitator, released), released, at(7)), "review");
  const approve = (who: Person, organisationId: number, reading: string, days: number) =>
    saveOurReading(readerFor(who, released), released, organisationId, reading, versionOf(released), at(days));
  done(approve(otieno, demo.orgs.tumaini, READINGS.tumaini, 12), "Tumaini's approval");
  done(approve(wanjiru, demo.orgs.pamoja, READINGS.pamoja, 16), "Pamoja's approval");
  // The demo's small collectives leave many figures under k: the facilitator confirms that knowingly.
  const release = { ...versionOf(released), confirmSuppressed: true };
  done(releaseReport(readerFor(facilitator, released), released, release, at(21)), "release");

  // The second past round: frozen as version 1 and in community review, waiting for both collectives.
  if (past.length < 2) return;
  const inReview = make(past[1].id);
  done(saveWhatWeLearned(readerFor(sanne, inReview), inReview, LEARNED.second), "what we learned");
  done(sendToReview(readerFor(facilitator, inReview), inReview, now), "review");
}
