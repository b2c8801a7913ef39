// /metrics (docs/security.md 5.3): absent unless a token is configured, refused without it, and what it shows
// names route templates only — no id, token, query string, address or the metrics token itself.
import { getHtml, signInOverHttp } from "./http";
import { startDemoServer } from "./demo-server";
import type { ServerProcess } from "./server-process";

const TOKEN = "metrics-token-for-the-test-5f2a9c";
let server: ServerProcess;
beforeAll(async () => {
  server = await startDemoServer({ SIKILIZA_METRICS_TOKEN: TOKEN });
});
afterAll(async () => {
  await server?.stop();
});

const metrics = (headers: Record<string, string> = {}) => fetch(`${server.baseURL}/metrics`, { headers, redirect: "manual" });

describe("/metrics", () => {
  it("refuses a request without the token or with a wrong one, and shows nothing", async () => {
    const tries: Record<string, string>[] = [{}, { Authorization: "Bearer wrong-token-of-the-same-size!" }, { Authorization: TOKEN }];
    for (const headers of tries) {
      const res = await metrics(headers);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain("sikiliza_");
    }
    // The token is never taken from the query string.
    expect((await fetch(`${server.baseURL}/metrics?token=${TOKEN}`)).status).toBe(401);
  });

  it("holds route templates and no id, token or query string of the requests it counts", async () => {
    const secrets = ["4242", "qs-marker-77", "linktok3n-abcdefghijklmnop", "invitetok3n-zyxwvutsrqpo", "nosuchpage-9182", "5551"];
    const sanne = await signInOverHttp(server.baseURL, "sanne@ghp.example");
    await getHtml(sanne, "/inbox/4242?from=qs-marker-77");
    await getHtml(sanne, "/stories/5551");
    await getHtml(server, "/s/linktok3n-abcdefghijklmnop");
    await getHtml(server, "/invite/invitetok3n-zyxwvutsrqpo?email=qs-marker-77");
    await getHtml(server, "/nosuchpage-9182");
    await getHtml(server, "/login?next=%2Finbox%2F4242");
    const res = await metrics({ Authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/sikiliza_http_requests_total\{method="GET",route="\/inbox\/:storyId",status="\d+"\} \d+/);
    expect(text).toContain('route="/s/:token"');
    expect(text).toContain('route="/invite/:token"');
    expect(text).toContain('route="unmatched"');
    expect(text).toMatch(/sikiliza_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/login"\}/);
    for (const secret of [...secrets, TOKEN, "sanne", "127.0.0.1", "?"]) expect(text, secret).not.toContain(secret);
    // The figures an operator watches.
    expect(text).toMatch(/^sikiliza_database_bytes \d+/m);
    expect(text).toMatch(/^sikiliza_open_rounds \d+/m);
    expect(text).toMatch(/^sikiliza_last_backup_age_seconds -?[\d.e+]+/m);
    expect(text).toMatch(/^sikiliza_process_resident_memory_bytes \d+/m);
  });

  it("does not exist when no token is configured", async () => {
    const plain = await startDemoServer();
    try {
      const res = await fetch(`${plain.baseURL}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(404);
      expect((await fetch(`${plain.baseURL}/healthz`)).status).toBe(200);
    } finally {
      await plain.stop();
    }
  });
});
