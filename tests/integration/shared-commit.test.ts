// Group commit (ADR 033, docs/security.md 7.1): submissions of one turn of the event loop share one durable
// commit. Each is answered only once the commit is on disk, read back through a second connection as another
// process would; one that fails loses only itself; a commit that fails keeps nothing and answers no one "yes".
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { inSharedCommit } from "../../db/shared-commit";
import { responses, submissionKeys } from "../../db/schema";
import { roundInstrument } from "../../app/models/rounds/pinned-instruments.server";
import { submitResponseShared } from "../../app/models/rounds/responses.server";
import { respondingAlliance, type RespondingAlliance } from "../support/alliances";
import { testDb } from "./setup";

const ANSWERS = { decisions: 4, decisions_example: "Tuliulizwa kwanza", trust_na: true, consent: "partners" };

function scratchTable() {
  testDb().db.$client.exec("create table notes (id integer primary key, body text not null)");
  return (body: string) => testDb().db.$client.prepare("insert into notes (body) values (?)").run(body).lastInsertRowid;
}

/** What another process sees: a connection of its own on the same file. */
function otherConnection() {
  const reader = new Database(testDb().file, { readonly: true });
  return { bodies: () => reader.prepare("select body from notes order by id").pluck().all(), close: () => reader.close() };
}

describe("writes that share one commit", () => {
  it("answers each caller only after the commit, with its own result, and keeps them in order", async () => {
    const insert = scratchTable();
    const reader = otherConnection();
    try {
      const pending = ["first", "second", "third"].map((body) => inSharedCommit(testDb().db, () => ({ body, id: insert(body) })));
      // Queued, not yet committed: nobody else can read them, and nobody has been answered.
      expect(reader.bodies()).toEqual([]);
      const settled = await Promise.all(pending);
      expect(settled.map((result) => result.body)).toEqual(["first", "second", "third"]);
      expect(new Set(settled.map((result) => result.id)).size).toBe(3);
      expect(reader.bodies()).toEqual(["first", "second", "third"]);
    } finally {
      reader.close();
    }
  });

  it("rolls back only the write that failed; the others are committed", async () => {
    const insert = scratchTable();
    const kept = inSharedCommit(testDb().db, () => insert("kept"));
    const failed = inSharedCommit(testDb().db, () => {
      insert("half written");
      throw new Error("refused after a write");
    });
    const alsoKept = inSharedCommit(testDb().db, () => insert("also kept"));
    await expect(failed).rejects.toThrow("refused after a write");
    await Promise.all([kept, alsoKept]);
    const reader = otherConnection();
    expect(reader.bodies()).toEqual(["kept", "also kept"]);
    reader.close();
  });

  it("when the commit itself fails, rejects every caller and keeps nothing of the batch", async () => {
    const client = testDb().db.$client;
    client.exec(`create table parents (id integer primary key);
      create table children (id integer primary key, parent integer references parents(id) deferrable initially deferred)`);
    const orphan = client.prepare("insert into children (parent) values (999)");
    const fine = client.prepare("insert into children (parent) values (null)");
    // The deferred foreign key is checked at COMMIT: each write passes, the commit fails.
    const results = await Promise.allSettled([
      inSharedCommit(testDb().db, () => fine.run()),
      inSharedCommit(testDb().db, () => orphan.run()),
    ]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(client.prepare("select count(*) from children").pluck().get()).toBe(0);
    expect(client.inTransaction).toBe(false);
  });

  it("starts a new batch for writes queued after a commit", async () => {
    const insert = scratchTable();
    await inSharedCommit(testDb().db, () => insert("one"));
    await inSharedCommit(testDb().db, () => insert("two"));
    const reader = otherConnection();
    expect(reader.bodies()).toEqual(["one", "two"]);
    reader.close();
  });
});

describe("submissions that share one commit", () => {
  let world: RespondingAlliance;
  beforeEach(async () => {
    world = await respondingAlliance();
  });

  const memberTarget = () => {
    const pinned = roundInstrument(world.roundId, "partnership-view", world.orgs.clo)!;
    return {
      target: { roundId: world.roundId, instrumentName: "partnership-view", instrument: pinned.instrument, variables: pinned.variables },
      who: { personId: world.people.member.id, organisationId: world.orgs.clo, language: "sw" },
    };
  };

  it("a double send in one batch makes one response: the copy finds the first one's key", async () => {
    const { target, who } = memberTarget();
    const id = crypto.randomUUID();
    const [first, copy] = await Promise.all([
      submitResponseShared(target, who, id, ANSWERS),
      submitResponseShared(target, who, id, { ...ANSWERS }),
    ]);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(copy).toEqual({ ok: true, responseId: (first as { responseId: number }).responseId, duplicate: true });
    expect(testDb().db.select().from(responses).all()).toHaveLength(1);
    expect(testDb().db.select().from(submissionKeys).where(eq(submissionKeys.clientId, id)).all()).toHaveLength(1);
  });

  it("the same id with other answers in the same batch is a conflict that changes nothing of the first", async () => {
    const { target, who } = memberTarget();
    const id = crypto.randomUUID();
    const [first, other] = await Promise.all([
      submitResponseShared(target, who, id, ANSWERS),
      submitResponseShared(target, who, id, { ...ANSWERS, decisions: 1 }),
    ]);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(other).toEqual({ ok: false, conflict: true });
    expect(testDb().db.select().from(responses).all()).toHaveLength(1);
  });
});
