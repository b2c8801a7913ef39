// Debian's Chromium driven by playwright-core; no browser is ever downloaded.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import fs from "node:fs";
import { createRequire } from "node:module";
import { inject } from "vitest";

export const baseURL = () => inject("baseURL");

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export async function newContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; width?: number; locale?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseURL(),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 360, height: 740 },
    locale: options.locale ?? "en-GB",
  });
}

export async function signIn(page: Page, email: string, password = "listen-first-demo") {
  await page.goto("/login");
  await page.fill("#email", email);
  await page.fill("#password", password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.click("button[type=submit].primary")]);
}

export async function waitForHydration(page: Page) {
  await page.waitForFunction(
    () => (window as unknown as { __remixRouter?: { state?: { initialized?: boolean } } }).__remixRouter?.state?.initialized,
  );
}

/** Runs axe-core from node_modules inside the page; returns serious and critical violations. */
export async function seriousA11yViolations(page: Page) {
  const source = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
}
