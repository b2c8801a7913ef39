// The figures /metrics reads from the database (docs/security.md 5.3): database size and open rounds always; the
// outbox's queue only once an outbox table exists, so the gauges appear when that table arrives.
import { readConfig } from "../../app/models/platform/config.server";
import { metricsText, outboxFigures } from "../../app/models/platform/metrics.server";
import { testDb } from "./setup";

describe("/metrics gauges", () => {
  it("show the database size and open rounds, and no outbox while there is no outbox table", async () => {
    const config = readConfig({ DATABASE_PATH: testDb().file });
    const { body } = await metricsText(config);
    expect(body).toMatch(/^sikiliza_database_bytes [1-9]\d*/m);
    expect(body).toMatch(/^sikiliza_open_rounds 0/m);
    expect(body).not.toContain("sikiliza_outbox");
    expect(outboxFigures()).toBeNull();
  });

  it("show the waiting messages and the oldest one's age once an outbox table exists", async () => {
    const sqlite = testDb().db.$client;
    sqlite.exec(`create table outbox (id integer primary key, created_at text not null, sent_at text)`);
    const now = Date.now();
    const insert = sqlite.prepare("insert into outbox (created_at, sent_at) values (?, ?)");
    insert.run(new Date(now - 600_000).toISOString(), null);
    insert.run(new Date(now - 60_000).toISOString(), null);
    insert.run(new Date(now - 3_600_000).toISOString(), new Date(now - 3_000_000).toISOString());
    const figures = outboxFigures(now)!;
    expect(figures.waiting).toBe(2);
    expect(figures.oldestAgeSeconds).toBeCloseTo(600, 0);
    const { body } = await metricsText(readConfig({ DATABASE_PATH: testDb().file }));
    expect(body).toMatch(/^sikiliza_outbox_waiting 2$/m);
    expect(body).toMatch(/^sikiliza_outbox_oldest_age_seconds 6\d\d(\.\d+)?$/m);
  });
});
