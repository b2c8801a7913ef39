// The action form at the edge: zod checks the shape, then the partnership decides which owners, rounds and
// stories are allowed. Each message names its field; a refused form changes nothing.
import { z } from "zod";
import { DIMENSIONS } from "../../../surveys/dimensions";
import { formText } from "../platform/http.server";
import { isCalendarDay } from "../platform/calendar-day";
import type { ActionFormValues, ConfirmFormValues } from "./types";

export const ACTION_STATUSES = ["proposed", "started", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const TITLE_MAX = 200;
export const COMMENT_MAX = 2000;

const id = (message: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, message)
    .transform(Number);

export const ActionSchema = z.object({
  title: z.string().refine((v) => v.trim().length > 0 && v.length <= TITLE_MAX, "action.error.title"),
  owner: id("action.error.owner"),
  due: z
    .string()
    .refine((v) => v === "" || isCalendarDay(v), "action.error.due")
    .transform((v) => (v === "" ? null : v)),
  status: z.enum(ACTION_STATUSES, { errorMap: () => ({ message: "action.error.status" }) }),
  round: id("action.error.round"),
  dimensions: z.array(z.enum(DIMENSIONS, { errorMap: () => ({ message: "action.error.dimensions" }) })),
  // Stories by their public ids (docs/security.md 1.12); actionInputOf turns them into rows.
  stories: z.array(z.string().regex(/^[A-Za-z0-9_-]{22,32}$/, "action.error.stories")),
});

export function actionFormValues(form: FormData): ActionFormValues {
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  return {
    title: formText(form, "title"),
    owner: formText(form, "owner"),
    due: formText(form, "due"),
    status: formText(form, "status"),
    round: formText(form, "round"),
    dimensions: [...new Set(all("dimensions"))],
    stories: [...new Set(all("stories"))],
  };
}

/** What a refused form shows again, each field cut to its limit. */
export function actionFormEcho(values: ActionFormValues): ActionFormValues {
  return {
    ...values,
    title: values.title.slice(0, TITLE_MAX),
    owner: values.owner.slice(0, 20),
    due: values.due.slice(0, 10),
    status: values.status.slice(0, 20),
    round: values.round.slice(0, 20),
    dimensions: values.dimensions.slice(0, 20),
    stories: values.stories.slice(0, 500),
  };
}

export const ConfirmSchema = z
  .object({
    decision: z.enum(["confirmed", "disputed"], { errorMap: () => ({ message: "action.error.decision" }) }),
    comment: z.string().refine((v) => v.length <= COMMENT_MAX, "action.error.comment"),
  })
  // Saying "it did not happen" needs the community's reason: that is what the INGO has to read.
  .refine((v) => v.decision === "confirmed" || v.comment.trim().length > 0, {
    message: "action.error.comment_required",
    path: ["comment"],
  });

export function confirmFormValues(form: FormData): ConfirmFormValues {
  return { decision: formText(form, "decision"), comment: formText(form, "comment") };
}
