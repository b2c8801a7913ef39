// The review's forms at the edge: the minutes (agenda, date, attendance) and one decision, which may become an
// action in the same step. Each message names its field; a refused form changes nothing.
import { z } from "zod";
import { isCalendarDay } from "../platform/calendar-day";
import { fieldErrors, formText, type FieldErrors } from "../platform/http.server";
import { TITLE_MAX } from "../listening/action-form.server";
import type { DecisionInput, MinutesInput } from "./reviews.server";

export const AGENDA_MAX = 10_000;

const id = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, "review.error.attendance")
  .transform(Number);

const MinutesSchema = z.object({
  agenda: z.string().max(AGENDA_MAX, "review.error.agenda"),
  heldOn: z
    .string()
    .refine((v) => v === "" || isCalendarDay(v), "review.error.held_on")
    .transform((v) => (v === "" ? null : v)),
  attendance: z.array(id),
});

export type MinutesValues = { agenda: string; heldOn: string; attendance: string[] };

export function minutesValues(form: FormData): MinutesValues {
  return {
    agenda: formText(form, "agenda"),
    heldOn: formText(form, "heldOn"),
    attendance: [...new Set(form.getAll("attendance").filter((v): v is string => typeof v === "string"))],
  };
}

export function parseMinutes(values: MinutesValues): { ok: true; input: MinutesInput } | { ok: false; errors: FieldErrors } {
  const parsed = MinutesSchema.safeParse(values);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: fieldErrors(parsed.error.issues) };
}

const DecisionSchema = z
  .object({
    text: z.string().refine((v) => v.trim().length > 0 && v.length <= TITLE_MAX, "review.error.decision"),
    makeAction: z.enum(["", "yes"]),
    owner: z.string(),
    due: z.string().refine((v) => v === "" || isCalendarDay(v), "review.error.due"),
  })
  .refine((v) => v.makeAction === "" || /^[1-9][0-9]{0,14}$/.test(v.owner), { message: "review.error.owner", path: ["owner"] });

export type DecisionValues = { text: string; makeAction: string; owner: string; due: string };

export function decisionValues(form: FormData): DecisionValues {
  return {
    text: formText(form, "text"),
    makeAction: formText(form, "makeAction"),
    owner: formText(form, "owner"),
    due: formText(form, "due"),
  };
}

export function parseDecision(values: DecisionValues): { ok: true; input: DecisionInput } | { ok: false; errors: FieldErrors } {
  const parsed = DecisionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const { text, makeAction, owner, due } = parsed.data;
  return {
    ok: true,
    input: { text: text.trim(), action: makeAction === "yes" ? { owner: Number(owner), due: due === "" ? null : due } : null },
  };
}

/** What a refused form shows again, each field cut to its limit. */
export const decisionEcho = (v: DecisionValues): DecisionValues => ({
  text: v.text.slice(0, TITLE_MAX),
  makeAction: v.makeAction.slice(0, 3),
  owner: v.owner.slice(0, 20),
  due: v.due.slice(0, 10),
});

export const minutesEcho = (v: MinutesValues): MinutesValues => ({
  agenda: v.agenda.slice(0, AGENDA_MAX),
  heldOn: v.heldOn.slice(0, 10),
  attendance: v.attendance.slice(0, 50).map((a) => a.slice(0, 20)),
});
