// The demo alliance seeded into an empty database: two closed past rounds whose answers tell a story
// (gaps, both languages, enough people for k = 5), and one open round waiting for each demo account.
// The first three read a copy of the run's one seeded demo (tests/support/demo-db.ts), made by this same seed;
// the last seeds an empty database itself.
import { and, eq, isNotNull } from "drizzle-orm";
import { metricValues, narratives, rounds } from "../../db/schema";
import { databaseIsEmpty, seedDemoIfEmpty } from "../../app/demo/seed.server";
import { readConfig } from "../../app/models/platform/config.server";
import { listRounds, refreshRounds, waitingFor } from "../../app/models/rounds/rounds.server";
import { DIMENSIONS } from "../../surveys/dimensions";
import { testDb, demoSnapshotReady, useDemoDatabase } from "./setup";

const WAITING: Record<string, string[]> = {
  "juma@tumaini.example": ["partnership-view"],
  "otieno@tumaini.example": ["collaboration-network", "decision-map", "partnership-view"],
  "wanjiru@pamoja.example": ["collaboration-network", "decision-map", "partnership-view"],
  "sanne@ghp.example": ["self-reflection"],
  "grace@openhorizons.example": [],
  "facilitator@sikiliza.example": [],
};

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function metricsOf(roundId: number) {
  return testDb()
    .db.select()
    .from(metricValues)
    .where(and(eq(metricValues.roundId, roundId), isNotNull(metricValues.value)))
    .all();
}

describe("the demo seed", () => {
  beforeAll(demoSnapshotReady);

  it("makes two closed rounds and one open round, and a restart's refresh adds none", async () => {
    const { demo } = await useDemoDatabase();
    refreshRounds();
    refreshRounds();
    const all = listRounds(demo.partnershipId);
    expect(all.map((r) => r.state)).toEqual(["open", "closed", "closed"]);
    const [open, q3, q2] = all;
    expect(new Set(all.map((r) => r.label)).size).toBe(3);
    expect(Date.parse(open.opensAt)).toBeLessThan(Date.now());
    expect(Date.parse(open.closesAt) - Date.now()).toBeGreaterThan(45 * 86_400_000);
    expect(q2.closesAt).toBe(q3.opensAt);
    expect(q3.closesAt).toBe(open.opensAt);
    expect([q2.nextRoundId, q3.nextRoundId, open.nextRoundId]).toEqual([q3.id, open.id, null]);
  });

  it("leaves something waiting in the open round for each demo account, and nothing for the funder or facilitator", async () => {
    const { demo } = await useDemoDatabase();
    for (const [email, instruments] of Object.entries(WAITING)) {
      const waiting = waitingFor(demo.people[email]);
      expect(waiting.map((w) => w.instrument).sort(), email).toEqual(instruments);
      expect(
        waiting.every((w) => w.status === null),
        email,
      ).toBe(true);
    }
  });

  it("gives each past round enough community and INGO answers, examples in English and Swahili, and a blind spot", async () => {
    const { demo } = await useDemoDatabase();
    const past = listRounds(demo.partnershipId).filter((r) => r.state === "closed");
    expect(past).toHaveLength(2);
    for (const round of past) {
      const metrics = metricsOf(round.id);
      const people = (perspective: string) => new Set(metrics.filter((m) => m.perspective === perspective).map((m) => m.personId)).size;
      expect(people("community"), round.label).toBeGreaterThanOrEqual(5);
      expect(people("ingo_self"), round.label).toBeGreaterThanOrEqual(5);
      expect(people("ingo_prediction"), round.label).toBeGreaterThanOrEqual(5);
      const stored = testDb().db.select().from(metricValues).where(eq(metricValues.roundId, round.id)).all();
      expect(
        stored.some((m) => m.value === null),
        "some don't know",
      ).toBe(true);

      const gaps = DIMENSIONS.map((d) => {
        const of = (p: string) => mean(metrics.filter((m) => m.dimension === d && m.perspective === p).map((m) => m.value!));
        return of("ingo_self") - of("community");
      });
      expect(Math.max(...gaps), round.label).toBeGreaterThanOrEqual(1.33);
      expect(Math.min(...gaps.map(Math.abs)), "not every dimension is a blind spot").toBeLessThan(1.33);

      const texts = testDb().db.select().from(narratives).where(eq(narratives.roundId, round.id)).all();
      expect(new Set(texts.map((n) => n.language))).toEqual(new Set(["en", "sw"]));
      expect(new Set(texts.map((n) => n.scope))).toEqual(new Set(["community", "partners", "report"]));
      expect(
        texts.every((n) => n.textEnc !== "" && !/[a-z]{4} [a-z]{4}/.test(n.textEnc)),
        "sealed",
      ).toBe(true);
    }
  });

  it("refuses to seed in production unless forced", async () => {
    expect(await seedDemoIfEmpty(readConfig({ NODE_ENV: "production" }))).toBe(false);
    expect(databaseIsEmpty()).toBe(true);
    expect(await seedDemoIfEmpty(readConfig({ NODE_ENV: "production", SIKILIZA_SEED_DEMO: "force" }))).toBe(true);
    // The demo partnership's three quarters; the benchmark partnerships' single rounds are unscheduled.
    expect(testDb().db.select().from(rounds).where(eq(rounds.schedule, "quarterly")).all()).toHaveLength(3);
    // A second start finds the database in use and leaves it alone.
    expect(await seedDemoIfEmpty(readConfig({ NODE_ENV: "development" }))).toBe(false);
  });
});
