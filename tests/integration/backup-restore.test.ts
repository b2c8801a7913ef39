// Backups while the app writes, and restores (docs/security.md 7.6): every write acknowledged before the backup
// finished is in it (same connection), a backup taken by `npm run backup` from another process is one consistent
// moment (every write acknowledged before it started, and no gap), `npm run restore` refuses while the server runs
// and keeps the database it replaces. The key is never in a backup.
import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { openDatabase } from "../../db/client";
import { checkIntegrity, pidFileOf, restoreDatabase } from "../../db/backup";
import { backupTo } from "../../app/models/platform/backup.server";
import { setContext } from "../../app/models/platform/context.server";
import { createOrganisation, listOrganisations, type OrganisationInput } from "../../app/models/people/organisations.server";
import { testDb } from "./setup";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const profile: Omit<OrganisationInput, "name"> = {
  kind: "community_led",
  country: "Kenya",
  populations: ["sex_workers"],
  leadership: "community_led",
  level: "local",
};
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Some megabytes of rows, so a backup takes many steps and writes land between them. */
function fill(sqlite: Database.Database, rows = 3000) {
  const insert = sqlite.prepare(
    "insert into organisations (name, kind, country, populations, leadership, level) values (?, 'other', 'Kenya', '[]', 'provider_led', 'national')",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`filler ${i} ${"x".repeat(2000)}`);
  })();
}

/** Writes organisations named `written <i>` until stopped; `acknowledged` holds those whose write returned. */
function writer() {
  const acknowledged: string[] = [];
  let going = true;
  const done = (async () => {
    for (let i = 0; going; i++) {
      const name = `written ${i}`;
      createOrganisation({ name, ...profile });
      acknowledged.push(name);
      await pause();
    }
  })();
  return {
    acknowledged,
    stop: async () => {
      going = false;
      await done;
    },
  };
}

const writtenIn = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  const names = (sqlite.prepare("select name from organisations where name like 'written %' order by id").all() as { name: string }[]).map(
    (r) => r.name,
  );
  sqlite.close();
  return names;
};

const envFor = (file: string) => ({ ...process.env, DATABASE_PATH: file, SIKILIZA_BACKUP_DIR: dir, NODE_ENV: "production" as const });

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-backup-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a backup while the app writes", () => {
  it("holds every write acknowledged before it finished, passes integrity_check, and restores whole", async () => {
    const { db, file, keyring, keyText } = testDb();
    fill(db.$client);
    const load = writer();
    while (load.acknowledged.length < 5) await pause();
    let steps = 0;
    const backup = await backupTo(path.join(dir, "live.db"), () => steps++);
    const acknowledgedBeforeEnd = [...load.acknowledged];
    await load.stop();

    expect(steps).toBeGreaterThan(2);
    expect(checkIntegrity(backup)).toBe("ok");
    const inBackup = writtenIn(backup);
    expect(inBackup.slice(0, acknowledgedBeforeEnd.length)).toEqual(acknowledgedBeforeEnd);
    expect(inBackup.length).toBeGreaterThan(5);
    // The key is not in the backup: neither the ring's text nor any key in it.
    const bytes = fs.readFileSync(backup);
    expect(bytes.includes(Buffer.from(keyText))).toBe(false);
    for (const key of keyring.keys.values()) expect(bytes.includes(Buffer.from(key.toString("base64")))).toBe(false);

    db.$client.close();
    const kept = restoreDatabase(backup, file);
    expect(kept && fs.existsSync(kept)).toBe(true);
    const restored = openDatabase(file);
    setContext({ db: restored, keyring });
    const names = listOrganisations().map((o) => o.name);
    for (const name of acknowledgedBeforeEnd) expect(names).toContain(name);
    restored.$client.close();
    fs.rmSync(kept!);
  });

  it("npm run backup from another process: one consistent moment holding every write acknowledged before it started", async () => {
    const { db, file } = testDb();
    fill(db.$client);
    const load = writer();
    while (load.acknowledged.length < 5) await pause();
    const acknowledgedBeforeStart = [...load.acknowledged];
    const destination = path.join(dir, "cli.db");
    const backup = await run(TSX, ["app/ops/backup.ts", destination], { env: envFor(file) });
    await load.stop();
    expect(backup.stderr).toMatch(/Backup written and checked \(integrity_check: ok\)/);
    expect(backup.stdout.trim()).toBe(destination);
    expect(checkIntegrity(destination)).toBe("ok");
    const inBackup = writtenIn(destination);
    // A prefix of what was acknowledged (one moment, no gap), holding everything acknowledged before the start.
    expect(inBackup).toEqual(load.acknowledged.slice(0, inBackup.length));
    expect(inBackup.length).toBeGreaterThanOrEqual(acknowledgedBeforeStart.length);
  });

  it("npm run restore refuses while the server runs, then restores and keeps the database it replaced", async () => {
    const { db, file } = testDb();
    createOrganisation({ name: "written 0", ...profile });
    const destination = await backupTo(path.join(dir, "before.db"));
    createOrganisation({ name: "written 1", ...profile });

    // A running server (its pid file names a live process): restore refuses and changes nothing.
    fs.writeFileSync(pidFileOf(file), String(process.pid));
    const refused = await run(TSX, ["app/ops/restore.ts", destination], { env: envFor(file) }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect("code" in refused && refused.code).toBe(1);
    expect(refused.stderr).toContain(`Sikiliza is running (process ${process.pid})`);
    expect(writtenIn(file)).toEqual(["written 0", "written 1"]);

    fs.rmSync(pidFileOf(file));
    db.$client.close();
    const restored = await run(TSX, ["app/ops/restore.ts", destination], { env: envFor(file) });
    expect(restored.stderr).toMatch(/Restored .* The database it replaced is kept at /s);
    expect(writtenIn(file)).toEqual(["written 0"]);
    const kept = fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${path.basename(file)}.before-restore-`));
    expect(kept).toHaveLength(1);
    expect(writtenIn(path.join(path.dirname(file), kept[0]))).toEqual(["written 0", "written 1"]);
    fs.rmSync(path.join(path.dirname(file), kept[0]));
  });

  it("refuses to restore a damaged backup, saying why", () => {
    const broken = path.join(dir, "broken.db");
    fs.writeFileSync(broken, Buffer.alloc(8192, 7));
    expect(() => restoreDatabase(broken, path.join(dir, "target.db"))).toThrow(/Refusing to restore .*broken\.db/);
    expect(fs.existsSync(path.join(dir, "target.db"))).toBe(false);
  });
});
