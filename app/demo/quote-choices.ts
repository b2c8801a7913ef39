// The quotes the two community coordinators chose for the past rounds' joint reports, through the same
// model a coordinator's page uses: in each past round, each organisation's first two stories with `report`
// consent under their first dimension (the first of them also under its first theme) and one example under
// its rating's dimension. The rest of their `report` voices stay not put forward. Runs before the reports
// are made: choices belong to the round, and the demo reports freeze what was chosen.
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { narratives, rounds, stories, storyThemes } from "../../db/schema";
import { db } from "../models/platform/context.server";
import { getPerson } from "../models/people/people.server";
import { chooseQuote, chooserForRound, type Chooser } from "../models/joint-report/quote-choices.server";
import type { Person } from "../models/people/people.server";
import type { DemoContext } from "./context";

const COORDINATORS = { tumaini: "otieno@tumaini.example", pamoja: "wanjiru@pamoja.example" } as const;

function choose(coordinator: Person, chooser: Chooser, voice: string, section: string) {
  const result = chooseQuote(coordinator, chooser, { voice, section });
  if (!result.ok) throw new Error(`demo quote ${voice} under ${section} refused (${result.reason})`);
}

function chooseForRound(coordinator: Person, organisationId: number, roundId: number) {
  const chooser = chooserForRound(coordinator, roundId);
  if (!chooser) throw new Error(`demo quotes: ${coordinator.id} coordinates no community partner`);
  const told = db()
    .select({ id: stories.id, publicId: stories.publicId, dimensions: stories.dimensions })
    .from(stories)
    .where(
      and(
        eq(stories.roundId, roundId),
        eq(stories.organisationId, organisationId),
        eq(stories.scope, "report"),
        isNull(stories.withdrawnAt),
      ),
    )
    .orderBy(asc(stories.createdAt), asc(stories.id))
    .all()
    .filter((story) => story.dimensions.length > 0)
    .slice(0, 2);
  told.forEach((story, index) => {
    choose(coordinator, chooser, `story:${story.publicId}`, `dimension:${story.dimensions[0]}`);
    const theme = db()
      .select({ id: storyThemes.themeId })
      .from(storyThemes)
      .where(eq(storyThemes.storyId, story.id))
      .orderBy(asc(storyThemes.themeId))
      .get();
    if (index === 0 && theme) choose(coordinator, chooser, `story:${story.publicId}`, `theme:${theme.id}`);
  });
  const example = db()
    .select({ publicId: narratives.publicId, dimension: narratives.dimension })
    .from(narratives)
    .where(
      and(
        eq(narratives.roundId, roundId),
        eq(narratives.organisationId, organisationId),
        eq(narratives.scope, "report"),
        isNotNull(narratives.dimension),
      ),
    )
    .orderBy(asc(narratives.id))
    .get();
  if (example) choose(coordinator, chooser, `example:${example.publicId}`, `dimension:${example.dimension}`);
}

export function seedDemoQuoteChoices(demo: DemoContext) {
  const past = db()
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.partnershipId, demo.partnershipId), eq(rounds.state, "closed")))
    .orderBy(asc(rounds.opensAt))
    .all();
  for (const org of ["tumaini", "pamoja"] as const) {
    const coordinator = getPerson(demo.people[COORDINATORS[org]]);
    if (!coordinator) throw new Error(`demo quotes: no ${COORDINATORS[org]}`);
    for (const round of past) chooseForRound(coordinator, demo.orgs[org], round.id);
  }
}
