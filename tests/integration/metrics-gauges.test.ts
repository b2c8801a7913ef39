// The figures /metrics reads from the database (docs/security.md 5.3): database size, open rounds, and the
// outbox's queue — messages still queued or being sent, and the age of the oldest — from real outbox rows.
import { outbox } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { readConfig } from "../../app/models/platform/config.server";
import { metricsText, outboxFigures } from "../../app/models/platform/metrics.server";
import { testDb } from "./setup";

describe("/metrics gauges", () => {
  it("show the database size, open rounds and an empty outbox", async () => {
    const { body } = await metricsText(readConfig({ DATABASE_PATH: testDb().file }));
    expect(body).toMatch(/^sikiliza_database_bytes [1-9]\d*/m);
    expect(body).toMatch(/^sikiliza_open_rounds 0/m);
    expect(body).toMatch(/^sikiliza_outbox_waiting 0$/m);
    expect(body).toMatch(/^sikiliza_outbox_oldest_age_seconds 0$/m);
  });

  it("count queued and sending messages, not sent, failed or cancelled ones, and the oldest one's age", async () => {
    const now = Date.now();
    const at = (ms: number) => new Date(now - ms).toISOString();
    const states = [
      ["queued", 600_000],
      ["sending", 60_000],
      ["sent", 3_600_000],
      ["failed", 7_200_000],
      ["cancelled", 9_000_000],
    ] as const;
    states.forEach(([state, age], i) =>
      db()
        .insert(outbox)
        .values({ kind: "nudge", dedupeKey: `test:${i}`, state, nextAttemptAt: at(age), createdAt: at(age) })
        .run(),
    );
    expect(outboxFigures(now)).toEqual({ waiting: 2, oldestAgeSeconds: 600 });
    const { body } = await metricsText(readConfig({ DATABASE_PATH: testDb().file }));
    expect(body).toMatch(/^sikiliza_outbox_waiting 2$/m);
    expect(body).toMatch(/^sikiliza_outbox_oldest_age_seconds 6\d\d(\.\d+)?$/m);
  });
});
