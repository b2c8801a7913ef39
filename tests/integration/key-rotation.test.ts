// Key rotation under load (docs/security.md 2.3): while stories and people keep being written through the models,
// `rotateKey` adds a version, re-encrypts every sealed field in batches and drops the old version. Afterwards every
// sealed value opens with the key file alone, none is under the old version, and every write made meanwhile is there.
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setContext } from "../../app/models/platform/context.server";
import { decryptField, parseKeyring, sealedVersion } from "../../app/models/platform/crypto.server";
import { countUnderOldVersions, rotateKey } from "../../app/models/platform/key-rotation.server";
import { SEALED_COLUMNS, open, seal } from "../../app/models/platform/sealed-fields.server";
import { findPersonIdByEmail, getPerson } from "../../app/models/people/people.server";
import { listeningAlliance } from "../support/alliances";
import { signedIn } from "../support/world";
import { storyRow, tellAsMember } from "./told-stories";
import { testDb } from "./setup";

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("key rotation", () => {
  it("names every sealed column of the schema, so none is left under an old key", () => {
    const sqlite = testDb().db.$client;
    const tables = (sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const sealed = tables.flatMap((table) =>
      (sqlite.prepare(`pragma table_info("${table}")`).all() as { name: string }[])
        .filter((c) => c.name.endsWith("_enc"))
        .map((c) => `${table}.${c.name}`),
    );
    expect(SEALED_COLUMNS.map((c) => `${c.table}.${c.stored}`).sort()).toEqual(sealed.sort());
  });

  it("under load: every sealed field readable afterwards with the key file alone, none under the old version, no write lost", async () => {
    const { db, keyText } = testDb();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-rotation-"));
    const keyFile = path.join(dir, "sikiliza.key");
    fs.writeFileSync(keyFile, keyText, { mode: 0o600 });
    setContext({ db, keyring: parseKeyring(keyText), keyFile });

    const loop = listeningAlliance();
    const { juma } = loop.people;
    // Rows to rotate: a few stories through the model, then a thousand copies of one, each sealed for its own row.
    const first = tellAsMember(loop, juma, loop.orgs.tumaini, { story: "before", consent: "community", signed_name: "Juma" });
    db.$client.transaction(() => {
      for (let i = 0; i < 1000; i++) {
        const { lastInsertRowid } = db.$client
          .prepare(
            `insert into stories (round_id, partnership_id, organisation_id, person_id, version, language, dimensions, scope)
             select round_id, partnership_id, organisation_id, person_id, version, language, dimensions, scope from stories where id = ?`,
          )
          .run(first);
        const id = Number(lastInsertRowid);
        db.$client
          .prepare("update stories set text_enc = ?, signed_name_enc = ? where id = ?")
          .run(
            seal({ table: "stories", column: "text" }, id, `before ${i}`),
            seal({ table: "stories", column: "signed_name" }, id, `Juma ${i}`),
            id,
          );
      }
    })();

    // The load: stories and new people, written through the models with whatever key the file holds now.
    let writing = true;
    const written: { storyId: number; text: string }[] = [];
    const people: { email: string; name: string }[] = [];
    const load = (async () => {
      for (let i = 0; writing; i++) {
        const text = `during ${i}`;
        written.push({ storyId: tellAsMember(loop, juma, loop.orgs.tumaini, { story: text, consent: "partners" }), text });
        const person = { email: `load-${i}@example.org`, name: `Load Person ${i}` };
        signedIn({ name: person.name, email: person.email, of: loop.orgs.tumaini });
        people.push(person);
        await pause();
      }
    })();

    const lines: string[] = [];
    const result = await rotateKey({ sqlite: db.$client, keyFile, adoptMs: 1500, log: (l) => lines.push(l) });
    writing = false;
    await load;

    expect(result.from).toEqual([1]);
    expect(result.to).toBe(2);
    expect(result.moved).toBeGreaterThanOrEqual(2000);
    expect(written.length).toBeGreaterThan(0);
    const ring = parseKeyring(fs.readFileSync(keyFile, "utf8"));
    expect([...ring.keys.keys()]).toEqual([2]);
    expect(Object.values(countUnderOldVersions(db.$client, 2)).every((n) => n === 0)).toBe(true);

    // Every sealed value of every column opens with the key file's ring alone, and is under version 2.
    const reader = new Database(testDb().file, { readonly: true });
    let opened = 0;
    for (const c of SEALED_COLUMNS) {
      const rows = reader.prepare(`select ${c.rowId} as id, ${c.stored} as sealed from ${c.table} where ${c.stored} is not null`).all() as {
        id: number;
        sealed: string;
      }[];
      for (const row of rows) {
        expect(sealedVersion(row.sealed)).toBe(2);
        decryptField(ring, { table: c.table, column: c.column, rowId: row.id }, row.sealed);
        opened++;
      }
    }
    reader.close();
    expect(opened).toBeGreaterThanOrEqual(2000 + written.length);

    // The app itself, with the rotated file: every story written during the rotation reads back, people are found.
    setContext({ db, keyring: ring, keyFile });
    for (const { storyId, text } of written)
      expect(open({ table: "stories", column: "text" }, storyId, storyRow(storyId).textEnc)).toBe(text);
    for (const p of people) expect(getPerson(findPersonIdByEmail(p.email)!.id)!.name).toBe(p.name);
    expect(lines.some((l) => /re-encrypted/.test(l))).toBe(true);
    // The retired ring is kept, for backups taken before.
    expect([...parseKeyring(fs.readFileSync(result.retiredKeyFile, "utf8")).keys.keys()]).toEqual([1]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
