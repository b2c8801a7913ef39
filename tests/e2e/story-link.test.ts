// The whole listening loop in a browser, starting from the demo's anonymous story link: told with
// JavaScript off on a 360 px phone, read and answered by sanne@ghp.example in /inbox, seen and rated by the
// receipt holder, and the read receipt shown to the coordinator.
import zlib from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { baseURL, launch, newContext, seriousA11yViolations, signIn } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const marker = `Marker ${Date.now()}: the clinic moved our night hours without asking us.`;
const answerMarker = `We heard you ${Date.now()}`;
const shared: { linkPath?: string; receiptCode?: string; tumainiId?: string; answered?: boolean } = {};

async function organisationId(page: Page, name: string) {
  await page.goto("/");
  const href = await page.locator("a", { hasText: name }).first().getAttribute("href");
  return /\/organisations\/(\d+)/.exec(href ?? "")![1];
}

describe("a story told on the demo's anonymous link", () => {
  it("finds the active link on the coordinator's story-links page", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "otieno@tumaini.example");
    shared.tumainiId = await organisationId(page, "Tumaini Men's Collective");
    await page.goto(`/organisations/${shared.tumainiId}/story-links`);
    const href = await page.locator('a[href^="/s/"]').first().getAttribute("href");
    expect(href).toMatch(/^\/s\/[A-Za-z0-9_-]{32}$/);
    shared.linkPath = href!;
    await context.close();
  });

  it("weighs at most 40 KB compressed with everything it loads, and has no serious accessibility fault", async () => {
    const res = await fetch(baseURL() + shared.linkPath);
    const html = await res.text();
    const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toContain("/scripts/story-draft.js");
    expect(html).not.toContain("/build/");
    let total = zlib.gzipSync(html).length;
    for (const asset of assets) total += zlib.gzipSync(Buffer.from(await (await fetch(baseURL() + asset)).arrayBuffer())).length;
    expect(total).toBeLessThanOrEqual(40 * 1024);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(shared.linkPath!);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it("is told with JavaScript off at 360 px, in Swahili and back, and gives a receipt code", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, width: 360 });
    const page = await context.newPage();
    await page.goto(shared.linkPath!);
    await page.selectOption("#language-select", "sw");
    await Promise.all([page.waitForURL(`**${shared.linkPath}`), page.click(".language-form button[type=submit]")]);
    await expect(page.locator("h1").innerText()).resolves.toBe("Simulia hadithi yako");
    await page.selectOption("#language-select", "en");
    await Promise.all([page.waitForURL(`**${shared.linkPath}`), page.click(".language-form button[type=submit]")]);
    // A refused send echoes everything typed.
    await page.fill("textarea[name=story]", marker);
    await page.click(".story-form button[type=submit]");
    await expect(page.locator("[role=alert]").first().innerText()).resolves.toContain("need attention");
    await expect(page.locator("textarea[name=story]").inputValue()).resolves.toBe(marker);
    await page.check('input[name=dimensions][value="decisions"]');
    await page.check('input[name=felt][value="2"]');
    await page.check('input[name=power][value="them"]');
    await page.check('input[name=consent][value="partners"]');
    await page.click(".story-form button[type=submit]");
    const code = await page.locator(".receipt-code").innerText();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expect(page.locator("body").innerText()).resolves.toContain("Write it down");
    shared.receiptCode = code;
    await context.close();
  });

  it("keeps the draft in the browser (with its sending id) until the server confirms, then lets it go", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(shared.linkPath!);
    const draft = `Draft ${Date.now()} 🌙 hadithi`;
    await page.fill("textarea[name=story]", draft);
    await page.check('input[name=consent][value="community"]');
    const id = await page.locator("input[name=client_id]").inputValue();
    await page.reload();
    await expect(page.locator("textarea[name=story]").inputValue()).resolves.toBe(draft);
    await expect(page.locator("input[name=client_id]").inputValue()).resolves.toBe(id);
    await expect(page.locator("[data-draft-restored]").isVisible()).resolves.toBe(true);
    await page.click(".story-form button[type=submit]");
    await page.locator("[data-story-confirmed]").waitFor();
    await page.waitForFunction(
      (prefix) => Object.keys(window.localStorage).every((key) => !key.startsWith(prefix)),
      `sikiliza-story-draft:${shared.linkPath}:`,
    );
    await page.goto(shared.linkPath!);
    await expect(page.locator("textarea[name=story]").inputValue()).resolves.toBe("");
    await context.close();
  });

  it("is read and answered by sanne@ghp.example in the inbox", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "sanne@ghp.example");
    await page.goto("/inbox");
    await page
      .locator("li, article, tr", { hasText: marker.slice(0, 40) })
      .locator('a[href^="/inbox/"]')
      .first()
      .click();
    await page.waitForURL(/\/inbox\/[A-Za-z0-9_-]{22,32}$/);
    await expect(page.locator("body").innerText()).resolves.toContain(marker);
    await page.fill("textarea[name=heard]", answerMarker);
    await page.fill("textarea[name=will_do]", "We will ask you before changing clinic hours again.");
    await page.locator("form:has(textarea[name=heard]) button[type=submit]").click();
    await expect(page.locator("body").innerText()).resolves.toContain(answerMarker);
    shared.answered = true;
    await context.close();
  });

  it("shows the receipt holder the answer, with JavaScript off, and takes their rating", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/receipt");
    await page.fill("#code", "ABCD-EFGH-JKMN");
    await page.click("button[type=submit].primary");
    await expect(page.locator("#code-error").innerText()).resolves.toContain("no story with this code");
    await page.fill("#code", shared.receiptCode!.toLowerCase());
    await page.click("button[type=submit].primary");
    expect(page.url()).toBe(`${baseURL()}/receipt`);
    const body = await page.locator("main").innerText();
    expect(body).toContain(marker);
    expect(body).toContain(answerMarker);
    expect(body).not.toContain("Sanne");
    await page.check("#rating-5");
    await page.click("form:has(#rating-5) button[type=submit]");
    await expect(page.locator("[role=status]").innerText()).resolves.toContain("rating was saved");
    await context.close();
  });

  it("shows the coordinator the read receipt: who at the INGO first read it, and when", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "otieno@tumaini.example");
    await page.goto(`/organisations/${shared.tumainiId}/stories?scope=partners`);
    const card = page.locator(".story-list > li", { hasText: marker });
    await expect(card.innerText()).resolves.toMatch(/First read by Sanne de Vries on [A-Z][a-z]+ \d{1,2}, \d{4}/);
    await context.close();
  });
});
