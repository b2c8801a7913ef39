// The seeded demo alliance, built once per test run and copied per test like the migrated base: seeding it
// (three rounds of answers, stories, reports, benchmark partnerships) takes seconds, a copy takes nothing.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { inject } from "vitest";
import { seedDemoAlliance } from "../../app/demo/alliance";
import type { DemoContext } from "../../app/demo/context";
import { freshDatabase, isAlive, migrationsFingerprint, type TestDb } from "./test-db";

type Snapshot = { keyText: string; demo: DemoContext; seededAt: string };

const DEMO_SOURCES = path.resolve(import.meta.dirname, "../../app/demo");
const DATABASE = "demo.db";
const MANIFEST = "demo.json";

let fingerprint: string | undefined;

/** Named by the migrations and every demo source: a snapshot of another schema or another demo is never reused. */
function demoFingerprint() {
  if (fingerprint) return fingerprint;
  const hash = crypto.createHash("sha256").update(migrationsFingerprint());
  const files = fs.readdirSync(DEMO_SOURCES, { recursive: true, encoding: "utf8" }).sort();
  for (const name of files) {
    const file = path.join(DEMO_SOURCES, name);
    if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
  }
  fingerprint = hash.digest("hex").slice(0, 16);
  return fingerprint;
}

async function ensureSnapshot(folder: string): Promise<Snapshot> {
  const manifest = path.join(folder, MANIFEST);
  const claim = `${folder}.claim`;
  // One worker seeds while the others wait for the result, unless the one that claimed the work has died.
  for (;;) {
    if (fs.existsSync(manifest)) return JSON.parse(fs.readFileSync(manifest, "utf8")) as Snapshot;
    if (claimed(claim)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    // The worker that held the claim may have finished between the look and the claim.
    if (!fs.existsSync(manifest)) await buildSnapshot(folder);
  } finally {
    fs.rmSync(claim, { force: true });
  }
  return JSON.parse(fs.readFileSync(manifest, "utf8")) as Snapshot;
}

function claimed(claim: string) {
  try {
    fs.writeFileSync(claim, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    let holder = 0;
    try {
      holder = Number(fs.readFileSync(claim, "utf8"));
    } catch {
      return false; // gone already: the holder finished, look again
    }
    // An empty claim is one being written; a claim whose worker died is lifted.
    if (holder && !isAlive(holder)) fs.rmSync(claim, { force: true });
    return false;
  }
}

async function buildSnapshot(folder: string) {
  // Built in a private folder and renamed into place whole, so nobody copies a half-seeded demo; should two
  // workers build after all, the first one renamed stays, and its key ring goes with it.
  const building = `${folder}.building-${crypto.randomUUID()}`;
  fs.mkdirSync(building, { recursive: true });
  const seeding = freshDatabase();
  try {
    const seededAt = new Date();
    const demo = await seedDemoAlliance(seededAt);
    // Fold the WAL into the main file so a plain copy is complete.
    seeding.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    fs.copyFileSync(seeding.file, path.join(building, DATABASE));
    const snapshot: Snapshot = { keyText: seeding.keyText, demo, seededAt: seededAt.toISOString() };
    fs.writeFileSync(path.join(building, MANIFEST), JSON.stringify(snapshot));
  } finally {
    seeding.close();
  }
  try {
    fs.renameSync(building, folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
    fs.rmSync(building, { recursive: true, force: true });
  }
}

const snapshotFolder = () => path.join(inject("testRunDir"), `demo-${demoFingerprint()}`);

/** For a `beforeAll`: seeding takes its time on a busy machine, which a hook's timeout allows and a test's may not. */
export async function demoSnapshotReady() {
  await ensureSnapshot(snapshotFolder());
}

/** A copy of the demo alliance of its own, opened as the current database; `seededAt` is the seed's "now". */
export async function freshDemoDatabase(): Promise<{ testDb: TestDb; demo: DemoContext; seededAt: Date }> {
  const folder = snapshotFolder();
  const snapshot = await ensureSnapshot(folder);
  const testDb = freshDatabase({ keyText: snapshot.keyText, from: path.join(folder, DATABASE) });
  return { testDb, demo: snapshot.demo, seededAt: new Date(snapshot.seededAt) };
}
