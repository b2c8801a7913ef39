// docs/security.md 8.1: a worker killed with SIGKILL while a message is on the wire loses nothing and sends
// nothing twice. The SMTP server (real, in this test) holds the first DATA unanswered, as a slow server
// would; the worker process is killed; a new one takes the message again once the lease ran out, and the
// server accepts it exactly once.
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, beforeEach, expect, it } from "vitest";
import { roundsAlliance } from "../support/alliances";
import { testDb } from "./setup";
import { openRound } from "../support/world";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { outboxRows } from "../support/outbox";

let sink: SmtpSink;
const children: ChildProcess[] = [];

beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await sink.close();
});

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/outbox-worker-process.ts"], {
    env: {
      ...process.env,
      DATABASE_PATH: testDb().file,
      SIKILIZA_KEY: testDb().keyText,
      SMTP_URL: sink.url,
      SMTP_FROM: "no-reply@sikiliza.example",
      SIKILIZA_PUBLIC_URL: "https://sikiliza.example",
      OUTBOX_LEASE_SECONDS: "3",
      OUTBOX_POLL_SECONDS: "0.2",
    },
    stdio: "ignore",
  });
  children.push(child);
  return child;
}

async function until(what: string, condition: () => boolean, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

it("delivers exactly once after the worker is killed mid-delivery and another starts", async () => {
  const a = roundsAlliance();
  openRound(a.partnershipId, {
    instruments: ["partnership-view"],
    invitees: [{ personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" }],
  });
  testDb().db.$client.pragma("wal_checkpoint(TRUNCATE)");
  sink.hold = true;
  const first = startWorker();
  await until("the first delivery to reach DATA", () => sink.begun === 1);
  expect(outboxRows()[0]).toMatchObject({ state: "sending", attempts: 1 });
  first.kill("SIGKILL");
  await exited(first);
  expect(sink.arrived).toEqual([]);

  sink.hold = false;
  startWorker();
  await until("the message to be sent", () => outboxRows()[0].state === "sent");
  // Several more passes of the new worker: nothing more goes out.
  await new Promise((r) => setTimeout(r, 1500));
  expect(sink.arrived).toHaveLength(1);
  expect(sink.arrived[0].to).toEqual([a.people.member.person().email]);
  expect(outboxRows()).toHaveLength(1);
  expect(outboxRows()[0]).toMatchObject({ state: "sent", attempts: 2 });
}, 120_000);
