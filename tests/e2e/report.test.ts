// The joint report in a real browser, on the demo: the two community coordinators write their reading
// and approve the report in review (one of them without JavaScript), the facilitator releases it, the
// funder opens it — charts drawn, tables there — and printing it to PDF gives every section.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import { launch, newContext, seriousA11yViolations, signIn } from "./browser";
import { pdfPageCount, pdfPagesText, pdfText, readContentStreams } from "./report-pdf";

const SECTIONS = [
  "Who answered",
  "Headline: the widest gaps",
  "Dimension by dimension",
  "Listening",
  "Actions: you said, we did",
  "Collaboration network",
  "Our reading and what we learned",
];
// The print opens with the two-page summary: these headings are on pages 1–2.
const SUMMARY = ["Summary", "Who answered", "The widest gaps, each with a voice", "Listening", "Actions: you said, we did"];
// Before the summary (one dimension a page, tables kept whole) the released demo report printed on 30 A4 pages.
const PAGES_BEFORE = 30;
// Sections added since (what the stories say together, the examples on ties: ADR 029) print on up to two more.
const PAGES_ADDED_SINCE = 2;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The demo partnership's list of reports, as this page's reader sees it; returns the report link with that status. */
async function reportLink(page: Page, status: "review" | "released") {
  await page.goto("/");
  const partnership = await page.locator('a[href^="/partnerships/"]').first().getAttribute("href");
  await page.goto(`${partnership}/reports`);
  return page.locator(`li:has(.status-${status}) a[href^="/reports/"]`).first().getAttribute("href");
}

async function approveAs(email: string, reading: string, javaScriptEnabled: boolean) {
  const context = await newContext(browser, { javaScriptEnabled, width: 390 });
  const page = await context.newPage();
  await signIn(page, email);
  const href = await reportLink(page, "review");
  expect(href).toMatch(/^\/reports\/\d+$/);
  await page.goto(href!);
  if (javaScriptEnabled) {
    await page.waitForLoadState("load");
    expect(await seriousA11yViolations(page)).toEqual([]);
  }
  const form = page.locator("form:has(textarea[name=ourReading])");
  await form.locator("textarea[name=ourReading]").fill(reading);
  await form.locator("button[name=intent][value=approve]").click();
  // Back on the report (a full page load without JavaScript, a revalidation with it), the approval is shown
  // (in the coordinator's language).
  // The reading itself appears in the report from the next frozen version on (docs/decisions/015).
  await form.locator(".notice").waitFor();
  await context.close();
  return href!;
}

describe("a joint report from review to funder", () => {
  it("is approved by both coordinators, released by the facilitator, and read by the funder with charts, tables and a clean PDF", async () => {
    const otienoReading = "Our members see the gap on decisions clearly. ✊🏾 We approve.";
    const wanjiruReading = "Tumeisoma na tunaidhinisha. 🙏🏾";
    const href = await approveAs("otieno@tumaini.example", otienoReading, false);
    expect(await approveAs("wanjiru@pamoja.example", wanjiruReading, true)).toBe(href);

    // The funder cannot open it yet: the same 404 as for a report that does not exist.
    const funder = await newContext(browser, { width: 1280 });
    const funderPage = await funder.newPage();
    await signIn(funderPage, "grace@openhorizons.example");
    expect((await funderPage.goto(href))?.status()).toBe(404);
    expect((await funderPage.goto(`${href}.csv`))?.status()).toBe(404);

    const facilitator = await newContext(browser, { width: 1280 });
    const facPage = await facilitator.newPage();
    await signIn(facPage, "facilitator@sikiliza.example");
    // The readings came with the approvals, so the report changed since version 1 (docs/decisions/015): the
    // facilitator sends version 2, both coordinators approve it as it stands, then it can be released.
    await facPage.goto(href);
    await facPage.locator(".warning", { hasText: "changed since version 1" }).waitFor();
    await facPage.click("button[name=intent][value=to_review]");
    await facPage.locator(".version-banner", { hasText: "Version 2" }).waitFor();
    await approveAs("otieno@tumaini.example", otienoReading, false);
    await approveAs("wanjiru@pamoja.example", wanjiruReading, true);
    await facPage.goto(href);
    // The demo's small collectives leave most figures hidden: the release asks for that to be confirmed.
    const confirm = facPage.locator("input[name=confirmSuppressed]");
    if ((await confirm.count()) > 0) await confirm.check();
    await facPage.click("button[name=intent][value=release]");
    await facPage.locator(".report-header .status-released").waitFor();
    await facilitator.close();

    const response = await funderPage.goto(href);
    expect(response?.status()).toBe(200);
    await expect(funderPage.locator("h1").innerText()).resolves.toContain("Joint report");
    // Every chart is drawn (non-blank pixels) and has its table.
    const charts = funderPage.locator("canvas[data-chart]");
    const count = await charts.count();
    expect(count).toBeGreaterThan(11);
    // The page is not hydrated: its plain script draws every chart once the page has loaded.
    await funderPage.waitForFunction(() =>
      [...document.querySelectorAll("canvas[data-chart]")].every((c) => c.hasAttribute("data-drawn") && (c as HTMLCanvasElement).width > 0),
    );
    const inked = await funderPage.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>("canvas[data-chart]")].map((canvas) => {
        const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
        return painted;
      }),
    );
    expect(inked.every((painted) => painted > 500)).toBe(true);
    for (const id of await charts.evaluateAll((els) => els.map((el) => el.getAttribute("aria-describedby")))) {
      await expect(funderPage.locator(`table#${id} tbody tr`).count()).resolves.toBeGreaterThan(0);
    }
    await expect(funderPage.locator("svg.network-picture line").count()).resolves.toBeGreaterThan(0);
    await expect(funderPage.locator("#readings").innerText()).resolves.toContain(otienoReading);
    // A funder gets no forms and no review comments.
    await expect(funderPage.locator("form textarea").count()).resolves.toBe(0);
    expect(await seriousA11yViolations(funderPage)).toEqual([]);

    // Print to PDF: every section heading is in the document.
    const pdf = await funderPage.pdf({ format: "A4", printBackground: true });
    fs.writeFileSync(path.join(inject("dataDir"), "report.pdf"), pdf);
    // pdftotext when installed; the small stream reader must agree, so the test holds without poppler too.
    for (const text of [pdfText(pdf), readContentStreams(pdf)]) {
      const flat = text.replace(/\s+/g, " ");
      for (const heading of SECTIONS) expect(flat).toContain(heading);
    }
    // The summary stands alone on the first page or two; the detail's first section begins on the next page.
    const pages = pdfPageCount(pdf);
    const pageText = (n: number) => pdfPagesText(pdf, n, n).replace(/\s+/g, " ");
    const detailStarts = [1, 2, 3].find((n) => pageText(n).includes("1. Who answered"));
    expect(detailStarts).toBeGreaterThan(1);
    const opening = pdfPagesText(pdf, 1, detailStarts! - 1).replace(/\s+/g, " ");
    for (const heading of SUMMARY) expect(opening).toContain(heading);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThan(PAGES_BEFORE + PAGES_ADDED_SINCE);
    process.stderr.write(`printed report: ${pages} A4 pages (was ${PAGES_BEFORE})\n`);
    await funder.close();
  }, 120_000);

  it("loads chart.js only on report pages", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await signIn(page, "sanne@ghp.example");
    await page.goto("/partnerships/1");
    await page.waitForLoadState("load");
    expect(scripts.some((url) => url.includes("chart"))).toBe(false);
    await context.close();
  });
});
