// Requests no browser of this site would send, against a server started the way `npm start` starts it
// (no NODE_ENV): each gets a clear 4xx, nothing changes, and nothing of it reaches the log or a stack trace.
import fs from "node:fs";
import path from "node:path";
import { postForm, signInOverHttp } from "./http";
import { startDemoServer } from "./demo-server";
import type { ServerProcess } from "./server-process";

let server: ServerProcess;
beforeAll(async () => {
  server = await startDemoServer({ NODE_ENV: "", TRUST_PROXY: "1" });
});
afterAll(async () => {
  await server?.stop();
});

function post(pathname: string, body: BodyInit, headers: Record<string, string>) {
  return fetch(`${server.baseURL}${pathname}`, {
    method: "POST",
    body,
    headers: { Origin: server.baseURL, ...headers },
    redirect: "manual",
  });
}

const serverLog = () => fs.readFileSync(path.join(server.dataDir, "server.log"), "utf8");

describe("bodies an action cannot read", () => {
  it("answers JSON and plain text with 415, and a broken multipart body with 400", async () => {
    const json = await post("/login", JSON.stringify({ email: "juma@tumaini.example" }), { "Content-Type": "application/json" });
    expect(json.status).toBe(415);
    const text = await post("/language", "language=sw", { "Content-Type": "text/plain" });
    expect(text.status).toBe(415);
    const multipart = await post("/login", "--B\r\nContent-Disposition: form-data\r\n\r\nno end", {
      "Content-Type": "multipart/form-data; boundary=B",
    });
    expect(multipart.status).toBe(400);
    expect(await multipart.text()).toMatch(/could not be read/);
  });

  it("refuses bytes that are not UTF-8 with the field's name, and signs nobody in", async () => {
    const res = await post("/login", "email=juma%40tumaini.example&password=listen-first-dem%FF", {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('The field "password" is not valid text (UTF-8).');
    expect(res.headers.get("set-cookie")).toBeNull();
  });
});

describe("where `next` sends a person", () => {
  it.each(["/%09/evil.example", "/%0A/evil.example", "/%0D%0ASet-Cookie:%20x=1", "//evil.example", "/%5Cevil.example"])(
    "keeps %s on this site, without an error",
    async (next) => {
      const res = await postForm(server.baseURL, `/login?next=${next}`, { email: "juma@tumaini.example", password: "listen-first-demo" });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("/");
    },
  );

  it("encodes a path with non-Latin-1 letters instead of failing on it", async () => {
    const res = await postForm(server.baseURL, "/language", { language: "sw", next: "/ripoti/ünï" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/ripoti/%C3%BCn%C3%AF");
  });
});

describe("the Origin of a state change", () => {
  it.each(["https://", "http://user@"])("refuses %s with this site's host and port", async (prefix) => {
    const juma = await signInOverHttp(server.baseURL, "juma@tumaini.example");
    const origin = `${prefix}${new URL(server.baseURL).host}`;
    const res = await fetch(`${server.baseURL}/language`, {
      method: "POST",
      body: new URLSearchParams({ language: "sw", next: "/" }),
      headers: { Origin: origin, Cookie: juma.cookie, "Content-Type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    expect(res.status).toBe(403);
  });
});

describe("a server started like npm start", () => {
  it("shows no stack trace and no file path to an unauthenticated visitor", async () => {
    for (const url of ["/login?_data=routes/login", "/login.data?_data=routes%2Flogin", "/no-such-page"]) {
      const body = await (await fetch(`${server.baseURL}${url}`)).text();
      expect(body).not.toContain(process.cwd());
      expect(body).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    }
  });

  it("logged none of the hostile values and answered none of them with a 500", () => {
    const log = serverLog();
    expect(log).not.toMatch(/evil\.example|Set-Cookie|dem\\?%FF/i);
    expect(log).not.toMatch(/"status":500/);
  });
});

describe("changing a password over HTTP", () => {
  it("keeps the device that changed it signed in, with a new session, and ends the others", async () => {
    const here = await signInOverHttp(server.baseURL, "facilitator@sikiliza.example");
    const elsewhere = await signInOverHttp(server.baseURL, "facilitator@sikiliza.example");
    const res = await postForm(
      server.baseURL,
      "/account",
      { current: "listen-first-demo", password: "a-new-long-passphrase-42", confirm: "a-new-long-passphrase-42" },
      here.cookie,
    );
    expect(res.status).toBe(302);
    const fresh = (res.headers.get("set-cookie") ?? "").split(";")[0];
    expect(fresh).toMatch(/^sikiliza_session=/);
    expect(fresh).not.toBe(here.cookie);
    const page = await fetch(`${server.baseURL}/account?changed=1`, { headers: { Cookie: fresh }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Your password was changed");
    for (const old of [here.cookie, elsewhere.cookie]) {
      expect((await fetch(`${server.baseURL}/account`, { headers: { Cookie: old }, redirect: "manual" })).status).toBe(302);
    }
  });
});

describe("limits behind a proxy (TRUST_PROXY=1)", () => {
  // The test plays both the attacker, who writes any X-Forwarded-For it likes, and the one proxy, which
  // appends the address it really saw: only that last entry may count.
  const viaProxy = (spoofed: string) => ({ "X-Forwarded-For": `${spoofed}, 203.0.113.7` });

  it("refuses wrong receipt codes from one client however it rewrites X-Forwarded-For", async () => {
    const answers: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await post("/receipt", new URLSearchParams({ intent: "open", code: "ABCD-EFGH-JKMN" }), {
        "Content-Type": "application/x-www-form-urlencoded",
        ...viaProxy(`198.51.100.${i}`),
      });
      answers.push(res.status);
    }
    expect(answers.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(answers.slice(10).every((s) => s === 429)).toBe(true);
  });

  it("slows one client guessing a password, while the owner signs in from elsewhere", async () => {
    const guess = (password: string, spoofed: string, proxySaw = "203.0.113.7") =>
      post("/login", new URLSearchParams({ email: "otieno@tumaini.example", password }), {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Forwarded-For": `${spoofed}, ${proxySaw}`,
      });
    for (let i = 0; i < 6; i++) await guess("wrong-password-123", `198.51.100.${i}`);
    const blocked = await guess("listen-first-demo", "198.51.100.99");
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toContain("Too many attempts");
    expect((await guess("listen-first-demo", "198.51.100.99", "192.0.2.44")).status).toBe(302);
  });
});
