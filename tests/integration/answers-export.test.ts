// Every question type through the whole path — rendered, posted as a plain form, validated, stored with its
// type, exported — and the export's rules: only the organisation's own coordinators, only when at least k
// answered, formula-safe CSV, an XLSX a library reads back.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import * as csvExport from "../../app/routes/organisations.$organisationId.answers.$roundId.$instrument[.csv]";
import * as xlsxExport from "../../app/routes/organisations.$organisationId.answers.$roundId.$instrument[.xlsx]";
import * as instrumentsPage from "../../app/routes/partnerships.$partnershipId.instruments";
import { getProgress } from "../../app/models/rounds/responses.server";
import type { AnswerView } from "../../app/models/rounds/types";
import { fullAnswers } from "../support/fill-page";
import { BASE, get, post, request, route } from "../support/route-calls";
import { buildAlliance, openRound, type Member } from "../support/world";
import { respondPath, respondRoute } from "./respond-route";

const EVERY_TYPE = fs.readFileSync(path.resolve(import.meta.dirname, "../data/every-type.json"), "utf8");
const FORMULA = '=HYPERLINK("http://attacker.example","click")';

function coast() {
  const world = buildAlliance({
    organisations: {
      clo: { name: "Amani Collective", kind: "community_led" },
      other: { name: "Sauti Network", kind: "community_led" },
      ingo: { name: "Global Aid", kind: "ingo" },
    },
    partnership: { name: "Coast Programme", k: 3, members: { clo: "community_partner", other: "community_partner", ingo: "ingo_partner" } },
    people: {
      facilitator: { name: "Facilitator", facilitator: true },
      coordinator: { name: "Achieng", of: "clo", role: "coordinator" },
      juma: { name: "Juma", of: "clo" },
      neema: { name: "Neema", of: "clo", language: "sw" },
      baraka: { name: "Baraka", of: "clo" },
      otherCoordinator: { name: "Wanjiru", of: "other", role: "coordinator" },
    },
  });
  return world;
}
type World = ReturnType<typeof coast>;

async function setUp() {
  const world = coast();
  await post(
    route(instrumentsPage, "/partnerships/:partnershipId/instruments"),
    `/partnerships/${world.partnershipId}/instruments`,
    world.people.facilitator.cookie,
    {
      name: "every-type",
      json: EVERY_TYPE,
    },
  );
  const { juma, neema, baraka } = world.people;
  const roundId = openRound(world.partnershipId, {
    instruments: ["every-type"],
    invitees: [juma, neema, baraka].map((person) => ({ personId: person.id, organisationId: world.orgs.clo, instrument: "every-type" })),
  });
  return { world, roundId };
}

/** A member answers every page; `override` replaces the value of a field wherever it appears. */
async function answer(roundId: number, person: Member, override: Record<string, string> = {}) {
  const at = respondPath(roundId, "every-type");
  for (let step = 0; step < 10; step++) {
    const view = ((await get(respondRoute, at, person.cookie)).data as { view: AnswerView }).view;
    if (view.mode !== "answer") return;
    const answers = fullAnswers(view.page).map(([field, value]): [string, string] => [field, override[field] ?? value]);
    const sent = await post(respondRoute, at, person.cookie, [
      ["intent", view.isLast ? "submit" : "next"],
      ["page", String(view.page.pageIndex)],
      ...(view.clientId ? [["clientId", view.clientId] as [string, string]] : []),
      ...answers,
    ]);
    if (sent.status !== 302) throw new Error(sent.body.slice(0, 500));
  }
}

const exportPath = (world: World, roundId: number, organisation: number, format: string) =>
  `/organisations/${organisation}/answers/${roundId}/every-type.${format}`;
const csvRoute = route(csvExport, "/organisations/:organisationId/answers/:roundId/:instrument.csv");
const xlsxRoute = route(xlsxExport, "/organisations/:organisationId/answers/:roundId/:instrument.xlsx");

describe("every question type", () => {
  it("is stored with its own type: numbers as numbers, choices as their values, cells and ranks in place", async () => {
    const { world, roundId } = await setUp();
    await answer(roundId, world.people.juma, { "Age%20Now": "34", "visits.clinic.times": "3" });
    const stored = getProgress(roundId, "every-type", world.people.juma.id)!;
    expect(stored.status).toBe("submitted");
    expect(stored.answers).toMatchObject({
      "Full name": "An answer given here",
      "Age Now": 34,
      "visit-date": "2020-01-01",
      "story.text": "An answer given here, in a few words.",
      smokes: true,
      "how much": "An answer given here",
      colour: "red",
      fruits: ["apple"],
      tags: ["one"],
      nps: 0,
      mood: "sad",
      services: { counselling: "poor", testing: "poor" },
      visits: { clinic: { times: 3, quality: 1 }, outreach: { times: 1, quality: 1 } },
      contact: { phone: "+254 700 000000", city: "An answer given here" },
      priorities: ["housing", "health", "work"],
      district: "Mombasa",
      favourite: "apple",
    });
    // A read-only question posts nothing; what the author set stays the author's.
    expect(stored.answers).not.toHaveProperty("clinic");
  });
});

