// Encryption at rest (docs/security.md 2.1): a stolen database file tells nothing. Plant markers through the real
// doors, then read the raw bytes of the database and its WAL; start without the key; flip a byte; rotate.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "../../db/client";
import { writeTransaction } from "../../db/client";
import { stories } from "../../db/schema";
import { db, setContext } from "../../app/models/platform/context.server";
import { DecryptionError, MissingKeyError, keyFilePath, keyInsideDataFolder, parseKeyring } from "../../app/models/platform/crypto.server";
import { readConfig } from "../../app/models/platform/config.server";
import { rateAnswer } from "../../app/models/listening/felt-heard.server";
import { getPerson, insertPerson } from "../../app/models/people/people.server";
import { startup } from "../../app/startup.server";
import { storyForReceipt } from "../../app/models/stories/teller-view.server";
import { insertAnswer } from "../../app/models/listening/answers.server";
import { storyIdForReceipt } from "../../app/models/stories/receipts.server";
import { listeningAlliance } from "../support/alliances";
import { linkToken, storyRow, tellThroughLink } from "./told-stories";
import { contains, databaseBytes, testDb } from "./setup";

const key = () => crypto.randomBytes(32).toString("base64");

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-enc-"));
}

describe("a stolen database file", () => {
  it("holds no story text, signed name, answer, rating comment, name or e-mail address in clear — in the file or its WAL", async () => {
    const loop = listeningAlliance();
    const marker = `MARKER-${crypto.randomUUID()}`;
    const told = await tellThroughLink(linkToken(loop), {
      story: `${marker} story text ✊🏾 hadithi`,
      consent: "report",
      attribution: "name",
      signed_name: `${marker}-signed`,
    });
    writeTransaction(db(), (tx) => {
      insertAnswer(tx, {
        storyId: told.storyId,
        personId: loop.people.sanne.id,
        organisationId: loop.orgs.ghp,
        heard: `${marker}-heard`,
        willDo: `${marker}-will-do`,
        at: new Date(),
      });
      insertPerson(tx, { name: `${marker}-person`, email: `${marker.toLowerCase()}@example.org`, language: "sw", passwordHash: "unused" });
    });
    rateAnswer({ storyId: told.storyId, rating: 3, comment: `${marker}-comment`, ratedBy: "teller" });
    const before = databaseBytes();
    expect(before.length).toBeGreaterThan(0);
    for (const bytes of [before, (db().$client.pragma("wal_checkpoint(TRUNCATE)"), databaseBytes())]) {
      expect(contains(bytes, marker)).toBe(false);
      expect(contains(bytes, marker.toLowerCase())).toBe(false);
      expect(contains(bytes, told.receiptCode.replace(/-/g, ""))).toBe(false);
    }
    // And yet everything opens with the key.
    expect(storyForReceipt(told.storyId)!.text).toContain(marker);
  });
});

