// Reaching a member who has only a phone, and letting the community translate: in a real browser without
// JavaScript, Otieno invites a member who accepts with a phone number alone, signs in with it and later adds an
// address; Otieno names them translator; they translate a story Juma shares; Sanne reads it beside the
// original; once un-named, the desk is gone. The new member is made here, so no demo person changes role.
import Database from "better-sqlite3";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import { baseURL, launch, newContext, signIn } from "./browser";
import { postForm, signInOverHttp } from "./http";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function tumainiId(): number {
  const sqlite = new Database(path.join(inject("dataDir"), "sikiliza.db"), { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare("select id from organisations where name like 'Tumaini%'").get() as { id: number }).id;
  } finally {
    sqlite.close();
  }
}

async function page(javaScriptEnabled = false): Promise<Page> {
  return (await newContext(browser, { javaScriptEnabled })).newPage();
}

describe("a member reached by phone, named translator", () => {
  it("accepts with a phone number, adds an address later, translates a shared story, and loses the desk when un-named", async () => {
    const organisation = tumainiId();
    const unique = String(Date.now()).slice(-7);
    const phone = `+254 7${unique.slice(0, 2)} ${unique.slice(2)}0`;
    const email = `neema-${unique}@example.org`;
    const name = `Neema ${unique}`;
    const password = "a long passphrase for neema";

    const otieno = await page();
    await signIn(otieno, "otieno@tumaini.example");
    await otieno.goto(`/organisations/${organisation}/invite`);
    await otieno.check('input[name=role][value="member"]');
    await Promise.all([otieno.waitForSelector("#invite-link"), otieno.click("button[type=submit].primary")]);
    const link = await otieno.inputValue("#invite-link");

    const neema = await page();
    await neema.goto(link);
    await neema.fill("#name", name);
    await neema.fill("#phone", phone);
    await neema.fill("#password", password);
    await neema.fill("#confirm", password);
    await Promise.all([neema.waitForURL((url) => url.pathname === "/login"), neema.click("button[type=submit].primary")]);
    // Signing in with the phone number, in another spelling of it.
    await signIn(neema, phone.replace(/ /g, "-"), password);
    await neema.goto("/account/reach");
    await neema.fill("#email", email);
    await neema.check('input[name=channel][value="email"]');
    await Promise.all([neema.waitForURL((url) => url.searchParams.get("saved") === "1"), neema.click("button[type=submit].primary")]);
    await neema.context().clearCookies();
    await signIn(neema, email, password);
    await expect(neema.locator("body").innerText()).resolves.toContain(name);

    await otieno.goto(`/organisations/${organisation}/translators`);
    await Promise.all([
      otieno.waitForURL((url) => url.searchParams.get("done") === "named"),
      otieno.click(`button:has-text("Name ${name} translator")`),
    ]);

    const juma = await signInOverHttp(baseURL(), "juma@tumaini.example");
    const words = `Tulipanga ratiba wenyewe ${unique}`;
    const told = await postForm(
      baseURL(),
      "/stories/new",
      {
        client_id: crypto.randomUUID(),
        story: words,
        dimensions: ["listening"],
        felt: "4",
        power: "shared",
        consent: "partners",
        attribution: "anonymous",
      },
      juma.cookie,
    );
    expect(told.status).toBe(200);

    await neema.goto(`/organisations/${organisation}/translate`);
    const card = neema.locator("li.card", { hasText: words });
    await expect(card.count()).resolves.toBe(1);
    await Promise.all([neema.waitForURL(/\/translate\/[A-Za-z0-9_-]{22}$/), card.locator("a").click()]);
    const storyPath = new URL(neema.url()).pathname;
    const storyId = storyPath.split("/").pop()!;
    await neema.selectOption("#translation-language", "nl");
    await neema.fill("#translation-text", `We maakten het rooster zelf ${unique}`);
    await Promise.all([
      neema.waitForURL((url) => url.searchParams.get("saved") === "1"),
      neema.click("button:has-text('Save the translation')"),
    ]);

    const sanne = await page();
    await signIn(sanne, "sanne@ghp.example");
    await sanne.goto(`/inbox/${storyId}`);
    const story = await sanne.locator("main").innerText();
    expect(story).toContain(words);
    expect(story).toContain(`We maakten het rooster zelf ${unique}`);
    expect(story).toContain(`Translated by ${name}`);

    await otieno.goto(`/organisations/${organisation}/translators`);
    await Promise.all([
      otieno.waitForURL((url) => url.searchParams.get("done") === "unnamed"),
      otieno.click(`button:has-text("${name} is no longer translator")`),
    ]);
    for (const closed of [`/organisations/${organisation}/translate`, storyPath]) {
      const response = await neema.goto(closed);
      expect(response?.status(), closed).toBe(404);
      await expect(neema.content()).resolves.not.toContain(words);
    }
    for (const p of [otieno, neema, sanne]) await p.context().close();
  });
});
