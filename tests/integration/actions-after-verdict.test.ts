// The community's word holds for the action it was given about: once confirmed or disputed, a new title,
// owner or due date resets it and marks the action "changed since the community's verdict" on the list, the
// action's page, the report and its export. A change of status asks again, unflagged, as before.
import { eq } from "drizzle-orm";
import { actions } from "../../db/schema";
import { buildReportFor } from "../../app/models/joint-report/data.server";
import * as actionPage from "../../app/routes/actions.$actionId";
import * as listPage from "../../app/routes/partnerships.$partnershipId.actions._index";
import * as newPage from "../../app/routes/partnerships.$partnershipId.actions.new";
import { reportFigures } from "../../reports/export-flatten";
import en from "../../app/i18n/catalogues/en.json";
import sw from "../../app/i18n/catalogues/sw.json";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { post, route } from "../support/route-calls";
import { testDb } from "./setup";

const LIST = route(listPage, "/partnerships/:partnershipId/actions");
const NEW = route(newPage, "/partnerships/:partnershipId/actions/new");
const ACTION = route(actionPage, "/actions/:actionId");

let loop: ListeningAlliance;
beforeEach(() => {
  loop = listeningAlliance();
});

const form = (fields: Record<string, string>): [string, string][] => Object.entries(fields);
const valid = () => ({
  title: "Pay stipends on time",
  owner: String(loop.orgs.ghp),
  due: "2026-03-31",
  status: "done",
  round: String(loop.roundId),
});
const row = (id: number) => testDb().db.select().from(actions).where(eq(actions.id, id)).get()!;

async function doneAndJudged(decision: "confirmed" | "disputed") {
  const made = await post(NEW, `/partnerships/${loop.partnershipId}/actions/new`, loop.people.sanne.cookie, form(valid()));
  expect(made.status).toBe(302);
  const id = Number(made.location!.split("/").pop());
  const judged = await post(ACTION, `/actions/${id}`, loop.people.otieno.cookie, [
    ["intent", "confirm"],
    ["decision", decision],
    ["comment", "Stipends still late"],
  ]);
  expect(judged.status).toBe(302);
  expect(row(id)).toMatchObject({ communityConfirmation: decision, changedAfterVerdictAt: null });
  return id;
}

const edit = (id: number, change: Record<string, string>) =>
  post(ACTION, `/actions/${id}`, loop.people.sanne.cookie, form({ intent: "save", ...valid(), ...change }));

describe("an action changed after the community's verdict", () => {
  const changes: [string, () => Record<string, string>][] = [
    ["a new title", () => ({ title: "Pay stipends, mostly on time" })],
    ["a new owner", () => ({ owner: String(loop.orgs.tumaini) })],
    ["a new due date", () => ({ due: "2026-06-30" })],
    ["no due date any more", () => ({ due: "" })],
  ];

  for (const decision of ["confirmed", "disputed"] as const)
    it.each(changes)(`after "${decision}", %s resets the community's word and flags the action`, async (_name, change) => {
      const id = await doneAndJudged(decision);
      const before = Date.now();
      expect((await edit(id, change())).status).toBe(302);
      const after = row(id);
      expect(after).toMatchObject({ status: "done", communityConfirmation: null, confirmationComment: null, confirmedBy: null });
      expect(Date.parse(after.changedAfterVerdictAt!)).toBeGreaterThanOrEqual(before - 1000);
    });

  it("says so on the list, on the action's page, in the report and in its export, in English and Swahili", async () => {
    const id = await doneAndJudged("disputed");
    expect((await edit(id, { title: "Pay stipends, mostly on time" })).status).toBe(302);
    for (const [locale, messages] of [
      ["en", en],
      ["sw", sw],
    ] as const) {
      const flag = (messages as Record<string, string>)["action.changed_after_verdict"];
      const list = await renderPage(LIST, `/partnerships/${loop.partnershipId}/actions`, loop.people.juma.cookie, undefined, locale);
      expect(list.html).toContain(flag.replace(/'/g, "&#x27;"));
      const page = await renderPage(ACTION, `/actions/${id}`, loop.people.otieno.cookie, undefined, locale);
      expect(page.html).toContain(flag.replace(/'/g, "&#x27;"));
      // The old "disputed" no longer stands beside the new title: the community is asked again.
      expect(page.html).not.toContain((messages as Record<string, string>)["action.community.disputed"]);
    }
    const report = buildReportFor(loop.partnershipId, loop.roundId)!;
    expect(report.actions).toEqual([
      expect.objectContaining({ title: "Pay stipends, mostly on time", communityConfirmation: null, changedAfterVerdict: true }),
    ]);
    const confirmation = reportFigures(report).find((r) => r.section === "actions" && r.figure === "community_confirmation")!;
    expect(confirmation).toMatchObject({ value: "", note: "Pay stipends, mostly on time (changed after the community's verdict)" });
  });

  it("is cleared by the community's fresh word, which covers the action as it now reads", async () => {
    const id = await doneAndJudged("disputed");
    await edit(id, { due: "2026-06-30" });
    await post(ACTION, `/actions/${id}`, loop.people.otieno.cookie, [
      ["intent", "confirm"],
      ["decision", "confirmed"],
      ["comment", ""],
    ]);
    expect(row(id)).toMatchObject({ communityConfirmation: "confirmed", changedAfterVerdictAt: null, dueOn: "2026-06-30" });
  });

  it("keeps today's rule for a change of status: the word is asked again, and nothing is flagged", async () => {
    const id = await doneAndJudged("confirmed");
    expect((await edit(id, { status: "started" })).status).toBe(302);
    expect(row(id)).toMatchObject({
      status: "started",
      communityConfirmation: null,
      confirmationComment: null,
      changedAfterVerdictAt: null,
    });
    const list = await renderPage(LIST, `/partnerships/${loop.partnershipId}/actions`, loop.people.juma.cookie);
    expect(list.html).not.toContain("changed since the community");
  });

  it("leaves the word alone when nothing it was about changed, and flags nothing before any verdict", async () => {
    const id = await doneAndJudged("confirmed");
    expect((await edit(id, {})).status).toBe(302);
    expect(row(id)).toMatchObject({ communityConfirmation: "confirmed", changedAfterVerdictAt: null });
    const made = await post(NEW, `/partnerships/${loop.partnershipId}/actions/new`, loop.people.sanne.cookie, form(valid()));
    const fresh = Number(made.location!.split("/").pop());
    expect((await edit(fresh, { title: "Reworded before anyone judged it" })).status).toBe(302);
    expect(row(fresh)).toMatchObject({ communityConfirmation: null, changedAfterVerdictAt: null });
  });
});
