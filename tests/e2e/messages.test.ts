// The built server's own start path delivers the outbox (ADR 020): with SMTP_URL pointing at a real SMTP
// server started here, the demo's open round reaches each invitee who has not sent with one neutral message,
// nobody who already sent hears anything, and a coordinator's reminder reaches only their own people.
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getHtml, postForm, signInOverHttp } from "./http";
import { startDemoServer } from "./demo-server";
import type { ServerProcess } from "./server-process";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

let server: ServerProcess;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startDemoServer({
    OUTBOX_WORKER: "on",
    OUTBOX_POLL_SECONDS: "0.5",
    SMTP_URL: sink.url,
    SMTP_FROM: "Sikiliza <no-reply@sikiliza.example>",
    SIKILIZA_PUBLIC_URL: "https://sikiliza.example",
  });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await sink?.close();
});

type Row = { kind: string; state: string; last_error: string | null };
const outbox = (): Row[] => {
  const db = new Database(server.databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select kind, state, last_error from outbox").all() as Row[];
  } finally {
    db.close();
  }
};

async function until(what: string, condition: () => boolean, timeoutMs = 90_000) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const to = (address: string) => sink.arrived.filter((m) => m.to.includes(address));

it("sends the open round's message once to each invitee who has not sent, and nothing to those who have", async () => {
  await until("the open round's messages to be settled", () => {
    const opened = outbox().filter((r) => r.kind === "round_open");
    return opened.length > 0 && opened.every((r) => r.state === "sent" || r.state === "cancelled");
  });
  await until("everything waiting to be sent", () => outbox().every((r) => r.state !== "queued" && r.state !== "sending"));
  const rows = outbox();
  // One arrival per message marked sent, each with its own Message-ID: nothing twice.
  expect(sink.arrived).toHaveLength(rows.filter((r) => r.state === "sent").length);
  expect(new Set(sink.arrived.map((m) => m.messageId)).size).toBe(sink.arrived.length);
  const opened = rows.filter((r) => r.kind === "round_open");
  expect(opened.some((r) => r.state === "cancelled")).toBe(true);
  expect(opened.filter((r) => r.state === "cancelled").every((r) => r.last_error === "already answered")).toBe(true);
  expect(opened.filter((r) => r.state === "failed")).toEqual([]);
  expect(to("juma@tumaini.example").length).toBeGreaterThanOrEqual(1);
  expect(to("juma@tumaini.example")[0].subject).toBe("Una kitu kinachokusubiri kwenye Sikiliza");
  // More passes of the worker send nothing again.
  const before = sink.arrived.length;
  await new Promise((r) => setTimeout(r, 2000));
  expect(sink.arrived).toHaveLength(before);
}, 120_000);

it("delivers a coordinator's reminder to their own organisation's invitees who have not sent", async () => {
  const otieno = await signInOverHttp(server.baseURL, "otieno@tumaini.example");
  const home = (await getHtml(otieno, "/")).html;
  const tumaini = /\/organisations\/(\d+)"/.exec(home)?.[1];
  const page = await getHtml(otieno, `/organisations/${tumaini}/responders`);
  expect(page.status).toBe(200);
  const roundId = /name="roundId" value="(\d+)"/.exec(page.html)?.[1];
  const before = sink.arrived.length;
  const jumaBefore = to("juma@tumaini.example").length;
  const res = await postForm(server.baseURL, `/organisations/${tumaini}/responders`, { roundId: roundId! }, otieno.cookie);
  expect(res.status).toBe(200);
  await until(
    "the reminders to go",
    () =>
      outbox()
        .filter((r) => r.kind === "nudge")
        .every((r) => r.state === "sent") && sink.arrived.length > before,
  );
  expect(to("juma@tumaini.example")).toHaveLength(jumaBefore + 1);
  // Only Tumaini's people: the INGO's staff get no coordinator's reminder from Tumaini.
  expect(sink.arrived.slice(before).flatMap((m) => m.to)).not.toContain("sanne@ghp.example");
  expect(outbox().filter((r) => r.kind === "nudge").length).toBe(sink.arrived.length - before);
}, 120_000);
