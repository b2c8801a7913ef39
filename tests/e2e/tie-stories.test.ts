// An example on a collaboration tie, in a real browser with JavaScript off on a 360 px phone (docs/decisions/029):
// the Tumaini coordinator answers the demo's open network instrument, gets a link per organisation on the
// confirmation page, and tells an example of one tie through the ordinary story form.
import type { Browser, Page } from "playwright-core";
import { launch, newContext, signIn } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pressed = (page: Page, intent: string) =>
  Promise.all([page.waitForNavigation(), page.click(`form.respond-form button[name=intent][value=${intent}]`)]);

describe("an example on a tie", () => {
  it("is offered per organisation once the network is sent, and told as a story without JavaScript", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, width: 360 });
    const page = await context.newPage();
    await signIn(page, "otieno@tumaini.example");
    await page.goto("/");
    const network = page.locator('a[href$="/respond/collaboration-network"]').first();
    await Promise.all([page.waitForURL("**/respond/collaboration-network**"), network.click()]);
    expect(await page.locator('script[src^="/build/"]').count()).toBe(0);

    // "No" for every organisation: no follow-up page is shown, the one page is the last.
    const names = await page.$$eval('input[type=radio][name^="worked_together__"][value="false"]', (all) =>
      all.map((input) => (input as HTMLInputElement).name),
    );
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) await page.check(`input[name="${name}"][value="false"]`);
    await pressed(page, "submit");

    const links = page.locator("section.tie-stories a");
    expect(await links.count()).toBe(names.length);
    const first = links.first();
    const label = await first.innerText();
    await Promise.all([page.waitForURL("**/stories/new?**tie=**"), first.click()]);
    const organisation = label.replace(/^Add an example about /, "");
    await expect(page.locator(".story-tell .notice").first().innerText()).resolves.toContain(organisation);

    await page.fill("textarea[name=story]", `We tried to plan outreach with ${organisation} and could not find a date ${Date.now()}.`);
    await page.check('input[name=dimensions][value="decisions"]');
    await page.check('input[name=felt][value="2"]');
    await page.check('input[name=power][value="them"]');
    await page.check('input[name=consent][value="community"]');
    await Promise.all([page.waitForNavigation(), page.click(".story-form button[type=submit]")]);
    await expect(page.locator("[data-story-confirmed]").count()).resolves.toBe(1);
    await context.close();
  });
});
