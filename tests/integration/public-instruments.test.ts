// SurveyJS forms written by others (tests/data/surveyjs-examples, each with its SOURCE note): uploaded by a
// facilitator, read by a coordinator, put in a round and answered page by page as a browser without JavaScript
// posts them. Broken ones are refused with every problem named and nothing stored.
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { count, eq } from "drizzle-orm";
import { instrumentVersions, partnershipInstruments, responses } from "../../db/schema";
import { SurveyPage } from "../../app/components/rounds/survey-form";
import * as instrumentsPage from "../../app/routes/partnerships.$partnershipId.instruments";
import * as previewPage from "../../app/routes/partnerships.$partnershipId.instruments.$name";
import { db } from "../../app/models/platform/context.server";
import type { AnswerView } from "../../app/models/rounds/types";
import type { PageModel } from "../../surveys/types";
import { fullAnswers } from "../support/fill-page";
import { get, post, route } from "../support/route-calls";
import { buildAlliance, openRound } from "../support/world";
import { respondPath, respondRoute } from "./respond-route";

const EXAMPLES = path.resolve(import.meta.dirname, "../data/surveyjs-examples");
const example = (file: string) => fs.readFileSync(path.join(EXAMPLES, file), "utf8");
const instrumentsRoute = route(instrumentsPage, "/partnerships/:partnershipId/instruments");
const previewRoute = route(previewPage, "/partnerships/:partnershipId/instruments/:name");

const labels = {
  required: "(required)",
  dontKnow: "Don't know",
  yes: "Yes",
  no: "No",
  choose: "Choose…",
  otherText: "Please describe:",
  condition: () => "Answer this only if it applies",
  selected: () => "",
};

function coast() {
  return buildAlliance({
    organisations: { clo: { name: "Amani Collective", kind: "community_led" }, ingo: { name: "Global Aid", kind: "ingo" } },
    partnership: { name: "Coast Programme", members: { clo: "community_partner", ingo: "ingo_partner" } },
    people: {
      facilitator: { name: "Facilitator", facilitator: true },
      coordinator: { name: "Achieng", of: "clo", role: "coordinator" },
      member: { name: "Juma", of: "clo" },
    },
  });
}

type World = ReturnType<typeof coast>;
const listPath = (world: World) => `/partnerships/${world.partnershipId}/instruments`;

async function upload(world: World, name: string, json: string) {
  return post(instrumentsRoute, listPath(world), world.people.facilitator.cookie, { name, json });
}

