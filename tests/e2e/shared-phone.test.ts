// One phone, two people: an unsent story draft is bound to the person who typed it, is never put in front
// of another account, and is forgotten at sign-out. Played in one browser context, as a shared phone is.
import type { Browser, Page } from "playwright-core";
import { launch, newContext, signIn } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const draftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("sikiliza-story-draft:")));

async function typeUnsentStory(page: Page, words: string) {
  await page.goto("/stories/new");
  await page.fill("textarea[name=story]", words);
  await page.waitForFunction((text) => Object.values(window.localStorage).some((v) => String(v).includes(text)), words);
}

describe("a story draft on a shared phone", () => {
  it("is forgotten when its writer signs out, so the next account finds an empty form", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "juma@tumaini.example");
    const words = `Juma's unsent words ${Date.now()}`;
    await typeUnsentStory(page, words);
    // Juma reads Swahili: the page says, in his language, that the draft stays on this phone.
    await expect(page.locator("p", { hasText: "kinahifadhiwa kwenye simu hii" }).count()).resolves.toBe(1);
    await page.click('form[action="/logout"] button');
    await page.waitForURL((url) => url.pathname === "/login" && url.searchParams.get("signed_out") === "1");
    await page.waitForFunction(() => Object.keys(window.localStorage).every((k) => !k.startsWith("sikiliza-story-draft:")));
    await signIn(page, "otieno@tumaini.example");
    await page.goto("/stories/new");
    await expect(page.locator("textarea[name=story]").inputValue()).resolves.toBe("");
    await expect(page.content()).resolves.not.toContain(words);
    await context.close();
  });

  it("is never shown to another account even when nobody signed out", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "juma@tumaini.example");
    const words = `Left behind ${Date.now()}`;
    await typeUnsentStory(page, words);
    await context.clearCookies();
    await signIn(page, "otieno@tumaini.example");
    await page.goto("/stories/new");
    await expect(page.locator("textarea[name=story]").inputValue()).resolves.toBe("");
    await expect(page.locator("[data-draft-restored]").isVisible()).resolves.toBe(false);
    // Juma's draft is still his, under his own key, for when he comes back.
    await expect(draftKeys(page)).resolves.toHaveLength(1);
    await context.clearCookies();
    await signIn(page, "juma@tumaini.example");
    await page.goto("/stories/new");
    await expect(page.locator("textarea[name=story]").inputValue()).resolves.toBe(words);
    await context.close();
  });
});
