// What the server does by itself (docs/security.md 3.2, 7.6): expired sessions and spent invitations go; a nightly
// backup is taken once a day after its hour, checked, and only the newest N are kept.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkIntegrity } from "../../db/backup";
import { readConfig } from "../../app/models/platform/config.server";
import { db } from "../../app/models/platform/context.server";
import { NIGHTLY_PREFIX, lastDueTime, nightlyBackup, tidyUp } from "../../app/models/platform/housekeeping.server";
import { createInvitation, invitationState } from "../../app/models/people/invitations.server";
import { createSession, resolveSession } from "../../app/models/people/sessions.server";
import { signedIn, DAY } from "../support/world";
import { formSubmissions, invitations, sessions } from "../../db/schema";

describe("housekeeping", () => {
  it("removes expired sessions, invitations past their expiry and form tokens older than 30 days, and nothing still valid", () => {
    const facilitator = signedIn({ name: "Facilitator", email: "facilitator@example.org", facilitator: true });
    const now = new Date();
    const old = new Date(now.getTime() - 20 * DAY);
    const expiredSession = createSession(facilitator.id, old);
    const liveSession = createSession(facilitator.id, now);
    const expiredLink = createInvitation(facilitator.person(), { facilitator: true }, old);
    const liveLink = createInvitation(facilitator.person(), { facilitator: true }, now);
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
    db()
      .insert(formSubmissions)
      .values([
        { token: "old-form-token-000000000", personId: facilitator.id, path: "/old", createdAt: at(31) },
        { token: "new-form-token-000000000", personId: facilitator.id, path: "/new", createdAt: at(29) },
      ])
      .run();
    const lines: string[] = [];
    tidyUp(now, (l) => lines.push(l));
    expect(db().select().from(sessions).all().length).toBe(2); // the signed-in one and the live one
    expect(resolveSession(liveSession, now)).toBe(facilitator.id);
    expect(resolveSession(expiredSession, now)).toBeNull();
    expect(invitationState(liveLink, now)).toBe("valid");
    expect(invitationState(expiredLink, now)).toBe("unknown");
    expect(db().select().from(invitations).all().length).toBe(1);
    expect(db().select({ path: formSubmissions.path }).from(formSubmissions).all()).toEqual([{ path: "/new" }]);
    expect(JSON.parse(lines[0])).toEqual({ housekeeping: "removed", sessions: 1, invitations: 1, formTokens: 1 });
  });

  it("takes one checked backup a day after its hour and keeps the newest N", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-nightly-"));
    const config = readConfig({ SIKILIZA_BACKUP_DIR: dir, SIKILIZA_BACKUPS_KEPT: "3", SIKILIZA_BACKUP_HOUR: "2" });
    const day = (n: number, hour: number) => new Date(Date.UTC(2026, 10, n, hour, 15));
    const silent = () => {};
    expect(lastDueTime(day(10, 1), 2)).toEqual(new Date(Date.UTC(2026, 10, 9, 2)));
    expect(lastDueTime(day(10, 3), 2)).toEqual(new Date(Date.UTC(2026, 10, 10, 2)));
    const first = await nightlyBackup(config, day(10, 3), silent);
    expect(first && checkIntegrity(first)).toBe("ok");
    // The same night again, or before the next night's hour: nothing new.
    expect(await nightlyBackup(config, day(10, 4), silent)).toBeNull();
    expect(await nightlyBackup(config, day(11, 1), silent)).toBeNull();
    for (const n of [11, 12, 13, 14]) expect(await nightlyBackup(config, day(n, 3), silent)).not.toBeNull();
    const kept = fs.readdirSync(dir).filter((f) => f.startsWith(NIGHTLY_PREFIX));
    expect(kept).toHaveLength(3);
    expect(kept.sort()[0]).toContain("2026-11-12");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
