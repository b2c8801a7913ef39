// The "open a round" form: what it shows first, how a post is read, and what a refusal says.
import { z } from "zod";
import { fieldErrors, formText, type FieldErrors } from "../platform/http.server";
import { defaultInviteKeys, inviteesFromKeys, roundInstrumentNames } from "./invitees.server";
import { periodLabel, type NewRound } from "./rounds.server";
import { isCalendarDay } from "../platform/calendar-day";
import type { InviteGroup, RoundFormValues } from "./types";

const day = (date: Date) => date.toISOString().slice(0, 10);

function monthsLater(date: Date, months: number) {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Quarterly by default: from today for three months, every instrument, everyone the defaults tick. */
export function roundFormDefaults(groups: InviteGroup[], today = new Date()): RoundFormValues {
  return {
    label: periodLabel(today.toISOString()),
    opensOn: day(today),
    closesOn: day(monthsLater(today, 3)),
    schedule: "quarterly",
    instruments: roundInstrumentNames(),
    invite: defaultInviteKeys(groups),
  };
}

export function roundFormValues(form: FormData): RoundFormValues {
  const list = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  return {
    label: formText(form, "label"),
    opensOn: formText(form, "opensOn"),
    closesOn: formText(form, "closesOn"),
    schedule: formText(form, "schedule"),
    instruments: list("instruments"),
    invite: list("invite"),
  };
}

export const RoundFormSchema = z.object({
  label: z.string().trim().min(1, "round.error.label").max(40, "round.error.label"),
  opensOn: z.string().refine(isCalendarDay, "round.error.opens_on"),
  closesOn: z.string().refine(isCalendarDay, "round.error.closes_on"),
  schedule: z.enum(["quarterly", "none"], { errorMap: () => ({ message: "round.error.schedule" }) }),
  instruments: z.array(z.string()).min(1, "round.error.instruments"),
  invite: z.array(z.string()),
});

export type ParsedRoundForm = { ok: true; round: Omit<NewRound, "partnershipId"> } | { ok: false; errors: FieldErrors };

/**
 * Each message names its field (the catalogue says which). All refusals come back at once: the
 * checks across fields run even when a single field failed. Rounds start and end at midnight UTC.
 */
export function parseRoundForm(
  values: RoundFormValues,
  groups: InviteGroup[],
  today = new Date(),
  allowed: readonly string[] = roundInstrumentNames(),
): ParsedRoundForm {
  const parsed = RoundFormSchema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error.issues);
  // The partnership's own uploads count as well as the files (invitees.server.ts).
  if (!errors.instruments && !values.instruments.every((name) => allowed.includes(name))) errors.instruments = "round.error.instruments";
  if (!errors.closesOn && isCalendarDay(values.opensOn) && isCalendarDay(values.closesOn)) {
    if (values.closesOn <= values.opensOn) errors.closesOn = "round.error.closes_before_opens";
    else if (values.closesOn <= day(today)) errors.closesOn = "round.error.closes_in_past";
  }
  const invitees = inviteesFromKeys(groups, values.invite).filter((i) => values.instruments.includes(i.instrument));
  if (invitees.length === 0 && !errors.instruments) errors.invite = "round.error.invite";
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  const v = parsed.data;
  return {
    ok: true,
    round: {
      label: v.label,
      opensAt: `${v.opensOn}T00:00:00.000Z`,
      closesAt: `${v.closesOn}T00:00:00.000Z`,
      schedule: v.schedule,
      instruments: v.instruments,
      invitees,
    },
  };
}

/** What a refused form shows again, each field cut to its limit. */
export function roundFormEcho(values: RoundFormValues): RoundFormValues {
  return {
    label: values.label.slice(0, 40),
    opensOn: values.opensOn.slice(0, 10),
    closesOn: values.closesOn.slice(0, 10),
    schedule: values.schedule === "none" ? "none" : "quarterly",
    instruments: values.instruments.slice(0, 20).map((v) => v.slice(0, 60)),
    invite: values.invite.slice(0, 2000).map((v) => v.slice(0, 80)),
  };
}
