// Group commit (ADR 033). A durable commit (WAL, synchronous=FULL) costs a write and an fsync whatever it
// holds, so writes that arrive in the same turn of the event loop share one: each is queued, and once the
// turn's other I/O callbacks have run, one IMMEDIATE transaction runs them in order, each inside its own
// savepoint, and commits. Every caller is answered only after that commit, so "accepted" still means "on
// disk". A write that throws is rolled back to its savepoint and only its caller gets the error; when the
// commit itself fails, every caller of the batch does, and nothing of the batch is kept.
import type { Db } from "./client";

type Queued = { write: (tx: Db) => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const queues = new WeakMap<Db, Queued[]>();

/** Runs `write` in the next shared durable commit on `db`; resolves with its result once committed. */
export function inSharedCommit<T>(db: Db, write: (tx: Db) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queues.set(db, (queue = []));
      setImmediate(() => commitQueued(db));
    }
    queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
  });
}

function commitQueued(db: Db) {
  const queue = queues.get(db) ?? [];
  queues.delete(db);
  const outcomes: Outcome[] = [];
  try {
    db.$client
      .transaction(() => {
        for (const { write } of queue) {
          try {
            // A transaction function inside a transaction is a savepoint (better-sqlite3).
            outcomes.push({ ok: true, value: db.$client.transaction(() => write(db))() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      })
      .immediate();
  } catch (error) {
    for (const { reject } of queue) reject(error);
    return;
  }
  queue.forEach(({ resolve, reject }, i) => {
    const outcome = outcomes[i];
    if (outcome.ok) resolve(outcome.value);
    else reject(outcome.error);
  });
}
