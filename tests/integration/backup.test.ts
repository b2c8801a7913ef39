import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { checkIntegrity, restoreDatabase } from "../../db/backup";
import { backupTo } from "../../app/models/platform/backup.server";
import { setContext } from "../../app/models/platform/context.server";
import { createOrganisation, listOrganisations } from "../../app/models/people/organisations.server";
import { createPerson, findPersonIdByEmail, getPerson } from "../../app/models/people/people.server";
import { testDb } from "./setup";

import type { OrganisationInput } from "../../app/models/people/organisations.server";

const profile: Omit<OrganisationInput, "name"> = {
  kind: "community_led",
  country: "Kenya",
  populations: ["sex_workers"],
  leadership: "community_led",
  level: "local",
};

describe("backups", () => {
  it("copy a live database, pass integrity_check, and restore with every row and encrypted field readable", async () => {
    createOrganisation({ name: "Before backup", ...profile });
    await createPerson({ name: "Wairimu Backup", email: "wairimu@example.org", password: "a-long-enough-secret", language: "sw" });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-backup-"));
    const backup = await backupTo(path.join(dir, "backup.db"));
    expect(checkIntegrity(backup)).toBe("ok");

    createOrganisation({ name: "After backup", ...profile });
    const { file, keyring, db } = testDb();
    db.$client.close();
    restoreDatabase(backup, file);
    const restored = openDatabase(file);
    setContext({ db: restored, keyring });
    expect(listOrganisations().map((o) => o.name)).toEqual(["Before backup"]);
    expect(getPerson(findPersonIdByEmail("wairimu@example.org")!.id)!.name).toBe("Wairimu Backup");
    expect(String(restored.$client.pragma("integrity_check", { simple: true }))).toBe("ok");
    restored.$client.close();
  });

  it("refuses to restore a damaged backup", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-backup-"));
    const broken = path.join(dir, "broken.db");
    fs.writeFileSync(broken, Buffer.alloc(8192, 7));
    expect(() => restoreDatabase(broken, path.join(dir, "target.db"))).toThrow();
  });
});
