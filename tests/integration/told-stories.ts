// Stories told through the real doors, in the listening alliance (tests/support/alliances.ts): anonymously
// through a story link's page (/s/<token>), or by a signed-in member through the model.
import { eq } from "drizzle-orm";
import { stories, submissionKeys } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { createStoryLink } from "../../app/models/stories/links.server";
import { tellStory } from "../../app/models/stories/telling.server";
import * as tellRoute from "../../app/routes/s.$token";
import type { ListeningAlliance } from "../support/alliances";
import { post, route } from "../support/route-calls";

export const sRoute = route(tellRoute, "/s/:token");

let counter = 0;
export const clientId = () => `test-client-${Date.now()}-${++counter}`.padEnd(20, "x");

export type StoryAnswers = {
  story: string;
  consent: "community" | "partners" | "report";
  dimensions?: string[];
  felt?: number;
  power?: string;
  attribution?: string;
  signed_name?: string;
};

/** An active anonymous link of the organisation for the alliance's open round, as its token. */
export function linkToken(loop: ListeningAlliance, organisation: "tumaini" | "pamoja" = "tumaini"): string {
  const coordinator = organisation === "tumaini" ? loop.people.otieno : loop.people.wanjiru;
  const made = createStoryLink(coordinator.person(), loop.orgs[organisation], { roundId: loop.roundId, expiresOn: "" });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  return made.token;
}

/** The form fields a browser posts for these answers (checkboxes repeat their name). */
export function storyFields(answers: StoryAnswers, id = clientId()): [string, string][] {
  const fields: [string, string][] = [
    ["client_id", id],
    ["story", answers.story],
    ["consent", answers.consent],
    ["attribution", answers.attribution ?? "anonymous"],
  ];
  for (const d of answers.dimensions ?? []) fields.push(["dimensions", d]);
  if (answers.felt !== undefined) fields.push(["felt", String(answers.felt)]);
  if (answers.power) fields.push(["power", answers.power]);
  if (answers.signed_name !== undefined) fields.push(["signed_name", answers.signed_name]);
  return fields;
}

/** Tells a story anonymously through the link page's action; returns the story id and its receipt code. */
export async function tellThroughLink(token: string, answers: StoryAnswers, id = clientId()) {
  const outcome = await post(sRoute, `/s/${token}`, "", storyFields(answers, id));
  const page = outcome.data as { state: string; receiptCode?: string };
  if (page?.state !== "received") throw new Error(`story refused: ${outcome.status} ${JSON.stringify(outcome.data)}`);
  return { storyId: storyIdOf(id), receiptCode: page.receiptCode!, clientId: id };
}

/** A signed-in member's story, through the model. */
export function tellAsMember(loop: ListeningAlliance, who: { id: number }, organisationId: number, answers: StoryAnswers, id = clientId()) {
  const result = tellStory({
    clientId: id,
    roundId: loop.roundId,
    organisationId,
    personId: who.id,
    linkId: null,
    answers: { attribution: "anonymous", ...answers },
    language: "en",
  });
  if (!result.ok) throw new Error(`story refused: ${JSON.stringify(result)}`);
  return result.storyId;
}

/** One story per scope for Tumaini (told by Juma) and one for Pamoja, for the community-side tests. */
export function someStories(loop: ListeningAlliance) {
  const { juma, wanjiru } = loop.people;
  const t = loop.orgs.tumaini;
  return {
    community: tellAsMember(loop, juma, t, { story: "community marker", consent: "community", dimensions: ["trust"] }),
    partners: tellAsMember(loop, juma, t, { story: "partners marker", consent: "partners", dimensions: ["money"] }),
    report: tellAsMember(loop, juma, t, { story: "report marker", consent: "report", dimensions: ["money", "listening"] }),
    pamoja: tellAsMember(loop, wanjiru, loop.orgs.pamoja, { story: "pamoja marker", consent: "report" }),
  };
}

/** The story a client id made: the page never tells the teller its row id (ids would count the instance's stories). */
export const storyIdOf = (clientId: string) =>
  db().select({ id: submissionKeys.targetId }).from(submissionKeys).where(eq(submissionKeys.clientId, clientId)).get()!.id;
export const storyRow = (id: number) => db().select().from(stories).where(eq(stories.id, id)).get()!;
