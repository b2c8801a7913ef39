// A person's own account: changing the password ends every session of theirs on the server (docs/security.md 3.2),
// then opens a fresh one for the device that made the change.
import { z } from "zod";
import { eq } from "drizzle-orm";
import { people } from "../../../db/schema";
import { db } from "../platform/context.server";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.server";
import type { Person } from "./people.server";
import { isPasswordChangeBlocked, recordPasswordChangeFailure } from "./rate-limit.server";
import { createSession, revokeAllSessions } from "./sessions.server";

export const PasswordChangeSchema = z
  .object({
    current: z.string().min(1, "account.error.current_required").max(1024, "account.error.current_wrong"),
    password: z
      .string()
      .max(1024, "invite.error.password.too_long")
      .superRefine((value, ctx) => {
        const problem = passwordProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: `invite.error.password.${problem}` });
      }),
    confirm: z.string().max(1024),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "account.error.confirm_mismatch" });

export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

export async function changePassword(
  person: Person,
  change: PasswordChange,
): Promise<{ ok: true; sessionToken: string } | { ok: false; reason: "wrong" | "too_many" }> {
  if (isPasswordChangeBlocked(person.id)) return { ok: false, reason: "too_many" };
  const row = db().select({ passwordHash: people.passwordHash }).from(people).where(eq(people.id, person.id)).get();
  if (!row || !(await verifyPassword(row.passwordHash, change.current))) {
    recordPasswordChangeFailure(person.id);
    return { ok: false, reason: "wrong" };
  }
  const passwordHash = await hashPassword(change.password);
  db().update(people).set({ passwordHash }).where(eq(people.id, person.id)).run();
  revokeAllSessions(person.id);
  return { ok: true, sessionToken: createSession(person.id) };
}
