// A fresh temporary database with one partnership and one open round inviting `people` community members
// (and one INGO staff member), made through the models like the app makes them. Members sign in as
// memberEmail(i) with the password whose hash is given (hashed once by the caller); without one, a
// placeholder hash spares N Argon2 runs and nobody can sign in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, writeTransaction, type Db } from "../../db/client";
import { db as currentDb, setContext } from "../../app/models/platform/context.server";
import { newKeyringText, parseKeyring } from "../../app/models/platform/crypto.server";
import { registerInstruments } from "../../app/models/rounds/instruments.server";
import { createOrganisation } from "../../app/models/people/organisations.server";
import { createPartnership } from "../../app/models/people/partnerships.server";
import { insertPerson } from "../../app/models/people/people.server";
import { roundInstrument } from "../../app/models/rounds/pinned-instruments.server";
import { createRound } from "../../app/models/rounds/rounds.server";
import type { Respondent, Target } from "../../app/models/rounds/responses.server";
import { DIMENSIONS } from "../../surveys/dimensions";

export const INSTRUMENTS = ["partnership-view", "self-reflection", "collaboration-network"] as const;
const DAY = 86_400_000;

export type BenchWorld = {
  dir: string;
  file: string;
  keyText: string;
  db: Db;
  roundId: number;
  clo: number;
  ingo: number;
  members: number[];
  staff: number;
  target(instrument: string, organisationId: number): Target;
  respondent(personId: number, organisationId: number): Respondent;
  /** Closes the database handle and keeps the files, so a server process can open them. */
  release(): void;
  /** Closes the handle (if still open) and removes the files. */
  close(): void;
};

export const memberEmail = (i: number) => `member${i + 1}@bench.example`;

export function makeBenchWorld(label: string, people: number, options: { passwordHash?: string } = {}): BenchWorld {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sikiliza-bench-${label}-`));
  const file = path.join(dir, "sikiliza.db");
  const keyText = newKeyringText();
  const db = openDatabase(file);
  setContext({ db, keyring: parseKeyring(keyText) });
  registerInstruments();

  const base = { country: "Kenya", populations: ["sex_workers" as const], level: "local" as const };
  const clo = createOrganisation({ ...base, name: "Tumaini Collective", kind: "community_led", leadership: "community_led" });
  const ingo = createOrganisation({ ...base, name: "Global Health Partners", kind: "ingo", leadership: "provider_led" });
  const partnershipId = createPartnership({
    name: "Bench Programme",
    k: 5,
    members: [
      { organisationId: clo, role: "community_partner" },
      { organisationId: ingo, role: "ingo_partner" },
    ],
  });
  const passwordHash = options.passwordHash ?? "bench";
  const { members, staff } = writeTransaction(currentDb(), (tx) => ({
    members: Array.from({ length: people }, (_, i) =>
      insertPerson(
        tx,
        { name: `Member ${i + 1}`, email: memberEmail(i), language: i % 2 ? "en" : "sw", passwordHash },
        { organisationId: clo, role: "member" },
      ),
    ),
    staff: insertPerson(
      tx,
      { name: "Staff", email: "staff@bench.example", language: "en", passwordHash },
      { organisationId: ingo, role: "member" },
    ),
  }));
  const now = Date.now();
  const roundId = createRound({
    partnershipId,
    opensAt: new Date(now - DAY).toISOString(),
    closesAt: new Date(now + 60 * DAY).toISOString(),
    schedule: "none",
    instruments: [...INSTRUMENTS],
    invitees: [
      ...members.flatMap((personId) => INSTRUMENTS.map((instrument) => ({ personId, organisationId: clo, instrument }))),
      ...INSTRUMENTS.map((instrument) => ({ personId: staff, organisationId: ingo, instrument })),
    ],
  });

  return {
    dir,
    file,
    keyText,
    db,
    roundId,
    clo,
    ingo,
    members,
    staff,
    target(instrument, organisationId) {
      const found = roundInstrument(roundId, instrument, organisationId);
      if (!found) throw new Error(`no ${instrument} in round ${roundId}`);
      return { roundId, instrumentName: instrument, instrument: found.instrument, variables: found.variables };
    },
    respondent: (personId, organisationId) => ({ personId, organisationId, language: "sw" }),
    release() {
      if (db.$client.open) db.$client.close();
    },
    close() {
      if (db.$client.open) db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A complete, valid partnership-view response: every dimension rated (one "don't know"), three examples. */
export function fullCommunityAnswers(i: number): Record<string, unknown> {
  const dimensions = DIMENSIONS;
  const answers: Record<string, unknown> = { consent: i % 3 === 0 ? "report" : "partners" };
  dimensions.forEach((dimension, d) => {
    if (d === i % dimensions.length) answers[`${dimension}_na`] = true;
    else answers[dimension] = 1 + ((i + d) % 5);
  });
  answers.decisions_example = "Tuliulizwa kabla ya mpango kuandikwa, na maoni yetu yakafuatwa. 🙂";
  answers.money_example = "The budget was shared with us only after it was final.";
  answers.trust_example = "Walitupigia simu siku ile ile polisi walipovamia kituo chetu.";
  return answers;
}