describe("starting without the key", () => {
  it("is refused for an existing database: no key file, no key variable — never plain text", async () => {
    const dir = tempDir();
    const file = path.join(dir, "sikiliza.db");
    const existing = openDatabase(file);
    existing.$client
      .prepare(
        "insert into organisations (name, kind, country, populations, leadership, level) values ('x', 'other', 'KE', '[]', 'community_led', 'local')",
      )
      .run();
    existing.$client.close();
    const env = { DATABASE_PATH: file, SIKILIZA_KEY_FILE: path.join(dir, "keys", "missing.key"), NODE_ENV: "development" as const };
    await expect(startup(env)).rejects.toBeInstanceOf(MissingKeyError);
    expect(fs.existsSync(env.SIKILIZA_KEY_FILE)).toBe(false);
    await expect(startup({ ...env, NODE_ENV: "production" })).rejects.toBeInstanceOf(MissingKeyError);
    await expect(startup({ ...env, SIKILIZA_KEY: Buffer.alloc(16).toString("base64") })).rejects.toBeInstanceOf(MissingKeyError);
    // The test's own database is still the one in use.
    setContext({ db: testDb().db, keyring: testDb().keyring });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("the key's default place", () => {
  it("is outside the data folder, so a copy of data/ (or of the database) does not carry its key", () => {
    const defaultDatabase = readConfig({}).DATABASE_PATH;
    const keyFile = keyFilePath({});
    expect(keyInsideDataFolder(keyFile, defaultDatabase)).toBe(false);
    expect(path.relative(process.cwd(), keyFile)).toBe(path.join("keys", "sikiliza.key"));
    // The check itself: a key file under the database's folder is inside.
    expect(keyInsideDataFolder(path.join("data", "keys", "sikiliza.key"), defaultDatabase)).toBe(true);
  });

  it("when missing, the refusal says what a key looks like and how to make one", async () => {
    const dir = tempDir();
    const file = path.join(dir, "sikiliza.db");
    openDatabase(file).$client.close();
    const keyFile = path.join(dir, "elsewhere", "sikiliza.key");
    const refusal = await startup({ DATABASE_PATH: file, SIKILIZA_KEY_FILE: keyFile, NODE_ENV: "production" }).catch((e: Error) => e);
    expect(refusal).toBeInstanceOf(MissingKeyError);
    const message = (refusal as Error).message;
    expect(message).toContain(keyFile);
    expect(message).toContain(`{"current": 1, "keys": {"1": "<32 random bytes, base64>"}`);
    expect(message).toContain(`npm run key:new > ${keyFile}`);
    expect(message).toContain("outside the data folder");
    setContext({ db: testDb().db, keyring: testDb().keyring });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("a changed ciphertext", () => {
  it("is an error, never garbled text: a flipped byte, or a ciphertext moved to another row", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const a = await tellThroughLink(token, { story: "first story, untouched", consent: "partners" });
    const b = await tellThroughLink(token, { story: "second story", consent: "partners" });
    const sealed = storyRow(a.storyId).textEnc!;
    const parts = sealed.split(":");
    const body = Buffer.from(parts[4], "base64");
    body[0] ^= 0x01;
    const flipped = [...parts.slice(0, 4), body.toString("base64")].join(":");
    db().update(stories).set({ textEnc: flipped }).where(eq(stories.id, a.storyId)).run();
    expect(() => storyForReceipt(a.storyId)).toThrow(DecryptionError);
    // Moving an intact ciphertext to another row fails too: the row id is bound into the AAD.
    db().update(stories).set({ textEnc: sealed }).where(eq(stories.id, b.storyId)).run();
    expect(() => storyForReceipt(b.storyId)).toThrow(DecryptionError);
    // The signed-name column of the same row is bound separately.
    db().update(stories).set({ textEnc: sealed, attribution: "name", signedNameEnc: sealed }).where(eq(stories.id, a.storyId)).run();
    expect(() => storyForReceipt(a.storyId)).toThrow(DecryptionError);
  });

  it("of a person's name is an error as well", () => {
    const id = writeTransaction(db(), (tx) =>
      insertPerson(tx, { name: "Wanjiru", email: "w@example.org", language: "sw", passwordHash: "unused" }),
    );
    const row = db().$client.prepare("select name_enc from people where id = ?").get(id) as { name_enc: string };
    const tampered = row.name_enc.slice(0, -4) + (row.name_enc.endsWith("AAAA") ? "BBBB" : "AAAA");
    db().$client.prepare("update people set name_enc = ? where id = ?").run(tampered, id);
    // The name is opened when first read: that read is the error, never garbled text; the e-mail still opens.
    const person = getPerson(id)!;
    expect(() => person.name).toThrow(DecryptionError);
    expect(person.email).toBe("w@example.org");
    expect(() => JSON.stringify(getPerson(id))).toThrow(DecryptionError);
  });
});

describe("key rotation", () => {
  it("writes new rows with the new key while old rows stay readable, receipt codes included", async () => {
    const k1 = key();
    const lookup = key();
    setContext({ db: testDb().db, keyring: parseKeyring(JSON.stringify({ current: 1, keys: { 1: k1 }, lookup })) });
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const old = await tellThroughLink(token, { story: "told under key 1", consent: "partners" });
    expect(storyRow(old.storyId).textEnc).toMatch(/^v1:1:/);
    setContext({ db: testDb().db, keyring: parseKeyring(JSON.stringify({ current: 2, keys: { 1: k1, 2: key() }, lookup })) });
    const fresh = await tellThroughLink(token, { story: "told under key 2", consent: "partners" });
    expect(storyRow(fresh.storyId).textEnc).toMatch(/^v1:2:/);
    expect(storyForReceipt(old.storyId)!.text).toBe("told under key 1");
    expect(storyForReceipt(fresh.storyId)!.text).toBe("told under key 2");
    expect(storyIdForReceipt(old.receiptCode, "test")).toEqual({ ok: true, storyId: old.storyId });
    expect(getPerson(loop.people.juma.id)!.name).toBe("Juma");
    // Without the old key, the old rows cannot be opened: they are refused, not shown garbled.
    setContext({ db: testDb().db, keyring: parseKeyring(JSON.stringify({ current: 2, keys: { 2: key() }, lookup })) });
    expect(() => storyForReceipt(old.storyId)).toThrow(DecryptionError);
  });
});
