// Read receipts, INGO answers, actions and felt-heard ratings that make the listening figures tell a story:
// in the oldest round most shared stories were ignored and the few answers came late; the next round is
// better; in the open round the newest stories are still waiting. Everything goes through the models.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { stories } from "../../db/schema";
import { writeTransaction } from "../../db/client";
import { db } from "../models/platform/context.server";
import { confirmAction, saveAction } from "../models/listening/action-writes.server";
import { rateAnswer } from "../models/listening/felt-heard.server";
import { recordFirstRead } from "../models/listening/inbox-story.server";
import { getPerson } from "../models/people/people.server";
import { listRounds } from "../models/rounds/rounds.server";
import { insertAnswer } from "../models/listening/answers.server";
import type { DemoContext } from "./context";
import { DEMO_ACTIONS, DEMO_ANSWERS, type RoundRole } from "./listening-texts";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const READERS = ["sanne@ghp.example", "staff1@ghp.example", "staff2@ghp.example", "staff3@ghp.example"];

type SharedStory = { id: number; roundId: number; organisationId: number; createdAt: string };
/** What happens to one shared story: days from telling to the first read and to the answer; a rating. */
type Fate = { readAfter: number | null; answerAfter: number | null; rating: number | null };

// Per kind of round, a repeating pattern over its stories (oldest story first).
const PATTERNS: Record<RoundRole, Fate[]> = {
  // The older past rounds: most stories never opened; the few answers came weeks later and did not land.
  older: [
    { readAfter: null, answerAfter: null, rating: null },
    { readAfter: 19, answerAfter: 33, rating: 2 },
    { readAfter: null, answerAfter: null, rating: null },
    { readAfter: 24, answerAfter: null, rating: null },
    { readAfter: null, answerAfter: null, rating: null },
    { readAfter: 9, answerAfter: 27, rating: 1 },
  ],
  // The latest past round: read within days, answered within two weeks, mostly felt heard.
  newer: [
    { readAfter: 2, answerAfter: 6, rating: 4 },
    { readAfter: 1, answerAfter: 4, rating: 5 },
    { readAfter: 3, answerAfter: 11, rating: 4 },
    { readAfter: 16, answerAfter: 21, rating: 3 },
    { readAfter: 2, answerAfter: 9, rating: 4 },
    { readAfter: 5, answerAfter: null, rating: null },
  ],
  // The open round: the oldest read and answered; the newest still waiting.
  open: [
    { readAfter: 1, answerAfter: 2, rating: 4 },
    { readAfter: 1, answerAfter: null, rating: null },
    { readAfter: null, answerAfter: null, rating: null },
  ],
};

function sharedStories(partnershipId: number): SharedStory[] {
  return db()
    .select({ id: stories.id, roundId: stories.roundId, organisationId: stories.organisationId, createdAt: stories.createdAt })
    .from(stories)
    .where(and(eq(stories.partnershipId, partnershipId), inArray(stories.scope, ["partners", "report"]), isNull(stories.withdrawnAt)))
    .orderBy(asc(stories.createdAt), asc(stories.id))
    .all();
}

/** A moment `days` after the telling, or null when that moment has not come yet. */
function after(story: SharedStory, days: number, now: Date): Date | null {
  const at = Date.parse(story.createdAt) + days * DAY;
  return at <= now.getTime() - HOUR ? new Date(at) : null;
}

function listen(demo: DemoContext, story: SharedStory, fate: Fate, turn: number, now: Date) {
  const reader = demo.people[READERS[turn % READERS.length]];
  const readAt = fate.readAfter === null ? null : after(story, fate.readAfter, now);
  if (!readAt) return false;
  recordFirstRead(story.id, reader, readAt);
  const answeredAt = fate.answerAfter === null ? null : after(story, fate.answerAfter, now);
  if (!answeredAt) return false;
  const text = DEMO_ANSWERS[turn % DEMO_ANSWERS.length];
  writeTransaction(db(), (tx) =>
    insertAnswer(tx, {
      storyId: story.id,
      personId: reader,
      organisationId: demo.orgs.ghp,
      heard: text.heard,
      willDo: text.willDo,
      at: answeredAt,
    }),
  );
  if (fate.rating !== null) {
    // Tellers rate about two in three; the coordinator speaks for the organisation on the rest.
    const ratedBy = turn % 3 === 2 ? "coordinator" : "teller";
    rateAnswer(
      { storyId: story.id, rating: fate.rating, comment: null, ratedBy },
      new Date(Math.min(answeredAt.getTime() + 2 * DAY, now.getTime() - HOUR)),
    );
  }
  return true;
}

/** The open round is "open"; of the past rounds the latest is "newer", all before it "older". */
function roundRoles(partnershipId: number): Map<number, RoundRole> {
  const begun = listRounds(partnershipId).filter((r) => r.state !== "scheduled");
  const roles = new Map<number, RoundRole>();
  const past = begun.filter((r) => r.state === "closed");
  for (const r of begun) roles.set(r.id, r.state === "open" ? "open" : r.id === past[0]?.id ? "newer" : "older");
  return roles;
}

export function seedDemoListening(demo: DemoContext, now: Date) {
  const roles = roundRoles(demo.partnershipId);
  if (roles.size === 0) return;
  const shared = sharedStories(demo.partnershipId);
  const answered = new Map<RoundRole, SharedStory[]>();
  for (const [roundId, role] of roles) {
    const pattern = PATTERNS[role];
    const done = shared.filter((s) => s.roundId === roundId).filter((story, i) => listen(demo, story, pattern[i % pattern.length], i, now));
    answered.set(role, [...(answered.get(role) ?? []), ...done]);
  }
  seedDemoActions(demo, roles, answered, now);
}

/** One action in each status, linked to answered stories; the community confirms one and disputes one. */
function seedDemoActions(demo: DemoContext, roles: Map<number, RoundRole>, answered: Map<RoundRole, SharedStory[]>, now: Date) {
  const person = (email: string) => getPerson(demo.people[email])!;
  const rounds = [...roles.keys()];
  for (const plan of DEMO_ACTIONS) {
    // The round of its kind; with fewer rounds (a fresh partnership), the most recent one.
    const roundId = rounds.find((id) => roles.get(id) === plan.round) ?? rounds[0];
    const linked = (answered.get(roles.get(roundId)!) ?? [])
      .filter((s) => s.roundId === roundId && (plan.linkFrom === "any" || s.organisationId === demo.orgs[plan.linkFrom]))
      .slice(0, 2);
    const due = new Date(now.getTime() + plan.dueInDays * DAY).toISOString().slice(0, 10);
    const saved = saveAction(person(plan.createdBy), demo.partnershipId, {
      title: plan.title,
      owner: demo.orgs[plan.owner],
      due,
      status: plan.status,
      round: roundId,
      dimensions: plan.dimensions,
      stories: linked.map((s) => s.id),
    });
    if (!saved.ok) throw new Error(`demo action "${plan.title}" refused: ${JSON.stringify(saved.errors)}`);
    if (plan.community)
      confirmAction(person(plan.community.by), saved.id, { decision: plan.community.decision, comment: plan.community.comment });
  }
}
