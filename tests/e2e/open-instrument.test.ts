// The whole way of an instrument written elsewhere, in real browsers against a server of its own: a facilitator
// uploads a SurveyJS JSON and puts it in a round; members answer it on a phone, with JavaScript off and on, a
// question and a choice shown by an answer on the same page included; their coordinator downloads the answers as XLSX.
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { launch, signIn } from "./browser";
import { startDemoServer } from "./demo-server";
import type { ServerProcess } from "./server-process";

const INSTRUMENT = {
  title: { default: "Clinic visit", sw: "Ziara ya kliniki" },
  pages: [
    {
      elements: [
        {
          type: "boolean",
          name: "visited",
          title: { default: "Did you visit the clinic this month?", sw: "Je, ulitembelea kliniki mwezi huu?" },
          isRequired: true,
        },
        {
          type: "comment",
          name: "how it went",
          title: { default: "How did it go?", sw: "Ilikuwaje?" },
          visibleIf: "{visited} = true",
          isRequired: true,
        },
        {
          type: "radiogroup",
          name: "next visit",
          title: "Where will you go next time?",
          choices: [
            { value: "same", text: "The same clinic" },
            { value: "other", text: "Another clinic" },
            { value: "booked", text: "The follow-up they booked for me", visibleIf: "{visited} = true" },
          ],
        },
      ],
    },
  ],
};
const FOLLOW_UP = "#q-how_20it_20went";
// A choice that the same "visited" answer shows: listed with its condition without a script, hidden live with one.
const BOOKED = 'input[name="next%20visit"][value="booked"]';
const BOOKED_CHOICE = `li.choice:has(${BOOKED})`;

let server: ServerProcess;
let browser: Browser;
let respondPath = "";

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function as(email: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseURL,
    javaScriptEnabled,
    viewport: { width: 360, height: 740 },
    locale: "en-GB",
  });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const send = (page: Page) => Promise.all([page.waitForNavigation(), page.click("form.respond-form button[name=intent][value=submit]")]);

async function answer(email: string, javaScriptEnabled: boolean, steps: (page: Page) => Promise<void>) {
  const page = await as(email, javaScriptEnabled);
  await page.goto(respondPath);
  await steps(page);
  await expect(page.locator("[data-draft-sent] [role=status]").count()).resolves.toBe(1);
  await page.context().close();
}

describe("an instrument written elsewhere", () => {
  it("is uploaded by a facilitator and put in a round", { timeout: 120_000 }, async () => {
    const page = await as("facilitator@sikiliza.example", false);
    await page.goto("/admin");
    // The demo partnership by name: the benchmark partnerships beside it may sort before it.
    const partnership = /href="\/partnerships\/(\d+)">Nairobi Key Populations Programme</.exec(await page.content())![1];
    await page.goto(`/partnerships/${partnership}/instruments`);
    await page.fill("#instrument-name", "clinic-visit");
    await page.fill("#instrument-json", JSON.stringify(INSTRUMENT));
    await Promise.all([page.waitForNavigation(), page.click("button[type=submit].primary >> text=Check and add")]);
    await expect(page.locator("[role=status]").innerText()).resolves.toContain("clinic-visit");

    await page.goto(`/partnerships/${partnership}/rounds/new`);
    for (const box of await page.locator("input[name=instruments]").all())
      await box.setChecked((await box.getAttribute("value")) === "clinic-visit");
    await Promise.all([page.waitForURL(/\/rounds\/\d+$/), page.click("form button[type=submit].primary")]);
    respondPath = `${new URL(page.url()).pathname}/respond/clinic-visit`;
    await expect(page.locator("main").innerText()).resolves.toContain("Clinic visit");
    await page.context().close();
  });

  it(
    "is answered without JavaScript: the follow-up is on the page with its condition in words, required only when it holds",
    { timeout: 120_000 },
    async () => {
      await answer("juma@tumaini.example", false, async (page) => {
        await expect(page.locator("h1").innerText()).resolves.toBe("Ziara ya kliniki");
        await expect(page.locator(FOLLOW_UP).count()).resolves.toBe(1);
        await expect(page.locator(".question-condition").innerText()).resolves.toContain("Je, ulitembelea kliniki mwezi huu?");
        await page.check('input[name=visited][value="true"]');
        await send(page);
        // Not trapped: the refusal names the follow-up, which is right there to answer.
        await expect(page.locator(`${FOLLOW_UP}-error`).innerText()).resolves.toBeTruthy();
        await page.fill(FOLLOW_UP, "Walinisikiliza.");
        await send(page);
      });
      await answer("member2@tumaini.example", false, async (page) => {
        await expect(page.locator(BOOKED_CHOICE).innerText()).resolves.toContain("Did you visit the clinic this month?");
        await page.check('input[name=visited][value="false"]');
        await page.check(BOOKED);
        await send(page);
        // The choice's condition does not hold for the answer sent with it: refused, the field named, nothing stored.
        await expect(page.locator("#q-next_20visit-error").innerText()).resolves.toContain("The follow-up they booked for me");
        await expect(page.locator("[role=alert]").innerText()).resolves.toContain("Where will you go next time?");
        await page.check('input[name="next%20visit"][value="same"]');
        await send(page);
      });
    },
  );

  it("is answered with JavaScript: the follow-up appears and disappears with the answer above it", { timeout: 120_000 }, async () => {
    await answer("member1@tumaini.example", true, async (page) => {
      await expect(page.locator(FOLLOW_UP).isVisible()).resolves.toBe(false);
      await page.check('input[name=visited][value="true"]');
      await expect(page.locator(FOLLOW_UP).isVisible()).resolves.toBe(true);
      await page.fill(FOLLOW_UP, "Quick and kind.");
      await send(page);
    });
    for (const email of ["member3@tumaini.example", "member4@tumaini.example"]) {
      await answer(email, true, async (page) => {
        await expect(page.locator(BOOKED_CHOICE).isVisible()).resolves.toBe(false);
        await page.check('input[name=visited][value="true"]');
        await expect(page.locator(BOOKED_CHOICE).isVisible()).resolves.toBe(true);
        await page.check(BOOKED);
        await page.fill(FOLLOW_UP, "Typed, then taken back.");
        await page.check('input[name=visited][value="false"]');
        await expect(page.locator(FOLLOW_UP).isVisible()).resolves.toBe(false);
        // The choice goes with the answer that showed it, and is not sent.
        await expect(page.locator(BOOKED_CHOICE).isVisible()).resolves.toBe(false);
        await expect(page.locator(BOOKED).isDisabled()).resolves.toBe(true);
        await send(page);
      });
    }
  });

  it(
    "is downloaded by the members' coordinator as XLSX, one row per answer, a hidden follow-up left empty",
    { timeout: 120_000 },
    async () => {
      const page = await as("otieno@tumaini.example", true);
      await page.goto(respondPath.replace(/\/respond\/.*$/, ""));
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("a[href$='/clinic-visit.xlsx']")]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile((await download.path())!);
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const column = (name: string) =>
        Array.from({ length: sheet.rowCount - 1 }, (_, index) => sheet.getRow(index + 2).getCell(header.indexOf(name) + 1).value);
      expect(column("visited").sort()).toEqual([false, false, false, true, true]);
      expect(column("how it went").filter(Boolean).sort()).toEqual(["Quick and kind.", "Walinisikiliza."]);
      await page.context().close();
    },
  );
});
