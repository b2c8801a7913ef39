// The report page's forms, checked at the edge: which step, for which organisation, with which text.
// Texts are kept byte-exact (emoji, Swahili); a blank text where one is needed is refused with a message.
import { z } from "zod";
import type { ReportReader } from "./access.server";
import { releaseReport, saveOurReading, saveWhatWeLearned, sendBack, sendToReview, type StepResult } from "./workflow.server";
import { fieldErrors, formText, type FieldErrors } from "../platform/http.server";
import type { ReportFormEcho } from "./types";

// Long enough for a considered page of reading; short enough that one field cannot fill the database.
export const REPORT_TEXT_MAX = 20_000;

export const REPORT_INTENTS = ["to_review", "our_reading", "approve", "send_back", "what_we_learned", "release"] as const;
export type ReportIntent = (typeof REPORT_INTENTS)[number];

const text = z.string().max(REPORT_TEXT_MAX, "report.error.text_long");
const filled = (message: string) => text.refine((value) => value.trim() !== "", message);
const organisationId = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, "report.error.organisation")
  .transform(Number);

export const ReportIntentSchema = z.enum(REPORT_INTENTS, { errorMap: () => ({ message: "report.error.intent" }) });
export const OurReadingSchema = z.object({ organisationId, ourReading: text });
export const ApproveSchema = z.object({ organisationId, ourReading: filled("report.error.reading_required") });
export const SendBackSchema = z.object({ organisationId, comment: filled("report.error.comment_required") });
export const WhatWeLearnedSchema = z.object({ whatWeLearned: text });

/** Only the fields a step reads; anything else in the body is never looked at (docs/security.md 1.4). */
export function reportFormValues(form: FormData) {
  return {
    intent: formText(form, "intent"),
    organisationId: formText(form, "organisationId"),
    ourReading: formText(form, "ourReading"),
    comment: formText(form, "comment"),
    whatWeLearned: formText(form, "whatWeLearned"),
  };
}

export type ReportFormValues = ReturnType<typeof reportFormValues>;

/** What a refused form shows again, each field cut to its limit. */
export function reportFormEcho(values: ReportFormValues): ReportFormEcho {
  return {
    organisationId: values.organisationId.slice(0, 20),
    ourReading: values.ourReading.slice(0, REPORT_TEXT_MAX),
    comment: values.comment.slice(0, REPORT_TEXT_MAX),
    whatWeLearned: values.whatWeLearned.slice(0, REPORT_TEXT_MAX),
  };
}

export type StepOutcome = StepResult | { ok: false; reason: "invalid"; errors: FieldErrors };

/** Checks the form for the step it names, then takes the step; the workflow decides who may. */
export function takeReportStep(reader: ReportReader, reportId: number, values: ReportFormValues): StepOutcome {
  const intent = ReportIntentSchema.safeParse(values.intent);
  if (!intent.success)
    return { ok: false, reason: "invalid", errors: fieldErrors(intent.error.issues.map((i) => ({ ...i, path: ["intent"] }))) };
  const parsed = <T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, then: (data: T) => StepResult): StepOutcome => {
    const result = schema.safeParse(values);
    return result.success ? then(result.data) : { ok: false, reason: "invalid", errors: fieldErrors(result.error.issues) };
  };
  switch (intent.data) {
    case "to_review":
      return sendToReview(reader, reportId);
    case "release":
      return releaseReport(reader, reportId);
    case "our_reading":
      return parsed(OurReadingSchema, (d) => saveOurReading(reader, reportId, d.organisationId, d.ourReading, false));
    case "approve":
      return parsed(ApproveSchema, (d) => saveOurReading(reader, reportId, d.organisationId, d.ourReading, true));
    case "send_back":
      return parsed(SendBackSchema, (d) => sendBack(reader, reportId, d.organisationId, d.comment));
    case "what_we_learned":
      return parsed(WhatWeLearnedSchema, (d) => saveWhatWeLearned(reader, reportId, d.whatWeLearned));
  }
}
