// The power-fact forms at the edge: the INGO's values per community organisation, and that organisation's
// verdict on one fact. Each message names its field; a refused form changes nothing.
import { z } from "zod";
import { POWER_FACTS, PROPOSAL_DRAFTERS, type PowerFactKind } from "../../../reports/power-facts";
import { formText, type FieldErrors } from "../platform/http.server";

export const FACT_COMMENT_MAX = 1000;

const KIND_OF = new Map<string, string>(POWER_FACTS.map((f) => [f.fact, f.kind]));

/** A fact's value as it is stored, or null when it is not a value of this fact's kind. */
export function normaliseFactValue(fact: PowerFactKind, raw: string): string | null {
  const value = raw.trim();
  const kind = KIND_OF.get(fact);
  if (kind === "choice") return (PROPOSAL_DRAFTERS as readonly string[]).includes(value) ? value : null;
  if (kind === "percent") {
    if (!/^\d{1,3}([.,]\d)?$/.test(value)) return null;
    const number = Number(value.replace(",", "."));
    return number <= 100 ? String(number) : null;
  }
  return /^\d{1,5}$/.test(value) ? String(Number(value)) : null;
}

export type EnteredFacts = { organisationId: number; values: Partial<Record<PowerFactKind, string>> };
export type EnterFormValues = { organisationId: string } & Record<PowerFactKind, string>;

export function enterFormValues(form: FormData): EnterFormValues {
  const values = { organisationId: formText(form, "organisationId") } as EnterFormValues;
  for (const { fact } of POWER_FACTS) values[fact] = formText(form, fact).slice(0, 20);
  return values;
}

const idPattern = /^[1-9][0-9]{0,14}$/;

/** Blank fields leave a fact as it stands; a filled one must be a value of its kind. */
export function parseEnterForm(values: EnterFormValues): { ok: true; entered: EnteredFacts } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!idPattern.test(values.organisationId)) errors.organisationId = "facts.error.organisation";
  const entered: EnteredFacts["values"] = {};
  for (const { fact } of POWER_FACTS) {
    if (values[fact].trim() === "") continue;
    const value = normaliseFactValue(fact, values[fact]);
    if (value === null) errors[fact] = `facts.error.${fact}`;
    else entered[fact] = value;
  }
  if (!Object.keys(errors).length && !Object.keys(entered).length) errors.form = "facts.error.nothing";
  return Object.keys(errors).length
    ? { ok: false, errors }
    : { ok: true, entered: { organisationId: Number(values.organisationId), values: entered } };
}

export const VerdictSchema = z.object({
  factId: z.string().regex(idPattern, "facts.error.fact").transform(Number),
  verdict: z.enum(["confirmed", "disputed"], { errorMap: () => ({ message: "facts.error.verdict" }) }),
  communityValue: z.string(),
  comment: z.string().max(FACT_COMMENT_MAX, "facts.error.comment"),
});

export type VerdictFormValues = { factId: string; verdict: string; communityValue: string; comment: string };

export function verdictFormValues(form: FormData): VerdictFormValues {
  return {
    factId: formText(form, "factId").slice(0, 20),
    verdict: formText(form, "verdict").slice(0, 20),
    communityValue: formText(form, "communityValue").slice(0, 20),
    comment: formText(form, "comment"),
  };
}

export type Verdict = { factId: number; verdict: "confirmed" | "disputed"; communityValue: string | null; comment: string | null };
