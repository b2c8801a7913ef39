// Answering in a real browser against the built demo server, reached the way people reach it: from the
// home page's "Waiting for you" list. The demo's open round waits for Juma (partnership-view, Swahili),
// Sanne (self-reflection) and Otieno (partnership-view and, as coordinator, the decision map).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launch, newContext, seriousA11yViolations, signIn } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openWaiting(page: Page, instrument: string) {
  await page.goto("/");
  const link = page.locator(`section[aria-labelledby="waiting-title"] a[href$="/respond/${instrument}"]`);
  await Promise.all([page.waitForURL(`**/respond/${instrument}**`), link.first().click()]);
}

/** The page's laid-out width from the browser itself, so it works with JavaScript off too. */
async function contentWidth(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const metrics = (await cdp.send("Page.getLayoutMetrics")) as { cssContentSize: { width: number } };
  await cdp.detach();
  return metrics.cssContentSize.width;
}

const pressed = (page: Page, intent: string) =>
  Promise.all([page.waitForNavigation(), page.click(`form.respond-form button[name=intent][value=${intent}]`)]);

const position = (page: Page) => page.locator("p.muted").first().innerText();

describe("answering an instrument", () => {
  it("a community member answers partnership-view without JavaScript, page by page at 360 px, and sends it", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, width: 360 });
    const page = await context.newPage();
    await signIn(page, "juma@tumaini.example");
    await openWaiting(page, "partnership-view");
    expect(await page.locator('script[src^="/build/"]').count()).toBe(0);

    const example = "Tuliulizwa kabla ya bajeti kuandikwa 🙂 — “ndiyo”";
    for (let index = 0; index < 4; index++) {
      expect(await position(page)).toContain(`Ukurasa ${index + 1} kati ya 5`);
      expect(await contentWidth(context, page)).toBeLessThanOrEqual(360);
      const rating = page.locator("form.respond-form fieldset.question").first();
      await rating.locator('input[type=radio][value="4"]').check();
      if (index === 0) {
        await page.check('input[name=agenda][value="na"]');
        await page.fill("#q-decisions_example", example);
      }
      await pressed(page, "next");
    }
    expect(await position(page)).toContain("Ukurasa 5 kati ya 5");
    expect(await contentWidth(context, page)).toBeLessThanOrEqual(360);
    await page.check('input[name=consent][value="partners"]');
    await pressed(page, "submit");

    await expect(page.locator("[data-draft-sent] [role=status]").innerText()).resolves.toContain("Asante: majibu yako yametumwa.");
    await page.click("[data-draft-sent] a[href$='?page=0']");
    await expect(page.inputValue("#q-decisions_example")).resolves.toBe(example);
    await expect(page.isChecked('input[name=agenda][value="na"]')).resolves.toBe(true);
    await context.close();
  });

  it("a community coordinator maps who decides what without JavaScript at 360 px, one radio per topic, and sends it", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, width: 360 });
    const page = await context.newPage();
    await signIn(page, "otieno@tumaini.example");
    await openWaiting(page, "decision-map");
    expect(await page.locator('script[src^="/build/"]').count()).toBe(0);
    expect(await contentWidth(context, page)).toBeLessThanOrEqual(360);
    await page.check('input[name="actual.budget"][value="ingo_consulting"]');
    await page.check('input[name="actual.hiring"][value="funder"]');
    await pressed(page, "next");
    expect(await contentWidth(context, page)).toBeLessThanOrEqual(360);
    await page.check('input[name="desired.budget"][value="community_consulting"]');
    await pressed(page, "submit");
    await expect(page.locator("[data-draft-sent] [role=status]").innerText()).resolves.toContain("Thank you");
    await page.click("[data-draft-sent] a[href$='?page=0']");
    await expect(page.isChecked('input[name="actual.budget"][value="ingo_consulting"]')).resolves.toBe(true);
    await expect(page.isChecked('input[name="actual.hiring"][value="funder"]')).resolves.toBe(true);
    await context.close();
  });

  it("an INGO staff member answers self-reflection with JavaScript on, and a failed send loses nothing", async () => {
    const context = await newContext(browser, { javaScriptEnabled: true, width: 390 });
    const page = await context.newPage();
    await signIn(page, "sanne@ghp.example");
    await openWaiting(page, "self-reflection");
    // No Remix JavaScript on this page: only the small keep-draft script.
    expect(await page.locator('script[src^="/build/"]').count()).toBe(0);
    expect(await page.locator('script[src="/scripts/keep-draft.js"]').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Asked per community partner (ADR 017): each partner named in its own question, fields `<rating>__<orgId>`.
    await expect(page.locator("form.respond-form").innerText()).resolves.toContain("together with Tumaini Men's Collective.");
    await expect(page.locator("form.respond-form").innerText()).resolves.toContain("together with Pamoja Harm Reduction Network.");
    await page.locator('input[name^="decisions_self__"][value="5"]').first().check();
    await page.locator('input[name^="decisions_prediction__"][value="3"]').first().check();
    await pressed(page, "next");
    const url = page.url();
    const typed = "We changed the outreach plan after Tumaini told us the clinic hours did not work.";
    await page.fill("#q-knowledge_example", typed);
    await page.locator('input[name^="knowledge_self__"][value="4"]').first().check();

    // The network drops as the person presses "next": the send fails, the browser shows its error page.
    await context.setOffline(true);
    await page.click("form.respond-form button[value=next]").catch(() => undefined);
    await page.waitForLoadState("domcontentloaded").catch(() => undefined);
    await context.setOffline(false);
    await page.goto(url);
    await expect(page.inputValue("#q-knowledge_example")).resolves.toBe(typed);
    await expect(page.locator('input[name^="knowledge_self__"][value="4"]').first().isChecked()).resolves.toBe(true);
    await expect(page.locator("[data-draft-restored]").isVisible()).resolves.toBe(true);

    for (let index = 1; index < 5; index++) await pressed(page, "next");
    await page.check('input[name=consent][value="report"]');
    await pressed(page, "submit");
    await expect(page.locator("[data-draft-sent] [role=status]").innerText()).resolves.toContain("Thank you: your answers were sent.");
    const drafts = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("sikiliza-draft:")));
    expect(drafts).toEqual([]);
    await page.goto(`${new URL(url).pathname}?page=1`);
    await expect(page.inputValue("#q-knowledge_example")).resolves.toBe(typed);
    await context.close();
  });

  it("a person who stops halfway continues on another device on the same page, earlier answers kept", async () => {
    const first = await newContext(browser, { javaScriptEnabled: false });
    const page = await first.newPage();
    await signIn(page, "otieno@tumaini.example");
    await openWaiting(page, "partnership-view");
    await page.check('input[name=decisions][value="2"]');
    await pressed(page, "next");
    await page.check('input[name=knowledge][value="5"]');
    await page.fill("#q-knowledge_example", "Our peer educators trained their staff.");
    await pressed(page, "save");
    await expect(page.locator("p.notice[role=status]").innerText()).resolves.toContain("You can stop now");
    await first.close();

    const second = await newContext(browser, { javaScriptEnabled: true });
    const other = await second.newPage();
    await signIn(other, "otieno@tumaini.example");
    await openWaiting(other, "partnership-view");
    expect(await position(other)).toContain("Page 2 of 5");
    await expect(other.isChecked('input[name=knowledge][value="5"]')).resolves.toBe(true);
    await expect(other.inputValue("#q-knowledge_example")).resolves.toBe("Our peer educators trained their staff.");
    await pressed(other, "back");
    expect(await position(other)).toContain("Page 1 of 5");
    await expect(other.isChecked('input[name=decisions][value="2"]')).resolves.toBe(true);
    await second.close();
  });
});
