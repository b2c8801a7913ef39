// The INGO's side of the loop in a real browser on the demo server: Sanne reads a shared story, answers it
// and makes an action from it; Otieno sees the read receipt and, once the action is done, confirms it.
import Database from "better-sqlite3";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import { launch, newContext, seriousA11yViolations, signIn } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Ids only, read from the server's database: which of Tumaini's shared stories nobody has opened or answered
 * yet. Ids, scopes and organisations are plain columns; no text is read (it is sealed anyway).
 */
function unreadTumainiStory() {
  const sqlite = new Database(path.join(inject("dataDir"), "sikiliza.db"), { readonly: true, fileMustExist: true });
  try {
    return sqlite
      .prepare(
        `select s.public_id as storyId, s.organisation_id as organisationId, s.partnership_id as partnershipId from stories s
         join organisations o on o.id = s.organisation_id
         where o.name like 'Tumaini%' and s.scope in ('partners', 'report') and s.withdrawn_at is null
           and not exists (select 1 from story_reads r where r.story_id = s.id)
           and not exists (select 1 from story_answers a where a.story_id = s.id)
         order by s.created_at desc limit 1`,
      )
      .get() as { storyId: string; organisationId: number; partnershipId: number } | undefined;
  } finally {
    sqlite.close();
  }
}

async function signedIn(email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await newContext(browser, { javaScriptEnabled });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

describe("the listening loop, INGO side", () => {
  it("Sanne reads and answers a shared story and acts on it; Otieno sees the receipt and confirms the action", async () => {
    const target = unreadTumainiStory();
    expect(target, "the demo has an unread shared story of Tumaini").toBeTruthy();
    const { storyId, organisationId } = target!;

    // Sanne, without JavaScript: the inbox, the story, the answer.
    const sanne = await signedIn("sanne@ghp.example", false);
    await sanne.goto("/inbox");
    await expect(sanne.locator("h1").innerText()).resolves.toBe("Inbox");
    await Promise.all([sanne.waitForURL(`**/inbox/${storyId}`), sanne.click(`a[href="/inbox/${storyId}"]`)]);
    await sanne.fill("#heard", "We heard that nobody asked you before deciding. Tumesikia.");
    await sanne.fill("#will_do", "We will ask Tumaini before the next schedule is printed.");
    await Promise.all([sanne.waitForURL(`**/inbox/${storyId}`), sanne.click("button:has-text('Send answer')")]);
    await expect(sanne.locator(".answers").innerText()).resolves.toContain("We will ask Tumaini before the next schedule is printed.");

    // An action made from the story comes with the story ticked.
    await Promise.all([sanne.waitForURL("**/actions/new?story=*"), sanne.click("text=Make a new action from this story")]);
    expect(await sanne.isChecked(`#story-${storyId}`)).toBe(true);
    await sanne.fill("#action-title", "Ask Tumaini before printing the outreach schedule");
    await Promise.all([sanne.waitForURL(/\/actions\/\d+$/), sanne.click("button:has-text('Create action')")]);
    const actionPath = new URL(sanne.url()).pathname;
    await expect(sanne.locator("h1").innerText()).resolves.toBe("Ask Tumaini before printing the outreach schedule");

    // Otieno sees who at GHP read his organisation's story first.
    const otieno = await signedIn("otieno@tumaini.example");
    await otieno.goto(`/organisations/${organisationId}/stories/${storyId}`);
    await expect(otieno.locator(".read-receipt").innerText()).resolves.toContain("First read by Sanne de Vries");

    // Sanne marks the action done; Otieno says it happened; the action shows both.
    await sanne.selectOption("#action-status", "done");
    await Promise.all([sanne.waitForURL(`**${actionPath}`), sanne.click("button:has-text('Save')")]);
    await otieno.goto(actionPath);
    await expect(otieno.locator("main").innerText()).resolves.toContain("waiting for the community to confirm");
    await otieno.check("#decision-confirmed");
    await Promise.all([otieno.waitForURL(`**${actionPath}`), otieno.click("button:has-text('Send our answer')")]);
    const shown = await otieno.locator("main").innerText();
    expect(shown).toContain("Marked done");
    expect(shown).toContain("the community confirms it happened");
    await sanne.context().close();
    await otieno.context().close();
  });

  it("is not there for a community member, and the inbox has no serious accessibility violation", async () => {
    const juma = await signedIn("juma@tumaini.example");
    const response = await juma.goto("/inbox");
    expect(response?.status()).toBe(404);
    await juma.context().close();
    const sanne = await signedIn("sanne@ghp.example");
    await sanne.goto("/inbox");
    expect(await seriousA11yViolations(sanne)).toEqual([]);
    await sanne.context().close();
  });
});
