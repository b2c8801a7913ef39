// docs/security.md 7.2: a success answer is sent only after COMMIT. Kill -9 the server under a submission load;
// every acknowledged story must be in the file afterwards, and the file must pass integrity_check.
import Database from "better-sqlite3";
import crypto from "node:crypto";
import { getHtml, postForm, signInOverHttp } from "./http";
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
