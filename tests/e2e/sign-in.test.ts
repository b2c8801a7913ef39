import type { Browser } from "playwright-core";
import { baseURL, launch, newContext, seriousA11yViolations, signIn } from "./browser";

const DEMO = [
  { email: "juma@tumaini.example", greeting: "Karibu, Juma Mwangi" },
  { email: "otieno@tumaini.example", greeting: "Welcome, Otieno Ochieng" },
  { email: "wanjiru@pamoja.example", greeting: "Karibu, Wanjiru Kamau" },
  { email: "sanne@ghp.example", greeting: "Welcome, Sanne de Vries" },
  { email: "grace@openhorizons.example", greeting: "Welcome, Grace Akinyi" },
  { email: "facilitator@sikiliza.example", greeting: "Welcome, Facilitator" },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("signing in", () => {
  it.each(DEMO)("$email signs in and sees their own home", async ({ email, greeting }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, email);
    await expect(page.locator("h1").innerText()).resolves.toBe(greeting);
    await context.close();
  });

  it("works with JavaScript disabled", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "otieno@tumaini.example");
    await expect(page.locator("h1").innerText()).resolves.toBe("Welcome, Otieno Ochieng");
    await page.click("text=Sign out");
    await page.waitForURL((url) => url.pathname === "/login");
    await page.goto("/");
    await expect(page.locator("h1").innerText()).resolves.not.toContain("Otieno");
    await context.close();
  });

  it("shows a wrong password as a message, not an error page", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login");
    await page.fill("#email", "sanne@ghp.example");
    await page.fill("#password", "not-the-password");
    await page.click("button[type=submit].primary");
    await expect(page.locator("[role=alert]").innerText()).resolves.toContain("do not match");
    await context.close();
  });

  it("home page has no serious or critical accessibility violation", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "otieno@tumaini.example");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("requests from elsewhere", () => {
  it("refuses a cross-origin POST even with a valid session", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "otieno@tumaini.example");
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === "sikiliza_session")!;
    const res = await fetch(`${baseURL()}/logout`, {
      method: "POST",
      headers: { Origin: "https://evil.example", Cookie: `sikiliza_session=${session.value}` },
      redirect: "manual",
    });
    expect(res.status).toBe(403);
    await page.goto("/");
    await expect(page.locator("h1").innerText()).resolves.toBe("Welcome, Otieno Ochieng");
    await context.close();
  });

  it("refuses a body over 1 MB with 413", async () => {
    const res = await fetch(`${baseURL()}/login`, {
      method: "POST",
      headers: { Origin: baseURL(), "Content-Type": "application/x-www-form-urlencoded" },
      body: `email=${"a".repeat(1_100_000)}`,
    });
    expect(res.status).toBe(413);
  });

  it("sends the security headers and a nonce CSP", async () => {
    const res = await fetch(`${baseURL()}/login`);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers the health check after a real query", async () => {
    const res = await fetch(`${baseURL()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("a cross-site form post from a browser", () => {
  it("is refused when the browser says the request came from another site", async () => {
    const res = await fetch(`${baseURL()}/logout`, {
      method: "POST",
      headers: { Origin: "null", "Sec-Fetch-Site": "cross-site" },
      redirect: "manual",
    });
    expect(res.status).toBe(403);
  });
});

describe("headers on every kind of answer", () => {
  it.each(["/healthz", "/styles/app.css", "/no-such-page", "/_root.data"])(
    "%s carries nosniff, no-referrer and a frame-ancestors rule",
    async (path) => {
      const res = await fetch(`${baseURL()}${path}`);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    },
  );

  it("a refused cross-origin POST carries them too, and no-store", async () => {
    const res = await fetch(`${baseURL()}/login`, { method: "POST", headers: { Origin: "https://evil.example" }, body: "email=a" });
    expect(res.status).toBe(403);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});
