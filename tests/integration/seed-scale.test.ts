// The alliance-scale generator at a tiny size: the right counts, every text sealed, a sound database
// that the app's own round schedule leaves alone.
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { decryptField, parseKeyring } from "../../app/models/platform/crypto.server";
import { registerInstruments } from "../../app/models/rounds/instruments.server";
import { refreshRounds } from "../../app/models/rounds/rounds.server";
import { keyFileOf, parseArgs, seedScale } from "../bench/seed-scale";

const MARKER = "zqx-sealed-7731";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-seed-scale-"));
const file = path.join(dir, "tiny.db");
let sqlite: Database.Database;
const count = (sql: string, ...params: unknown[]) => (sqlite.prepare(sql).get(...params) as { n: number }).n;

beforeAll(async () => {
  await seedScale({ db: file, responses: 500, stories: 100, seed: 7, quiet: true, marker: MARKER });
  sqlite = new Database(file, { readonly: true });
});

afterAll(() => {
  sqlite?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("seed:scale at a tiny size", () => {
  it("makes the alliance: 200 organisations of four kinds, 60 partnerships, 12 quarterly rounds each, the last one open", () => {
    expect(count("select count(*) as n from organisations")).toBe(200);
    const kinds = Object.fromEntries(
      (sqlite.prepare("select kind, count(*) as n from organisations group by kind").all() as { kind: string; n: number }[]).map((r) => [
        r.kind,
        r.n,
      ]),
    );
    expect(kinds).toEqual({ community_led: 150, ingo: 35, funder: 10, other: 5 });
    expect(count("select count(*) as n from partnerships where k = 5")).toBe(60);
    const rounds = sqlite
      .prepare(
        "select partnership_id, count(*) as n, sum(state = 'open') as open, sum(state = 'closed') as closed from rounds group by partnership_id",
      )
      .all() as { n: number; open: number; closed: number }[];
    expect(rounds).toHaveLength(60);
    for (const r of rounds) expect([r.n, r.open, r.closed]).toEqual([12, 1, 11]);
    const members = sqlite
      .prepare(
        "select partnership_id, sum(role = 'community_partner') as clo, sum(role = 'ingo_partner') as ingo, sum(role = 'funder') as funder from partnership_members group by partnership_id",
      )
      .all() as { clo: number; ingo: number; funder: number }[];
    for (const m of members) {
      expect(m.clo).toBeGreaterThanOrEqual(2);
      expect(m.clo).toBeLessThanOrEqual(6);
      expect(m.ingo).toBeGreaterThanOrEqual(1);
      expect(m.ingo).toBeLessThanOrEqual(2);
      expect(m.funder).toBeLessThanOrEqual(2);
    }
  });

  it("writes exactly the responses and stories asked for, each response with its derived rows", () => {
    expect(count("select count(*) as n from responses")).toBe(500);
    expect(count("select count(*) as n from stories")).toBe(100);
    // 11 ratings per community answer, a self-view and a prediction per dimension for the INGO, none for the network.
    const perResponse = sqlite
      .prepare(
        `select r.instrument, r.status, count(m.id) as n from responses r left join metric_values m on m.response_id = r.id group by r.id`,
      )
      .all() as { instrument: string; status: string; n: number }[];
    const expected = { "partnership-view": 11, "self-reflection": 22, "collaboration-network": 0 } as Record<string, number>;
    for (const r of perResponse) expect(r.n).toBe(r.status === "submitted" ? expected[r.instrument] : 0);
    const submitted = (instrument: string) =>
      count("select count(*) as n from responses where status = 'submitted' and instrument = ?", instrument);
    expect(count("select count(*) as n from metric_values")).toBe(11 * submitted("partnership-view") + 22 * submitted("self-reflection"));
    expect(submitted("partnership-view")).toBeGreaterThan(300);
    expect(count("select count(*) as n from submission_keys")).toBe(
      count("select count(*) as n from responses where status = 'submitted'"),
    );
    // Every respondent was invited to what they answered.
    expect(
      count(
        "select count(*) as n from responses r left join round_invitees i on i.round_id = r.round_id and i.person_id = r.person_id and i.instrument = r.instrument where i.person_id is null",
      ),
    ).toBe(0);
  });

  it("seals every text: the marker in each one never reaches the file, and the key opens them", () => {
    const bytes = Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
    expect(bytes.includes(MARKER)).toBe(false);
    const keyText = fs.readFileSync(keyFileOf(file), "utf8");
    const key = JSON.parse(keyText).keys["1"] as string;
    expect(bytes.includes(key)).toBe(false);
    const keyring = parseKeyring(keyText);
    const story = sqlite.prepare("select id, text_enc from stories where text_enc is not null limit 1").get() as {
      id: number;
      text_enc: string;
    };
    expect(decryptField(keyring, { table: "stories", column: "text", rowId: story.id }, story.text_enc)).toContain(MARKER);
    const person = sqlite.prepare("select id, name_enc from people limit 1").get() as { id: number; name_enc: string };
    expect(decryptField(keyring, { table: "people", column: "name", rowId: person.id }, person.name_enc)).toContain(MARKER);
    const response = sqlite.prepare("select id, answers_enc from responses where instrument = 'partnership-view' limit 1").get() as {
      id: number;
      answers_enc: string;
    };
    expect(
      JSON.parse(decryptField(keyring, { table: "responses", column: "answers", rowId: response.id }, response.answers_enc)),
    ).toHaveProperty("consent");
  });

  it("passes SQLite's integrity and foreign-key checks", () => {
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
  });

  it("leaves nothing for the round schedule to make: each closed round already points at the next", () => {
    const db = openDatabase(file);
    try {
      setContext({ db, keyring: parseKeyring(fs.readFileSync(keyFileOf(file), "utf8")) });
      registerInstruments();
      refreshRounds();
      expect(count("select count(*) as n from rounds")).toBe(720);
    } finally {
      db.$client.close();
    }
  });

  it("refuses to overwrite an existing database unless told to, and reads its options", async () => {
    await expect(seedScale({ db: file, responses: 10, stories: 0, quiet: true })).rejects.toThrow(/exists/);
    expect(parseArgs(["--db", "x.db", "--responses", "10000", "--stories", "3000", "--seed", "2"])).toEqual({
      db: "x.db",
      responses: 10000,
      stories: 3000,
      seed: 2,
    });
    expect(() => parseArgs(["--responses", "many"])).toThrow(/whole number/);
  });
});
