// Upgrades that cannot lose data (docs/security.md 7.8): a database made by the previous release, with data in it,
// opens under this release with every row and sealed field intact; a checked backup is taken before a migration
// runs; a failing migration leaves the database as it was and names the backup and the failed step.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrationsFolder, openDatabase } from "../../db/client";
import { checkIntegrity } from "../../db/backup";
import { MigrationFailedError } from "../../db/migrate";
import { setContext } from "../../app/models/platform/context.server";
import { parseKeyring, newKeyringText } from "../../app/models/platform/crypto.server";
import { open } from "../../app/models/platform/sealed-fields.server";
import { findPersonIdByEmail, getPerson } from "../../app/models/people/people.server";
import { listOrganisations } from "../../app/models/people/organisations.server";
import {
  PEOPLE,
  PREVIOUS_RELEASE,
  STORY_TEXT,
  firstMigrations,
  previousReleaseDatabase,
  snapshot,
  withExtraMigration,
} from "./previous-release";

const keyring = parseKeyring(newKeyringText());
let dir: string;
let file: string;
let backups: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-upgrade-"));
  file = path.join(dir, "sikiliza.db");
  backups = path.join(dir, "backups");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function readsEverything() {
  expect(listOrganisations().map((o) => o.name)).toEqual(["Global Health Partners", "Tumaini Collective"].sort());
  for (const p of PEOPLE) expect(getPerson(findPersonIdByEmail(p.email)!.id)!.name).toBe(p.name);
  const story = setContextDb().$client.prepare("select text_enc as sealed from stories where id = 1").get() as { sealed: string };
  expect(open({ table: "stories", column: "text" }, 1, story.sealed)).toBe(STORY_TEXT);
}
let upgraded: ReturnType<typeof openDatabase> | null = null;
const setContextDb = () => upgraded!;

describe("upgrading a database", () => {
  afterEach(() => {
    upgraded?.$client.close();
    upgraded = null;
  });

  it("opens a database made by the previous release's schema, with its data, and reads every row and sealed field", () => {
    previousReleaseDatabase(file, keyring);
    const before = snapshot(file);
    upgraded = openDatabase(file, { backupDir: backups });
    setContext({ db: upgraded, keyring });
    readsEverything();
    // Nothing the previous release held is lost: every old table keeps at least its rows.
    const after = snapshot(file);
    for (const [table, n] of Object.entries(before.counts)) expect(after.counts[table], table).toBeGreaterThanOrEqual(n);
    expect(checkIntegrity(file)).toBe("ok");
  });

  it("takes a checked backup before applying a pending migration, and the backup holds the database as it was", () => {
    const three = firstMigrations(PREVIOUS_RELEASE, 3);
    previousReleaseDatabase(file, keyring, three);
    const before = snapshot(file);
    const outcomes: { applied: string[]; backup: string | null }[] = [];
    upgraded = openDatabase(file, { backupDir: backups, onMigrated: (o) => outcomes.push(o) });
    setContext({ db: upgraded, keyring });
    readsEverything();
    const [{ applied, backup }] = outcomes;
    expect(applied[0]).toBe("0003_report_versions_and_quote_choices");
    expect(backup).toMatch(/pre-upgrade-0003_report_versions_and_quote_choices-.*\.db$/);
    expect(path.dirname(backup!)).toBe(path.resolve(backups));
    expect(checkIntegrity(backup!)).toBe("ok");
    expect(snapshot(backup!)).toEqual(before);
    fs.rmSync(three, { recursive: true, force: true });
  });

  it("stops on a failing migration with the backup's path and the failed step, leaving the database untouched", () => {
    previousReleaseDatabase(file, keyring, migrationsFolder());
    const before = snapshot(file);
    const broken = withExtraMigration(migrationsFolder(), "9999_broken_step", [
      "CREATE TABLE `upgrade_probe` (`id` integer PRIMARY KEY NOT NULL);",
      "ALTER TABLE `people` ADD `nickname` text;",
      "INSERT INTO `no_such_table` (`id`) VALUES (1);",
    ]);
    let error: unknown;
    try {
      openDatabase(file, { migrations: broken, backupDir: backups });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MigrationFailedError);
    const message = (error as Error).message;
    expect(message).toContain("migration 9999_broken_step failed at statement 3 of 3");
    expect(message).toContain("no such table: no_such_table");
    const backup = /A checked backup taken just before: (\S+\.db)/.exec(message)?.[1];
    expect(backup && fs.existsSync(backup)).toBe(true);
    expect(checkIntegrity(backup!)).toBe("ok");
    // Untouched: the same tables, columns, indexes and rows as before; the first two statements were rolled back.
    expect(snapshot(file)).toEqual(before);
    expect(snapshot(backup!)).toEqual(before);
    fs.rmSync(broken, { recursive: true, force: true });
  });
});
