// The report page's forms, checked at the edge: which step, for which organisation, with which text.
// Texts are kept byte-exact (emoji, Swahili); a blank text where one is needed is refused with a message.
import { z } from "zod";
import type { ReportReader } from "./access.server";
import { saveOurReading, saveWhatWeLearned, sendBack, sendToReview, type StepResult } from "./workflow.server";
import { releaseReport } from "./release.server";
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
// Approve, send back and release name the version they were given, so a decision never lands on a newer one.
const versionId = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, "report.error.version_required")
  .transform(Number);

export const ReportIntentSchema = z.enum(REPORT_INTENTS, { errorMap: () => ({ message: "report.error.intent" }) });
export const OurReadingSchema = z.object({ organisationId, ourReading: text });
export const ApproveSchema = z.object({ organisationId, versionId, ourReading: filled("report.error.reading_required") });
export const SendBackSchema = z.object({ organisationId, versionId, comment: filled("report.error.comment_required") });
// The box is "yes" when ticked; anything else (absent, empty) is no confirmation.
export const ReleaseSchema = z.object({ versionId, confirmSuppressed: z.string().transform((value) => value === "yes") });
export const WhatWeLearnedSchema = z.object({ whatWeLearned: text });

/** Only the fields a step reads; anything else in the body is never looked at (docs/security.md 1.4). */
export function reportFormValues(form: FormData) {
  return {
    intent: formText(form, "intent"),
    organisationId: formText(form, "organisationId"),
    ourReading: formText(form, "ourReading"),
    comment: formText(form, "comment"),
    whatWeLearned: formText(form, "whatWeLearned"),
    versionId: formText(form, "versionId"),
    confirmSuppressed: formText(form, "confirmSuppressed"),
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
    confirmSuppressed: values.confirmSuppressed === "yes" ? "yes" : "",
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
      return parsed(ReleaseSchema, (d) => releaseReport(reader, reportId, d));
    case "our_reading":
      return parsed(OurReadingSchema, (d) => saveOurReading(reader, reportId, d.organisationId, d.ourReading, null));
    case "approve":
      return parsed(ApproveSchema, (d) => saveOurReading(reader, reportId, d.organisationId, d.ourReading, { versionId: d.versionId }));
    case "send_back":
      return parsed(SendBackSchema, (d) => sendBack(reader, reportId, d.organisationId, d.comment, d.versionId));
    case "what_we_learned":
      return parsed(WhatWeLearnedSchema, (d) => saveWhatWeLearned(reader, reportId, d.whatWeLearned));
  }
}
