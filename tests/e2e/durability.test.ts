// docs/security.md 7.2: a success answer is sent only after COMMIT. Kill -9 the server under a submission load;
// every acknowledged story, and every acknowledged answer sent through the shared commit (ADR 033), must be in
// the file afterwards, and the file must pass integrity_check.
import Database from "better-sqlite3";
import crypto from "node:crypto";
import fs from "node:fs";
import { fullCommunityAnswers } from "../bench/bench-world";
import { pageFields } from "../bench/submit-forms";
import { getHtml, postForm, signInOverHttp, type Client } from "./http";
import { startDemoServer } from "./demo-server";
import type { ServerProcess } from "./server-process";

let server: ServerProcess;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop("SIGKILL");
});

async function storyLinkPath(): Promise<string> {
  const otieno = await signInOverHttp(server.baseURL, "otieno@tumaini.example");
  const home = await getHtml(otieno, "/");
  const orgId = /\/organisations\/(\d+)\/story-links/.exec(home.html)?.[1];
  const links = await getHtml(otieno, `/organisations/${orgId}/story-links`);
  const path = /href="(\/s\/[A-Za-z0-9_-]{22,})"/.exec(links.html)?.[1];
  if (!path) throw new Error("no active story link on the coordinator's page");
  return path;
}

describe("a crash under load", () => {
  it("keeps every acknowledged story and leaves an intact database", { timeout: 60_000 }, async () => {
    const path = await storyLinkPath();
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let stop = false;
    const worker = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const clientId = crypto.randomUUID();
        try {
          const res = await postForm(server.baseURL, path, {
            client_id: clientId,
            story: `Durability story ${n}-${i}: the clinic listened when we asked for evening hours.`,
            dimensions: ["listening"],
            felt: "4",
            power: "shared",
            consent: "partners",
            attribution: "anonymous",
          });
          const body = await res.text();
          if (res.status === 200 && body.includes("receipt-code")) acknowledged.push(clientId);
          else statuses.push(res.status);
        } catch {
          return; // the server is gone: this request was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, n) => worker(n));
    // Kill while requests are in flight, once enough have been acknowledged to make the check mean something.
    const until = Date.now() + 30_000;
    while (acknowledged.length < 8 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await server.stop("SIGKILL");
    stop = true;
    await Promise.all(workers);

    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(5);
    const db = new Database(server.databasePath);
    try {
      expect(String(db.pragma("integrity_check", { simple: true }))).toBe("ok");
      const stored = new Set(
        (db.prepare("select client_id from submission_keys where kind = 'story'").all() as { client_id: string }[]).map((r) => r.client_id),
      );
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
    } finally {
      db.close();
    }
  });
});

/** Juma's partnership-view answered up to its last page, so that each send of that page is a whole submission. */
async function readyToSend(juma: Client) {
  const home = await getHtml(juma, "/");
  const path = /href="(\/rounds\/\d+\/respond\/partnership-view)"/.exec(home.html)?.[1];
  if (!path) throw new Error("partnership-view is not waiting for Juma");
  const json = JSON.parse(fs.readFileSync("surveys/partnership-view.json", "utf8")) as { pages: unknown[] };
  const answers = fullCommunityAnswers(1);
  const last = json.pages.length - 1;
  for (let page = 0; page < last; page++) {
    const fields = Object.fromEntries([...pageFields(json, page, answers), ["intent", "next"], ["page", String(page)]]);
    const res = await postForm(juma.baseURL, `${path}?page=${page}`, fields, juma.cookie);
    if (res.status !== 302) throw new Error(`page ${page} of partnership-view answered ${res.status}`);
  }
  const lastFields = Object.fromEntries([...pageFields(json, last, answers), ["intent", "submit"], ["page", String(last)]]);
  return { path, send: (clientId: string) => postForm(juma.baseURL, `${path}?page=${last}`, { ...lastFields, clientId }, juma.cookie) };
}

describe("a crash while answers share commits", () => {
  it("keeps every acknowledged submission and leaves an intact database", { timeout: 90_000 }, async () => {
    const own = await startDemoServer();
    try {
      const { path, send } = await readyToSend(await signInOverHttp(own.baseURL, "juma@tumaini.example"));
      const acknowledged: string[] = [];
      const refused: number[] = [];
      let stop = false;
      // Eight sends in flight at once: several arrive in one turn of the server's event loop and share a commit.
      const worker = async () => {
        while (!stop) {
          const clientId = crypto.randomUUID();
          try {
            const res = await send(clientId);
            if (res.status === 302 && res.headers.get("location") === path) acknowledged.push(clientId);
            else refused.push(res.status);
          } catch {
            return; // the server is gone: this send was never acknowledged
          }
        }
      };
      const workers = Array.from({ length: 8 }, worker);
      const until = Date.now() + 45_000;
      while (acknowledged.length < 40 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      await own.stop("SIGKILL");
      stop = true;
      await Promise.all(workers);

      expect(refused).toEqual([]);
      expect(acknowledged.length).toBeGreaterThan(20);
      const db = new Database(own.databasePath);
      try {
        expect(String(db.pragma("integrity_check", { simple: true }))).toBe("ok");
        const stored = new Set(db.prepare("select client_id from submission_keys where kind = 'response'").pluck().all() as string[]);
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        db.close();
      }
    } finally {
      await own.stop("SIGKILL");
    }
  });
});
