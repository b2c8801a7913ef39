// Organisations, partnerships and people of the generated alliance. Names and e-mail addresses are
// sealed exactly like people.server.ts does it; every account shares one Argon2 hash.
import { emailLookup } from "../../app/models/people/people.server";
import { encryptField, type Keyring } from "../../app/models/platform/crypto.server";
import type { AlliancePlan } from "./scale-plan";
import { languageOf, type Texts } from "./scale-texts";
import type { Writer } from "./scale-writer";

export const DEFAULT_K = 5;

export function writeOrganisations(w: Writer, plan: AlliancePlan) {
  for (const o of plan.orgs)
    w.row("organisations", [o.id, o.name, o.kind, o.country, JSON.stringify(o.populations), o.leadership, o.level]);
  for (const p of plan.partnerships) {
    w.row("partnerships", [p.id, p.name, DEFAULT_K]);
    for (const id of p.clos) w.row("partnership_members", [p.id, id, "community_partner"]);
    for (const id of p.ingos) w.row("partnership_members", [p.id, id, "ingo_partner"]);
    for (const id of p.funders) w.row("partnership_members", [p.id, id, "funder"]);
  }
  w.finish();
}

type PersonRow = { id: number; organisationId: number | null; role: "member" | "coordinator"; facilitator?: boolean };

function* everyone(plan: AlliancePlan): Generator<PersonRow> {
  for (const o of plan.orgs) yield { id: o.coordinatorId, organisationId: o.id, role: "coordinator" };
  yield { id: plan.facilitatorId, organisationId: null, role: "member", facilitator: true };
  for (const p of plan.partnerships) {
    for (const c of [...p.viewPool, ...p.selfPool]) yield { id: c.personId, organisationId: c.organisationId, role: "member" };
  }
}

export function writePeople(w: Writer, plan: AlliancePlan, keyring: Keyring, texts: Texts, passwordHash: string, onRow: () => void) {
  for (const person of everyone(plan)) {
    const email = texts.email(person.id);
    const seal = (column: string, text: string) => encryptField(keyring, { table: "people", column, rowId: person.id }, text);
    w.row("people", [
      person.id,
      emailLookup(email),
      seal("email", email),
      seal("name", texts.name()),
      languageOf(person.id),
      passwordHash,
      person.facilitator ? 1 : 0,
    ]);
    if (person.organisationId !== null) w.row("memberships", [person.id, person.organisationId, person.role]);
    w.unitDone();
    onRow();
  }
  w.finish();
}
