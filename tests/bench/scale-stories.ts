// Stories (sealed, scopes mixed, some withdrawn, some told through an anonymous link) and the listening
// loop around them: INGO reads, answers, felt-heard ratings, actions and the stories they answer.
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { encryptField, lookupHash, randomToken, sha256, type Keyring } from "../../app/models/platform/crypto.server";
import { DIMENSIONS } from "../../surveys/dimensions";
import { pickScope } from "./scale-answers";
import { writeActions } from "./scale-actions";
import { momentIn } from "./scale-responses";
import type { RoundPlan } from "./scale-rounds";
import type { AlliancePlan } from "./scale-plan";
import type { Rng } from "./scale-rng";
import { languageOf, type Texts } from "./scale-texts";
import type { Writer } from "./scale-writer";

const DAY = 86_400_000;
type Env = { w: Writer; keyring: Keyring; rng: Rng; texts: Texts; now: Date; onStory: () => void };
type Ids = { story: number; link: number; answer: number; theme: number };

const seal = (env: Env, table: string, column: string, rowId: number, text: string) =>
  encryptField(env.keyring, { table, column, rowId }, text);
const notAfter = (now: Date, ms: number) => new Date(Math.min(ms, now.getTime() - 60_000)).toISOString();

function themesFor(env: Env, plan: AlliancePlan, ids: Ids) {
  const byPartnership = new Map<number, number[]>();
  for (const p of plan.partnerships) {
    const mine = ["Safety", "Money on time", "Being asked first", "Data and privacy", "Police"].map((name) => {
      env.w.row("themes", [++ids.theme, p.id, name]);
      return ids.theme;
    });
    byPartnership.set(p.id, mine);
  }
  return byPartnership;
}

/** The INGO side of the loop for one shared story: read, maybe answered, maybe rated, maybe acted on. */
function listen(env: Env, ids: Ids, storyId: number, created: number, reader: number, ingo: number, actions: number[]) {
  const { w, rng, now } = env;
  if (!rng.chance(0.75)) return;
  const readAt = Math.min(created + rng.next() * 20 * DAY, now.getTime() - 60_000);
  w.row("story_reads", [storyId, reader, notAfter(now, readAt)]);
  if (!rng.chance(0.5)) return;
  const answerId = ++ids.answer;
  const answeredAt = notAfter(now, readAt + rng.next() * 10 * DAY);
  w.row("story_answers", [
    answerId,
    storyId,
    reader,
    ingo,
    seal(env, "story_answers", "heard", answerId, env.texts.heard()),
    seal(env, "story_answers", "will_do", answerId, env.texts.willDo()),
    answeredAt,
  ]);
  if (rng.chance(0.6)) {
    const comment = rng.chance(0.3) ? seal(env, "felt_heard", "comment", storyId, env.texts.comment()) : null;
    w.row("felt_heard", [storyId, rng.int(1, 5), comment, rng.chance(0.8) ? "teller" : "coordinator", answeredAt]);
  }
  if (actions.length && rng.chance(0.2)) w.row("action_stories", [rng.pick(actions), storyId]);
}

type StoryTask = { round: RoundPlan; at: Date };

/** Quarter by quarter, every partnership's stories in the order they were told (as for responses). */
export function writeStories(env: Env, plan: AlliancePlan, rounds: RoundPlan[], perRound: number[]) {
  const { w, rng, texts } = env;
  const ids: Ids = { story: 0, link: 0, answer: 0, theme: 0 };
  const themes = themesFor(env, plan, ids);
  const version = currentVersion("story");
  const actionIds = { next: 0 };
  const coordinator = (org: number) => plan.orgs[org - 1].coordinatorId;
  const quarters = Math.max(...rounds.map((r) => r.index)) + 1;
  for (let index = 0; index < quarters; index++) {
    const actions = new Map<number, number[]>();
    const links = new Map<string, number>();
    const tasks: StoryTask[] = [];
    rounds.forEach((round, r) => {
      if (round.index !== index) return;
      actions.set(round.id, writeActions(w, rng, round, plan, actionIds));
      for (let i = 0; i < perRound[r]; i++) tasks.push({ round, at: momentIn(rng, round, env.now) });
    });
    tasks.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const { round, at: created } of tasks) {
      const p = round.partnership;
      const org = rng.pick(p.clos);
      const members = p.viewPool.filter((c) => c.organisationId === org);
      const anonymous = rng.chance(0.15);
      const teller = anonymous ? null : members.length ? rng.pick(members).personId : coordinator(org);
      let linkId: number | null = null;
      if (anonymous) {
        linkId = links.get(`${round.id}|${org}`) ?? null;
        if (linkId === null) {
          linkId = ++ids.link;
          const token = randomToken();
          w.row("story_links", [
            linkId,
            sha256(token),
            seal(env, "story_links", "token", linkId, token),
            org,
            round.id,
            coordinator(org),
            round.closesAt,
            round.opensAt,
          ]);
          links.set(`${round.id}|${org}`, linkId);
        }
      }
      const id = ++ids.story;
      const language = teller ? languageOf(teller) : rng.pick(["en", "sw"]);
      const scope = pickScope(rng);
      const attribution = anonymous ? "anonymous" : rng.pick(["anonymous", "anonymous", "anonymous", "name", "organisation"] as const);
      const withdrawn = rng.chance(0.03);
      const text = withdrawn ? null : seal(env, "stories", "text", id, texts.story(language));
      const signed = !withdrawn && attribution === "name" ? seal(env, "stories", "signed_name", id, texts.name()) : null;
      const receipt = anonymous ? lookupHash(env.keyring, `receipt:${randomToken()}`) : null;
      const dims = JSON.stringify(rng.sample(DIMENSIONS, rng.int(1, 3)));
      const putForward = scope === "report" && rng.chance(0.2) ? 1 : 0;
      const withdrawnAt = withdrawn ? notAfter(env.now, created.getTime() + 3 * DAY) : null;
      w.row("stories", [
        id,
        round.id,
        p.id,
        org,
        teller,
        linkId,
        receipt,
        version,
        text,
        signed,
        language,
        dims,
        rng.int(1, 5),
        rng.pick(["us", "them", "shared"]),
        scope,
        attribution,
        putForward,
        withdrawnAt,
        created.toISOString(),
      ]);
      if (rng.chance(0.3)) w.row("story_themes", [id, rng.pick(themes.get(p.id)!)]);
      if (!withdrawn && scope !== "community") {
        const ingo = rng.pick(p.ingos);
        const staff = p.selfPool.filter((c) => c.organisationId === ingo);
        listen(env, ids, id, created.getTime(), staff.length ? rng.pick(staff).personId : coordinator(ingo), ingo, actions.get(round.id)!);
      }
      env.onStory();
      w.unitDone();
    }
  }
  w.finish();
}
