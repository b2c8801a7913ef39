// The Road to Progress and a goal tree in a real browser without JavaScript, on the demo server: a community
// member and an INGO staff member each change the road through plain forms, the drawing follows the list, the
// history names what each did, and the printed page keeps the drawing and the list but not the forms.
import type { Browser, Page } from "playwright-core";
import { launch, newContext, seriousA11yViolations, signIn } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function withoutScript(email: string, javaScriptEnabled = false): Promise<Page> {
  const context = await newContext(browser, { javaScriptEnabled, width: 1280 });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The partnership page of the person's first partnership, as their home page links it. */
async function partnershipOf(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.$eval("a[href^='/partnerships/']", (a) => a.getAttribute("href")!);
  return /^\/partnerships\/\d+/.exec(href)![0];
}

/** The keys of the items drawn and listed on the page, in document order. */
const keysIn = (page: Page, scope: string) =>
  page.$$eval(`${scope} [data-words]`, (els) => [...new Set(els.map((e) => e.getAttribute("data-words")))]);

describe("the Road to Progress, without JavaScript", () => {
  it("is changed by a community member and by INGO staff; the drawing, the list and the history follow", async () => {
    const juma = await withoutScript("juma@tumaini.example");
    await juma.goto(await partnershipOf(juma));
    await Promise.all([juma.waitForURL("**/road"), juma.click("nav a[href$='/road']")]);
    expect(await keysIn(juma, "svg.road-drawing")).toEqual(await keysIn(juma, ".road-list"));
    expect((await keysIn(juma, ".road-list")).filter((k) => k!.startsWith("milestone:"))).toHaveLength(4);

    await juma.fill("#add-milestone-title", "Peer educators on the county's health committee");
    await Promise.all([juma.waitForURL(/\/road#item-\d+$/), juma.click("#add-milestone button[type=submit]")]);
    await expect(juma.locator("svg.road-drawing").innerHTML()).resolves.toContain("Peer educators on the county");
    expect(await keysIn(juma, "svg.road-drawing")).toEqual(await keysIn(juma, ".road-list"));

    const sanne = await withoutScript("sanne@ghp.example");
    await sanne.goto(new URL(juma.url()).pathname);
    const last = sanne.locator(".road-list > li").last();
    await last.locator("summary").click();
    await last.locator("select[name=status]").selectOption("under_way");
    await Promise.all([sanne.waitForURL(/#item-\d+$/), last.locator("button:has-text('Save')").click()]);
    await expect(sanne.locator("svg.road-drawing title").last().textContent()).resolves.toContain("under way");
    const history = await sanne.locator(".plan-history").innerText();
    expect(history).toContain(
      "Sanne de Vries (Global Health Partners) set “Peer educators on the county's health committee” from planned to under way",
    );
    expect(history).toContain("Tumaini");
    expect(history).not.toContain("Juma Mwangi");
    // axe runs in the page: a second look at the same (script-free) page with scripts allowed.
    const checker = await withoutScript("sanne@ghp.example", true);
    await checker.goto(new URL(sanne.url()).pathname);
    expect(await seriousA11yViolations(checker)).toEqual([]);
    await checker.context().close();

    // On paper: the drawing and the list, no forms.
    await sanne.emulateMedia({ media: "print" });
    expect(await sanne.locator("svg.road-drawing").isVisible()).toBe(true);
    expect(await sanne.locator(".road-list").isVisible()).toBe(true);
    expect(await sanne.locator("#add-milestone").isVisible()).toBe(false);
    expect(await sanne.locator("details.plan-change").first().isVisible()).toBe(false);
    await sanne.context().close();
    await juma.context().close();
  }, 120_000);

  it("shows the demo's goal tree as drawn and listed, and refuses an empty cause naming the field", async () => {
    const otieno = await withoutScript("otieno@tumaini.example");
    await otieno.goto(`${await partnershipOf(otieno)}/goals`);
    await Promise.all([otieno.waitForURL(/\/goals\/\d+$/), otieno.click("a:has-text('Working together')")]);
    const drawn = await keysIn(otieno, "svg.goal-tree-drawing");
    expect(drawn.length).toBe(10);
    expect([...drawn].sort()).toEqual([...(await keysIn(otieno, ".goal-tree-list"))].sort());
    const problem = otieno.locator(".goal-tree-list > li").first();
    await problem.locator(":scope > ul > li.plan-add > details > summary").click();
    await Promise.all([otieno.waitForLoadState("load"), problem.locator(":scope > ul > li.plan-add button[type=submit]").click()]);
    await expect(otieno.locator(".field-error").first().innerText()).resolves.toBe("Words: write between 1 and 200 characters.");
    expect((await keysIn(otieno, "svg.goal-tree-drawing")).length).toBe(10);
    await otieno.screenshot({ path: "/tmp/wt13/goal-tree.png", fullPage: true });
    await otieno.context().close();
  }, 120_000);
});
