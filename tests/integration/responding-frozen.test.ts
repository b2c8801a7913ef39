// A round that is not open: before it opens there is nothing to answer, after it closes the answers are
// shown read-only, and every change is refused (409 through the page, "closed" from the model); nothing changes.
import { responses } from "../../db/schema";
import { closeRound, createRound } from "../../app/models/rounds/rounds.server";
import { roundInstrument } from "../../app/models/rounds/pinned-instruments.server";
import { getProgress, savePage, submitResponse } from "../../app/models/rounds/responses.server";
import { respondingAlliance, type RespondingAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, post } from "../support/route-calls";
import { respondPath, respondRoute } from "./respond-route";
import { testDb } from "./setup";

let world: RespondingAlliance;
let path: string;
beforeEach(async () => {
  world = await respondingAlliance();
  path = respondPath(world.roundId, "partnership-view");
});

const progress = () => getProgress(world.roundId, "partnership-view", world.people.member.id);

async function sendAll(decisions: string) {
  for (let page = 0; page < 4; page++)
    await post(respondRoute, path, world.people.member.cookie, {
      intent: "next",
      page: String(page),
      ...(page === 0 ? { decisions } : {}),
    });
  const { view } = (await get(respondRoute, path, world.people.member.cookie)).data as { view: { clientId: string } };
  await post(respondRoute, path, world.people.member.cookie, {
    intent: "submit",
    page: "4",
    clientId: view.clientId,
    consent: "community",
  });
}

describe("before the round opens", () => {
  it("shows when it opens, shows no form, and refuses a send with 409", async () => {
    const later = Date.now() + 7 * 86_400_000;
    const roundId = createRound({
      partnershipId: world.partnershipId,
      opensAt: new Date(later).toISOString(),
      closesAt: new Date(later + 30 * 86_400_000).toISOString(),
      schedule: "none",
      instruments: ["partnership-view"],
      invitees: [{ personId: world.people.member.id, organisationId: world.orgs.clo, instrument: "partnership-view" }],
    });
    const early = respondPath(roundId, "partnership-view");
    expect((await get(respondRoute, early, world.people.member.cookie)).data).toMatchObject({
      view: { mode: "frozen", notYetOpen: true, pages: [] },
    });
    expect((await post(respondRoute, early, world.people.member.cookie, { intent: "next", page: "0", decisions: "3" })).status).toBe(409);
    expect(getProgress(roundId, "partnership-view", world.people.member.id)).toBeNull();
  });
});

describe("after the round closes", () => {
  it("shows the answers read-only and refuses every change with 409; nothing changes", async () => {
    await sendAll("3");
    closeRound(world.roundId);
    const before = testDb().db.select().from(responses).all();

    const shown = (await get(respondRoute, path, world.people.member.cookie)).data as {
      view: { mode: string; pages: unknown[]; status: string };
    };
    expect(shown.view).toMatchObject({ mode: "frozen", status: "submitted" });
    expect(shown.view.pages).toHaveLength(5);
    const { html } = await renderPage(respondRoute, path, world.people.member.cookie);
    expect(html).toContain('<fieldset disabled="" class="frozen-page">');
    expect(html).not.toContain("<form");

    const refused = await post(respondRoute, path, world.people.member.cookie, { intent: "next", page: "0", decisions: "1" });
    expect(refused.status).toBe(409);
    expect(refused.data).toEqual({ ok: false, refused: "closed" });

    const pinned = roundInstrument(world.roundId, "partnership-view", world.orgs.clo)!;
    const target = {
      roundId: world.roundId,
      instrumentName: "partnership-view",
      instrument: pinned.instrument,
      variables: pinned.variables,
    };
    const who = { personId: world.people.member.id, organisationId: world.orgs.clo, language: "sw" };
    expect(savePage(target, who, 0, { decisions: 1 })).toEqual({ ok: false, closed: true });
    expect(submitResponse(target, who, crypto.randomUUID(), { decisions: 1, consent: "community" })).toEqual({ ok: false, closed: true });
    expect(testDb().db.select().from(responses).all()).toEqual(before);
    expect(progress()?.answers.decisions).toBe(3);
  });
});
