// Rounds over time: states follow the dates, a quarterly round makes its successor exactly once,
// answers freeze when a round closes, and a round keeps the instrument versions it pinned.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { instrumentVersions, metricValues, responses, roundInvitees } from "../../db/schema";
import { openDatabase } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { currentVersion, instrumentAt, registerInstruments } from "../../app/models/rounds/instruments.server";
import { roundInstrument } from "../../app/models/rounds/pinned-instruments.server";
import {
  closeRound,
  createRound,
  getRound,
  listRounds,
  pinnedVersion,
  refreshRounds,
  type Invitee,
} from "../../app/models/rounds/rounds.server";
import { getProgress, savePage, submitResponse, type Target } from "../../app/models/rounds/responses.server";
import { roundsAlliance, type RoundsAlliance } from "../support/alliances";
import { DAY } from "../support/world";
import { testDb } from "./setup";

const INSTRUMENTS = ["collaboration-network", "partnership-view", "self-reflection"];
const at = (ms: number) => new Date(ms).toISOString();
const threeMonthsAfter = (iso: string) => {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + 3);
  return d.toISOString();
};

function invitees(a: RoundsAlliance): Invitee[] {
  return [
    { personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" },
    { personId: a.people.coordinator.id, organisationId: a.orgs.clo, instrument: "partnership-view" },
    { personId: a.people.coordinator.id, organisationId: a.orgs.clo, instrument: "collaboration-network" },
    { personId: a.people.staff.id, organisationId: a.orgs.ingo, instrument: "self-reflection" },
  ];
}

function openQuarterly(a: RoundsAlliance, now = Date.now()) {
  return createRound({
    partnershipId: a.partnershipId,
    opensAt: at(now - DAY),
    closesAt: at(now + 30 * DAY),
    schedule: "quarterly",
    instruments: INSTRUMENTS,
    invitees: invitees(a),
  });
}

const inviteesOf = (roundId: number) =>
  testDb()
    .db.select({ personId: roundInvitees.personId, organisationId: roundInvitees.organisationId, instrument: roundInvitees.instrument })
    .from(roundInvitees)
    .where(eq(roundInvitees.roundId, roundId))
    .all()
    .sort((x, y) => x.personId - y.personId || x.instrument.localeCompare(y.instrument));

function communityTarget(roundId: number, a: RoundsAlliance): Target {
  const found = roundInstrument(roundId, "partnership-view", a.orgs.clo)!;
  return { roundId, instrumentName: "partnership-view", instrument: found.instrument, variables: found.variables };
}

const juma = (a: RoundsAlliance) => ({ personId: a.people.member.id, organisationId: a.orgs.clo, language: "sw" });
const ANSWERS = { decisions: 2, decisions_example: "Tuliambiwa tu kwa barua pepe 📧", money_na: true, consent: "partners" };

describe("a round's state follows its dates", () => {
  it("goes from scheduled to open to closed, and a round without a schedule has no successor", () => {
    const a = roundsAlliance();
    const now = Date.now();
    const id = createRound({
      partnershipId: a.partnershipId,
      opensAt: at(now + DAY),
      closesAt: at(now + 10 * DAY),
      schedule: "none",
      instruments: INSTRUMENTS,
      invitees: invitees(a),
    });
    expect(getRound(id)!.state).toBe("scheduled");
    refreshRounds(new Date(now + 2 * DAY));
    expect(getRound(id)!.state).toBe("open");
    refreshRounds(new Date(now + 11 * DAY));
    expect(getRound(id)!.state).toBe("closed");
    expect(listRounds(a.partnershipId)).toHaveLength(1);
  });

  it("makes the successor of a quarterly round that closed by its date, once, and the next one a quarter later", () => {
    const a = roundsAlliance();
    const now = Date.now();
    const id = openQuarterly(a, now);
    const first = getRound(id)!;
    refreshRounds(new Date(now + 31 * DAY));
    refreshRounds(new Date(now + 32 * DAY));
    const [second] = listRounds(a.partnershipId);
    expect(listRounds(a.partnershipId)).toHaveLength(2);
    expect(second).toMatchObject({
      opensAt: first.closesAt,
      closesAt: threeMonthsAfter(first.closesAt),
      state: "open",
      schedule: "quarterly",
    });
    refreshRounds(new Date(Date.parse(second.closesAt) + DAY));
    expect(listRounds(a.partnershipId).map((r) => r.state)).toEqual(["open", "closed", "closed"]);
  });
});

describe("closing a quarterly round", () => {
  it("makes the next round with the same instruments at their current versions and the same invitees", () => {
    const a = roundsAlliance();
    const id = openQuarterly(a);
    const closedAt = new Date();
    closeRound(id, closedAt);
    const closed = getRound(id)!;
    expect(closed.state).toBe("closed");
    expect(closed.closesAt).toBe(closedAt.toISOString());
    const next = getRound(closed.nextRoundId!)!;
    expect(next).toMatchObject({
      state: "open",
      schedule: "quarterly",
      opensAt: closedAt.toISOString(),
      closesAt: threeMonthsAfter(closedAt.toISOString()),
    });
    expect(next.instruments.map((i) => [i.instrument, i.version])).toEqual(INSTRUMENTS.map((name) => [name, currentVersion(name)]));
    expect(inviteesOf(next.id)).toEqual(inviteesOf(id));
  });

  it("makes it exactly once, however often rounds are refreshed, closed again or the app restarts", () => {
    const a = roundsAlliance();
    const id = openQuarterly(a);
    closeRound(id);
    closeRound(id);
    refreshRounds();
    refreshRounds();
    expect(listRounds(a.partnershipId)).toHaveLength(2);
    // A restart: a new connection to the same file, instruments loaded again, the start-up refresh.
    const restarted = openDatabase(testDb().file);
    try {
      setContext({ db: restarted, keyring: testDb().keyring });
      registerInstruments();
      refreshRounds();
      expect(listRounds(a.partnershipId)).toHaveLength(2);
    } finally {
      restarted.$client.close();
      setContext({ db: testDb().db, keyring: testDb().keyring });
    }
  });
});

describe("answers after the close", () => {
  it("are frozen: saving and sending are refused, an earlier send's copy still gets its first answer", () => {
    const a = roundsAlliance();
    const id = openQuarterly(a);
    const target = communityTarget(id, a);
    expect(savePage(target, juma(a), 0, { decisions: 3 })).toMatchObject({ ok: true });
    const sent = submitResponse(target, juma(a), "client-1", ANSWERS);
    expect(sent).toMatchObject({ ok: true, duplicate: false });
    const before = { row: testDb().db.select().from(responses).all(), metrics: testDb().db.select().from(metricValues).all() };

    closeRound(id);
    expect(savePage(target, juma(a), 0, { decisions: 5 })).toEqual({ ok: false, closed: true });
    expect(savePage(target, juma(a), 0, { decisions: 9 })).toEqual({ ok: false, closed: true });
    expect(submitResponse(target, juma(a), "client-2", { ...ANSWERS, decisions: 5 })).toEqual({ ok: false, closed: true });
    expect(submitResponse(target, juma(a), "client-1", ANSWERS)).toEqual({
      ok: true,
      responseId: (sent as { responseId: number }).responseId,
      duplicate: true,
    });
    const coordinator = { personId: a.people.coordinator.id, organisationId: a.orgs.clo, language: "en" };
    expect(submitResponse(target, coordinator, "client-3", ANSWERS)).toEqual({ ok: false, closed: true });

    expect(testDb().db.select().from(responses).all()).toEqual(before.row);
    expect(testDb().db.select().from(metricValues).all()).toEqual(before.metrics);
    expect(getProgress(id, "partnership-view", a.people.member.id)!.answers).toEqual(ANSWERS);
  });

  it("are refused by the dates alone, before any refresh moved the round's state", () => {
    const a = roundsAlliance();
    const now = Date.now();
    // Stored as open (its state was computed a week ago), but its close date has passed.
    const lapsed = createRound(
      {
        partnershipId: a.partnershipId,
        opensAt: at(now - 10 * DAY),
        closesAt: at(now - DAY),
        schedule: "none",
        instruments: INSTRUMENTS,
        invitees: invitees(a),
      },
      new Date(now - 7 * DAY),
    );
    expect(getRound(lapsed)!.state).toBe("open");
    expect(savePage(communityTarget(lapsed, a), juma(a), 0, { decisions: 3 })).toEqual({ ok: false, closed: true });
    const notYet = createRound({
      partnershipId: a.partnershipId,
      opensAt: at(now + DAY),
      closesAt: at(now + 9 * DAY),
      schedule: "none",
      instruments: INSTRUMENTS,
      invitees: invitees(a),
    });
    expect(submitResponse(communityTarget(notYet, a), juma(a), "early", ANSWERS)).toEqual({ ok: false, closed: true });
    expect(testDb().db.select().from(responses).all()).toEqual([]);
  });
});

describe("a round pins its instrument versions", () => {
  function editedSurveys() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-surveys-"));
    for (const file of fs.readdirSync("surveys").filter((f) => f.endsWith(".json")))
      fs.copyFileSync(path.join("surveys", file), path.join(dir, file));
    const file = path.join(dir, "partnership-view.json");
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    json.pages[0].elements.find((e: { name: string }) => e.name === "decisions").title.default =
      "Decisions are shared with us (revised wording).";
    fs.writeFileSync(file, JSON.stringify(json));
    return dir;
  }

  it("keeps the version it ran when the file changes, old answers stay readable, and the next round takes the new one", () => {
    const a = roundsAlliance();
    const v1 = currentVersion("partnership-view");
    const id = openQuarterly(a);
    submitResponse(communityTarget(id, a), juma(a), "client-1", ANSWERS);

    const dir = editedSurveys();
    try {
      registerInstruments(dir);
      const v2 = currentVersion("partnership-view");
      expect(v2).not.toBe(v1);
      expect(pinnedVersion(id, "partnership-view")).toBe(v1);
      expect(getRound(id)!.instruments.find((i) => i.instrument === "partnership-view")!.version).toBe(v1);
      expect(roundInstrument(id, "partnership-view", a.orgs.clo)!.instrument.version).toBe(v1);
      expect(JSON.stringify(instrumentAt(v1)!.json)).not.toContain("revised wording");
      expect(testDb().db.select().from(instrumentVersions).where(eq(instrumentVersions.version, v1)).get()?.json).not.toContain(
        "revised wording",
      );

      const response = testDb().db.select().from(responses).get()!;
      expect(response.version).toBe(v1);
      expect(getProgress(id, "partnership-view", a.people.member.id)!.answers).toEqual(ANSWERS);

      closeRound(id);
      const next = getRound(getRound(id)!.nextRoundId!)!;
      expect(next.instruments.find((i) => i.instrument === "partnership-view")!.version).toBe(v2);
      expect(JSON.stringify(roundInstrument(next.id, "partnership-view", a.orgs.clo)!.instrument.json)).toContain("revised wording");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("refreshing rounds on a page view", () => {
  it("writes nothing when no round is due to move", () => {
    const a = roundsAlliance();
    const now = Date.now();
    createRound({
      partnershipId: a.partnershipId,
      opensAt: at(now - DAY),
      closesAt: at(now + 30 * DAY),
      schedule: "quarterly",
      instruments: INSTRUMENTS,
      invitees: invitees(a),
    });
    const sqlite = testDb().db.$client;
    const before = sqlite.prepare("select total_changes() as n").get() as { n: number };
    refreshRounds(new Date(now));
    expect((sqlite.prepare("select total_changes() as n").get() as { n: number }).n).toBe(before.n);
    refreshRounds(new Date(now + 31 * DAY));
    expect((sqlite.prepare("select total_changes() as n").get() as { n: number }).n).toBeGreaterThan(before.n);
  });
});