describe("the author's own messages", () => {
  it("are what a person reads when a validator refuses an answer, in their language", async () => {
    const { world, roundId } = await setUp();
    const at = respondPath(roundId, "every-type");
    const view = ((await get(respondRoute, at, world.people.juma.cookie)).data as { view: AnswerView }).view;
    const answers = fullAnswers(view.page).map(([field, value]): [string, string] => [
      field,
      field === "email" ? "someone@other.example" : value,
    ]);
    const refused = await post(respondRoute, at, world.people.juma.cookie, [["intent", "next"], ["page", "0"], ...answers]);
    expect((refused.data as { errors: Record<string, string> }).errors.email).toBe("Use your example.org address");
    const swahiliRefused = await post(respondRoute, at, world.people.neema.cookie, [["intent", "next"], ["page", "0"], ...answers]);
    expect((swahiliRefused.data as { errors: Record<string, string> }).errors.email).toBe("Tumia anwani yako ya example.org");
  });
});

describe("exporting an organisation's answers", () => {
  it("gives its coordinator one row per response, formula-safe CSV and an XLSX that reads back with its types", async () => {
    const { world, roundId } = await setUp();
    await answer(roundId, world.people.juma, { "story%2Etext": FORMULA, "Age%20Now": "34" });
    await answer(roundId, world.people.neema, { "Age%20Now": "51" });
    await answer(roundId, world.people.baraka, { "Age%20Now": "19" });
    const cookie = world.people.coordinator.cookie;

    const csv = await get(csvRoute, exportPath(world, roundId, world.orgs.clo, "csv"), cookie);
    expect(csv.status).toBe(200);
    const rows = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]["story.text"]).toBe(`'${FORMULA}`);
    expect(rows.map((row) => row["Age Now"])).toEqual(["34", "51", "19"]);
    expect(rows[0]["colour (text)"]).toBe("red");
    expect(rows[0]["nps"]).toBe("0");
    expect(rows[0]["visits.clinic.times"]).toBe("1");
    expect(Object.keys(rows[0]).slice(0, 3)).toEqual(["response", "version", "submitted_on"]);
    // No person's name in the export.
    expect(csv.body).not.toContain("Juma");

    const xlsx = await fetchBytes(xlsxRoute, exportPath(world, roundId, world.orgs.clo, "xlsx"), cookie);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1);
    expect(sheet.rowCount).toBe(4);
    expect(cell(2, "Age Now").value).toBe(34);
    expect(cell(2, "story.text").value).toBe(FORMULA);
    expect(cell(2, "story.text").formula).toBeUndefined();
    expect(cell(2, "smokes").value).toBe(true);
  });

  it("is refused while fewer than k of the organisation answered, and to anyone but its coordinators", async () => {
    const { world, roundId } = await setUp();
    await answer(roundId, world.people.juma);
    const own = exportPath(world, roundId, world.orgs.clo, "csv");
    const tooFew = await get(csvRoute, own, world.people.coordinator.cookie);
    expect(tooFew.status).toBe(409);
    expect(tooFew.body).toContain("at least 3");
    await answer(roundId, world.people.neema);
    expect((await get(csvRoute, own, world.people.coordinator.cookie)).status).toBe(409);
    await answer(roundId, world.people.baraka);
    expect((await get(csvRoute, own, world.people.coordinator.cookie)).status).toBe(200);
    for (const outsider of [world.people.otherCoordinator, world.people.juma, world.people.facilitator]) {
      expect((await get(csvRoute, own, outsider.cookie)).status).toBe(404);
      expect((await get(xlsxRoute, exportPath(world, roundId, world.orgs.clo, "xlsx"), outsider.cookie)).status).toBe(404);
    }
    // Another organisation's coordinator exports only its own rows: none here, so nothing.
    expect((await get(csvRoute, exportPath(world, roundId, world.orgs.other, "csv"), world.people.otherCoordinator.cookie)).status).toBe(
      409,
    );
  });
});

async function fetchBytes(target: typeof xlsxRoute, at: string, cookie: string): Promise<ArrayBuffer> {
  const response = (await (target.module.loader as (args: object) => Promise<Response>)({
    request: request(at, cookie),
    params: Object.fromEntries(Object.entries({ organisationId: at.split("/")[2], roundId: at.split("/")[4], instrument: "every-type" })),
    context: {},
  })) as Response;
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
  expect(BASE).toBeTruthy();
  return response.arrayBuffer();
}
