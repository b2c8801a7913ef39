// One report for every reader: both coordinators review, and the funder reads, the very same frozen version —
// figures, quotes of both organisations, themes, actions — rendered by the one page in a real browser.
import type { Browser, Page } from "playwright-core";
import { launch, newContext, signIn } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function releasedReportHref(page: Page) {
  await page.goto("/");
  const partnership = await page.locator('a[href^="/partnerships/"]').first().getAttribute("href");
  await page.goto(`${partnership}/reports`);
  return page.locator('li:has(.status-released) a[href^="/reports/"]').first().getAttribute("href");
}

/** Sections 1–7 (who answered to the network) as the page shows them; the readings section holds each reader's own forms. */
async function reportSections(email: string, href: string) {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, email);
  const response = await page.goto(href);
  expect(response?.status()).toBe(200);
  const sections = await page.$$eval("section.report-section", (all) =>
    all.filter((s) => s.id !== "readings").map((s) => ({ id: s.id, text: (s as HTMLElement).innerText })),
  );
  const quotes = await page.$$eval("section.report-section blockquote", (all) => all.map((q) => (q as HTMLElement).innerText));
  await context.close();
  return { sections, quotes };
}

describe("the released demo report", () => {
  it("reads the same, quotes of both organisations included, for both coordinators and the funder", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "grace@openhorizons.example");
    const href = await releasedReportHref(page);
    await context.close();
    expect(href).toMatch(/^\/reports\/\d+$/);
    // Everyone reads it in English here, so the words can be compared as they are.
    const funder = await reportSections("grace@openhorizons.example", href!);
    const tumaini = await reportSections("otieno@tumaini.example", href!);
    expect(funder.sections.map((s) => s.id)).toEqual([
      "who-answered",
      "headline",
      "dimensions",
      "decisions",
      "power-facts",
      "themes",
      "story-patterns",
      "listening",
      "actions",
      "network",
      // The demo partnership and six others agreed to benchmarks (ADR 030).
      "benchmark",
    ]);
    expect(funder.quotes.length).toBeGreaterThan(1);
    expect(tumaini).toEqual(funder);
  });

  it("reads the same for the other community organisation's coordinator", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "grace@openhorizons.example");
    const href = (await releasedReportHref(page))!;
    await context.close();
    const funder = await reportSections("grace@openhorizons.example", href);
    // Wanjiru reads Swahili; for the words to compare as they are, she reads English for this test only.
    await setLanguage("wanjiru@pamoja.example", "en");
    try {
      expect(await reportSections("wanjiru@pamoja.example", href)).toEqual(funder);
    } finally {
      await setLanguage("wanjiru@pamoja.example", "sw");
    }
  });
});

async function setLanguage(email: string, language: string) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, email);
  const origin = new URL(page.url()).origin;
  const res = await page.request.post("/language", { form: { language, next: "/" }, headers: { Origin: origin }, maxRedirects: 0 });
  expect(res.status()).toBe(302);
  await context.close();
}
