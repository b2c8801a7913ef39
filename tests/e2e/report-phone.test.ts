// The funder's released demo report on a 360 px phone: no word broken inside a table cell, badges on one
// line, network labels big enough to read, wide tables scrolling in a named, focusable region; readable
// with JavaScript off; and chart.js fetched only after the page has loaded, never in its first scripts.
import type { Browser, Page } from "playwright-core";
import { baseURL, launch, newContext, seriousA11yViolations, signIn } from "./browser";
import { getHtml, signInOverHttp } from "./http";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The released demo report, linked from the funder's home page. */
async function openReport(page: Page) {
  await signIn(page, "grace@openhorizons.example");
  const href = await page.locator('a[href^="/reports/"]').first().getAttribute("href");
  expect(href).toMatch(/^\/reports\/\d+$/);
  await page.goto(href!);
  return href!;
}

/**
 * Every word of every table cell whose letters land on more than one line ("Quest ionnai re", "2026-10-
 * 01"). A compound may break after its hyphen between letters ("Community-" / "led"): that is a line
 * break the reader expects, so each part is checked on its own.
 */
function brokenWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    const range = document.createRange();
    for (const cell of document.querySelectorAll(".report th, .report td, .report caption")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? "").matchAll(/(?:[^\s-]|(?<!\p{L})-|-(?!\p{L}))+-?/gu)) {
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
      }
    }
    return broken;
  });
}

describe("the joint report on a 360 px phone", () => {
  it("breaks no word inside a table cell, keeps badges whole and network labels readable, and scrolls wide tables in a named region", async () => {
    const context = await newContext(browser, { width: 360 });
    const page = await context.newPage();
    await openReport(page);
    await page.waitForLoadState("load");
    await expect(page.locator(".report table").count()).resolves.toBeGreaterThan(10);
    expect(await brokenWords(page)).toEqual([]);
    // The page itself never scrolls sideways: only a table region may.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const regions = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".table-wrap")]
        .filter((wrap) => wrap.scrollWidth > wrap.clientWidth)
        .map((wrap) => ({ label: wrap.getAttribute("aria-label") ?? "", tabIndex: wrap.tabIndex, role: wrap.getAttribute("role") })),
    );
    for (const region of regions) expect(region).toEqual({ label: expect.stringMatching(/\S/), tabIndex: 0, role: "region" });
    // Badges: one line box each, no taller than one line.
    const badges = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".report .status")]
        .filter((badge) => badge.offsetParent !== null)
        .map((badge) => ({
          text: badge.textContent,
          lines: badge.getClientRects().length,
          tall: badge.getBoundingClientRect().height > 1.9 * parseFloat(getComputedStyle(badge).fontSize),
        })),
    );
    expect(badges.length).toBeGreaterThan(1);
    for (const badge of badges) expect(badge).toEqual({ text: badge.text, lines: 1, tall: false });
    // Network labels: at least 11 px tall on screen, and every organisation named in the list under the picture.
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll("svg.network-picture text")].map((text) => Math.round(text.getBoundingClientRect().height)),
    );
    expect(labels.length).toBeGreaterThan(2);
    for (const height of labels) expect(height).toBeGreaterThanOrEqual(11);
    await expect(page.locator(".network-numbers li").count()).resolves.toBe(labels.length);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it("is readable with JavaScript off: every figure and table comes from the server", async () => {
    const context = await newContext(browser, { width: 360, javaScriptEnabled: false });
    const page = await context.newPage();
    await openReport(page);
    await expect(page.locator("h1").innerText()).resolves.toContain("Joint report");
    for (const section of ["who-answered", "headline", "dimensions", "listening", "actions", "network"]) {
      await expect(page.locator(`#${section}`).isVisible()).resolves.toBe(true);
    }
    await expect(page.locator("#who-answered tbody tr").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#dimensions table tbody tr").count()).resolves.toBeGreaterThan(10);
    await expect(page.locator("#listening tbody td").first().innerText()).resolves.toMatch(/\d/);
    await expect(page.locator("svg.network-picture line").count()).resolves.toBeGreaterThan(0);
    // Nothing is drawn, and nothing is missing: each chart names the table that holds its numbers.
    await expect(page.locator("canvas[data-drawn]").count()).resolves.toBe(0);
    for (const id of await page.locator("canvas[data-chart]").evaluateAll((els) => els.map((el) => el.getAttribute("aria-describedby")))) {
      await expect(page.locator(`table#${id} tbody tr`).count()).resolves.toBeGreaterThan(0);
    }
    await context.close();
  });

  it("ships no React and fetches chart.js only after the page has loaded, then draws every chart", async () => {
    const grace = await signInOverHttp(baseURL(), "grace@openhorizons.example");
    const home = await getHtml(grace, "/");
    const href = /href="(\/reports\/\d+)"/.exec(home.html)![1];
    const { status, html } = await getHtml(grace, href);
    expect(status).toBe(200);
    // The document's own scripts: the chart drawer alone; no module, no preload, no chart.js.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["/scripts/report-charts.js"]);
    expect(html).not.toMatch(/modulepreload|type="module"|\/build\/|chart\.umd/);

    const context = await newContext(browser, { width: 360 });
    const page = await context.newPage();
    await openReport(page);
    const charts = await page.locator("canvas[data-chart]").count();
    expect(charts).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelectorAll("canvas[data-drawn]").length === n, charts);
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const chart = performance.getEntriesByType("resource").filter((entry) => entry.name.includes("chart.umd"));
      return { loadEventStart: navigation.loadEventStart, chartStarts: chart.map((entry) => entry.startTime) };
    });
    expect(timing.chartStarts).toHaveLength(1);
    expect(timing.chartStarts[0]).toBeGreaterThanOrEqual(timing.loadEventStart);
    await context.close();
  });
});