/** Answers every page with a full set of answers until the response is sent; the pages it went through. */
async function answerAll(world: World, roundId: number, name: string): Promise<PageModel[]> {
  const at = respondPath(roundId, name);
  const cookie = world.people.member.cookie;
  const seen: PageModel[] = [];
  for (let step = 0; step < 200; step++) {
    const view = ((await get(respondRoute, at, cookie)).data as { view: AnswerView | { mode: "sent" } }).view;
    if (view.mode !== "answer") return seen;
    const html = renderToStaticMarkup(createElement(SurveyPage, { model: view.page, labels }));
    const answers = fullAnswers(view.page);
    // Every field posted is one the page really has, spelt as it is rendered.
    for (const [field] of answers) expect(html).toContain(`name="${field.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
    const intent = view.isLast ? "submit" : "next";
    const sent = await post(respondRoute, at, cookie, [
      ["intent", intent],
      ["page", String(view.page.pageIndex)],
      ...(view.clientId ? [["clientId", view.clientId] as [string, string]] : []),
      ...answers,
    ]);
    if (sent.status !== 302) throw new Error(`page ${view.page.pageIndex} refused: ${sent.body.slice(0, 600)}`);
    seen.push(view.page);
  }
  throw new Error("too many pages");
}

describe("public SurveyJS examples", () => {
  it.each([
    ["surveyjs-nps-feedback.json", "nps-feedback"],
    ["collecthor-dropdown.json", "one-dropdown"],
    ["canada-aia-enfr.json", "impact-assessment"],
    ["rsurveyjs-hotel-booking-de.json", "hotel-booking"],
    ["rsurveyjs-ai-idea-intake.json", "idea-intake"],
    ["jspsych-vegetables.json", "vegetables"],
  ])(
    "%s uploads, renders and takes a full set of answers posted without JavaScript",
    async (file, name) => {
      const world = coast();
      const uploaded = await upload(world, name, example(file));
      expect(uploaded.location, uploaded.body.slice(0, 800)).toBe(`${listPath(world)}?added=${name}&new=1`);
      const roundId = openRound(world.partnershipId, {
        instruments: [name],
        invitees: [{ personId: world.people.member.id, organisationId: world.orgs.clo, instrument: name }],
      });
      const pages = await answerAll(world, roundId, name);
      expect(pages.length).toBeGreaterThan(0);
      const stored = db().select().from(responses).where(eq(responses.instrument, name)).all();
      expect(stored.map((row) => row.status)).toEqual(["submitted"]);
    },
    120_000,
  );

  it("shows a German instrument in German, its own locale", async () => {
    const world = coast();
    await upload(world, "hotel-booking", example("rsurveyjs-hotel-booking-de.json"));
    const preview = await get(previewRoute, `${listPath(world)}/hotel-booking`, world.people.coordinator.cookie);
    expect(preview.status).toBe(200);
    expect(preview.body).toContain("Zimmerart");
    expect(preview.body).toContain("Einzelzimmer");
  });

  it.each([["novacode-every-type.json", ["appointmentTime", "favoritePet", "signature", "resume", "employeeList", "education"]]])(
    "%s is refused with every problem named, and nothing is stored",
    async (file, questions) => {
      const world = coast();
      const versionsBefore = db().select({ n: count() }).from(instrumentVersions).get()!.n;
      const refused = await upload(world, "refused-form", example(file));
      expect(refused.status).toBe(400);
      const problems = (refused.data as { problems: { question: string; problem: string }[] }).problems;
      for (const question of questions) expect(problems.map((problem) => problem.question)).toContain(question);
      expect(db().select({ n: count() }).from(partnershipInstruments).get()!.n).toBe(0);
      expect(db().select({ n: count() }).from(instrumentVersions).get()!.n).toBe(versionsBefore);
    },
  );
});

describe("an uploaded instrument", () => {
  const json = (title: string) =>
    JSON.stringify({
      title,
      pages: [{ elements: [{ type: "radiogroup", name: "Felt Heard?", choices: ["yes", "no"], isRequired: true }] }],
    });

  it("is versioned by its content hash: the same JSON again is no new version, a changed one is, and a round pins the version it opened with", async () => {
    const world = coast();
    await upload(world, "felt-heard", json("Were you heard?"));
    const again = await upload(world, "felt-heard", JSON.stringify(JSON.parse(json("Were you heard?")), null, 4));
    expect(again.location).toContain("new=0");
    const firstRound = openRound(world.partnershipId, {
      instruments: ["felt-heard"],
      invitees: [{ personId: world.people.member.id, organisationId: world.orgs.clo, instrument: "felt-heard" }],
    });
    expect((await upload(world, "felt-heard", json("Were you really heard?"))).location).toContain("new=1");
    const rows = db().select().from(partnershipInstruments).all();
    expect(rows).toHaveLength(2);
    const page = await get(respondRoute, respondPath(firstRound, "felt-heard"), world.people.member.cookie);
    expect(page.body).toContain("Were you heard?");
    expect(page.body).not.toContain("really");
  });

  it("is read by the partnership's coordinators, not by its members or another partnership's people", async () => {
    const world = coast();
    await upload(world, "felt-heard", json("Were you heard?"));
    const at = `${listPath(world)}/felt-heard`;
    expect((await get(previewRoute, at, world.people.coordinator.cookie)).body).toContain("Felt Heard?");
    expect((await get(previewRoute, at, world.people.member.cookie)).status).toBe(404);
    expect((await get(instrumentsRoute, listPath(world), world.people.member.cookie)).status).toBe(404);
    // Only a facilitator uploads.
    expect((await post(instrumentsRoute, listPath(world), world.people.coordinator.cookie, { name: "mine", json: json("x") })).status).toBe(
      404,
    );
  });

  it("refuses a name taken by Sikiliza's own instruments or one that is no plain name, listing that with the JSON's problems", async () => {
    const world = coast();
    const refused = await upload(world, "partnership-view", '{"pages": [');
    expect((refused.data as { problems: { question: string }[] }).problems.map((problem) => problem.question)).toEqual([
      "(name)",
      "(file)",
    ]);
  });
});
