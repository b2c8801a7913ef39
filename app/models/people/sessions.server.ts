// docs/security.md 3.2: sessions live in the database so they can be revoked; the cookie holds 128+ random bits,
// the table only their hash. Idle and absolute timeouts end a forgotten session on a shared phone.
import { and, eq, lt, or, sql } from "drizzle-orm";
import { sessions } from "../../../db/schema";
import { db } from "../platform/context.server";
import { preparedOnce } from "../platform/prepared.server";
import { randomToken, sha256 } from "../platform/crypto.server";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// Touching the row on every request would make each page a write; a minute of slack is enough.
const TOUCH_EVERY_MS = 60 * 1000;

export function createSession(personId: number, now = new Date()): string {
  const token = randomToken(24);
  db()
    .insert(sessions)
    .values({
      idHash: sha256(token),
      personId,
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS).toISOString(),
    })
    .run();
  return token;
}

const reads = preparedOnce((on) => ({
  session: on
    .select()
    .from(sessions)
    .where(eq(sessions.idHash, sql.placeholder("idHash")))
    .prepare(),
}));

/** The person behind a session token, or null when it is unknown, idle too long or past its absolute end. */
export function resolveSession(token: string, now = new Date()): number | null {
  const idHash = sha256(token);
  const row = reads(db()).session.get({ idHash });
  if (!row) return null;
  const idleSince = now.getTime() - Date.parse(row.lastSeenAt);
  if (idleSince > IDLE_TIMEOUT_MS || now.getTime() > Date.parse(row.expiresAt)) {
    db().delete(sessions).where(eq(sessions.idHash, idHash)).run();
    return null;
  }
  if (idleSince > TOUCH_EVERY_MS) db().update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.idHash, idHash)).run();
  return row.personId;
}

export function revokeSession(token: string) {
  db()
    .delete(sessions)
    .where(eq(sessions.idHash, sha256(token)))
    .run();
}

export function revokeAllSessions(personId: number) {
  db().delete(sessions).where(eq(sessions.personId, personId)).run();
}

/** Removes sessions past their expiry or idle timeout; returns how many. Run by the server's housekeeping. */
export function pruneSessions(now = new Date()): number {
  const idleCut = new Date(now.getTime() - IDLE_TIMEOUT_MS).toISOString();
  return db()
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now.toISOString()), lt(sessions.lastSeenAt, idleCut)))
    .run().changes;
}

export function countSessions(personId: number) {
  return db()
    .select({ idHash: sessions.idHash })
    .from(sessions)
    .where(and(eq(sessions.personId, personId)))
    .all().length;
}
