// Stories in all three scopes across the past rounds and the open one, told by demo members and through
// anonymous story links; themes the coordinators coded them with; quotes put forward; and an active story
// link for each community organisation's open round. Everything goes through the models, like a real teller.
import { getPerson, type Person } from "../models/people/people.server";
import { listRounds, stateAt } from "../models/rounds/rounds.server";
import { coordinatedOrganisation, setPutForward } from "../models/stories/coordination.server";
import { createStoryLink } from "../models/stories/links.server";
import { tellStory } from "../models/stories/telling.server";
import { attachTheme, createTheme } from "../models/stories/themes.server";
import { judgeTranslation, translateStory, translationsFor } from "../models/stories/translations.server";
import type { DemoContext } from "./context";
import type { DemoStoryText } from "./story-text";
import { DEMO_STORIES, DEMO_THEMES } from "./story-texts";

/** A published receipt code, so the README can invite people to try /receipt on the demo. */
export const DEMO_RECEIPT_CODE = "ASAN-TESA-NA42";
const DEMO_RECEIPT_STORY = "outreach-schedule";

export type DemoStory = { key: string; id: number; roundId: number; organisationId: number; scope: string; anonymous: boolean };

const COORDINATORS = { tumaini: "otieno@tumaini.example", pamoja: "wanjiru@pamoja.example" } as const;

type Round = { id: number; opensAt: string; closesAt: string };

function momentIn(round: Round, share: number, now: Date): Date {
  const from = Date.parse(round.opensAt);
  const until = Math.min(Date.parse(round.closesAt), now.getTime());
  return new Date(from + (until - from) * share);
}

function person(demo: DemoContext, email: string): Person {
  const found = getPerson(demo.people[email]);
  if (!found) throw new Error(`demo person ${email} is missing`);
  return found;
}

/** One link per organisation and round, made by its coordinator on the round's first day. */
function linkFor(demo: DemoContext, org: keyof typeof COORDINATORS, round: Round, links: Map<string, number>) {
  const key = `${org}:${round.id}`;
  if (!links.has(key)) {
    const made = createStoryLink(
      person(demo, COORDINATORS[org]),
      demo.orgs[org],
      { roundId: round.id, expiresOn: "" },
      new Date(Date.parse(round.opensAt) + 3_600_000),
    );
    if (!made.ok) throw new Error(`demo story link refused: ${JSON.stringify(made.errors)}`);
    links.set(key, made.linkId);
  }
  return links.get(key)!;
}

function tell(demo: DemoContext, story: DemoStoryText, round: Round, links: Map<string, number>, now: Date): DemoStory {
  const anonymous = story.teller === "link";
  const result = tellStory(
    {
      clientId: `demo-story-${story.key}`,
      roundId: round.id,
      organisationId: demo.orgs[story.org],
      personId: anonymous ? null : demo.people[story.teller],
      linkId: anonymous ? linkFor(demo, story.org, round, links) : null,
      tieOrganisationId: story.tie ? demo.orgs[story.tie] : null,
      answers: { attribution: "anonymous", ...story.answers },
      language: story.language,
      receiptCode: story.key === DEMO_RECEIPT_STORY ? DEMO_RECEIPT_CODE : undefined,
    },
    momentIn(round, story.at, now),
  );
  if (!result.ok) throw new Error(`demo story ${story.key} refused: ${JSON.stringify(result)}`);
  return {
    key: story.key,
    id: result.storyId,
    roundId: round.id,
    organisationId: demo.orgs[story.org],
    scope: story.answers.consent,
    anonymous,
  };
}

function codeThemes(demo: DemoContext, told: DemoStory[]) {
  const coordinator = person(demo, COORDINATORS.tumaini);
  const themeIds = new Map<string, number>();
  for (const name of DEMO_THEMES) {
    const made = createTheme(coordinator, demo.partnershipId, name);
    if (made.ok) themeIds.set(name, made.themeId);
  }
  for (const story of DEMO_STORIES) {
    const id = told.find((t) => t.key === story.key)!.id;
    const org = story.org;
    for (const theme of story.themes) attachTheme(person(demo, COORDINATORS[org]), id, themeIds.get(theme)!);
    if (story.translation) {
      const { language, text, confirmed } = story.translation;
      translateStory(person(demo, COORDINATORS[org]), id, { language, text });
      const [added] = translationsFor({ kind: "receipt", storyId: id }, id);
      // The demo's teller read it and said it is what they said.
      if (confirmed && added) judgeTranslation({ kind: "receipt", storyId: id }, id, added.id, "confirmed");
    }
    if (story.putForward) {
      const organisation = coordinatedOrganisation(person(demo, COORDINATORS[org]), demo.orgs[org])!;
      setPutForward(person(demo, COORDINATORS[org]), organisation, id, true);
    }
  }
}

export function seedDemoStories(demo: DemoContext, now: Date): DemoStory[] {
  // Oldest first: listRounds gives the newest first.
  const rounds = listRounds(demo.partnershipId)
    .filter((r) => Date.parse(r.opensAt) <= now.getTime())
    .slice(0, 3)
    .reverse();
  if (rounds.length === 0) return [];
  const byIndex = (index: number) => rounds[rounds.length - 3 + index] ?? null;
  const links = new Map<string, number>();
  const told = DEMO_STORIES.flatMap((story) => {
    const round = byIndex(story.round);
    return round ? [tell(demo, story, round, links, now)] : [];
  });
  if (told.length === DEMO_STORIES.length) codeThemes(demo, told);
  // The open round's links stay active and are shown on each coordinator's story-links page.
  const open = rounds[rounds.length - 1];
  if (stateAt(open.opensAt, open.closesAt, now) === "open")
    for (const org of ["tumaini", "pamoja"] as const) linkFor(demo, org, open, links);
  return told;
}
