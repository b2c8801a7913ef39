// One posted page: parsed, merged into the saved answers, validated by survey-core (via savePage or
// submitResponse) and either stored or sent back with every message next to its question.
import { z } from "zod";
import { nextVisiblePage, previousVisiblePage } from "../../../surveys/page-model";
import { parsePageForm } from "../../../surveys/parse-form";
import { pageCount } from "../../../surveys/survey-model";
import { validateAnswers } from "../../../surveys/validate-answers";
import type { ValidationError } from "../../../surveys/types";
import { explainRefusal, translate } from "./answer-errors.server";
import { isAnswerable, savedProgress, type Answering } from "./answer-page.server";
import { savePage, submitResponseShared } from "./responses.server";
import { formText } from "../platform/http.server";

// The route's own fields; every other field must be a question of the posted page.
const ROUTE_FIELDS = new Set(["intent", "clientId", "page"]);

export const RespondFormSchema = z.object({
  intent: z.enum(["next", "back", "save", "submit"]),
  page: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number),
  // Made by the client (the server renders one into the last page; keep-draft.js keeps it across a reload).
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
});

export type PostOutcome =
  | { kind: "redirect"; to: string }
  | { kind: "invalid"; errors: Record<string, string>; values: Record<string, unknown> }
  | { kind: "refused"; reason: "closed" | "conflict" };

// Refusals that belong to no question: a form that was not ours (nothing typed can be read back), and a
// send without its id (the page's answers are echoed). Question names never start with "_".
const FORM_ERROR = "_form";
const SEND_ERROR = "_send";

function formError(answering: Answering, key: string): PostOutcome {
  return { kind: "invalid", errors: { [FORM_ERROR]: translate(answering.locale, key) }, values: {} };
}

/** Text fields only: an uploaded file where an answer belongs is an unknown field, never read. */
function answerEntries(form: FormData): { entries: [string, string][]; files: string[] } {
  const entries: [string, string][] = [];
  const files: string[] = [];
  for (const [name, value] of form.entries()) {
    if (ROUTE_FIELDS.has(name)) continue;
    if (typeof value === "string") entries.push([name, value]);
    else files.push(name);
  }
  return { entries, files };
}

function refusedPage(answering: Answering, pageIndex: number, merged: Record<string, unknown>, errors: ValidationError[]): PostOutcome {
  return { kind: "invalid", ...explainRefusal(answering, pageIndex, merged, errors) };
}

export async function handleRespondPost(answering: Answering, request: Request): Promise<PostOutcome> {
  // A closed round refuses every change the same way, whatever the form holds.
  if (!isAnswerable(answering)) return { kind: "refused", reason: "closed" };
  const form = await request.formData();
  const parsed = RespondFormSchema.safeParse({
    intent: formText(form, "intent"),
    page: formText(form, "page"),
    clientId: formText(form, "clientId") || undefined,
  });
  if (!parsed.success) return formError(answering, "answer.error.form");
  const { intent, page, clientId } = parsed.data;

  const progress = savedProgress(answering);
  const saved = progress?.answers ?? {};
  const { instrument, variables } = answering.target;
  // Only a page the person has reached may be posted; the furthest reached is stored with the answers.
  if (page > (progress?.pageIndex ?? 0) || page >= pageCount(instrument)) {
    return formError(answering, "answer.error.page");
  }

  const { entries, files } = answerEntries(form);
  const { answers: merged, unknown } = parsePageForm(instrument, page, entries, saved);
  const strangers = [...unknown, ...files];
  if (strangers.length) {
    // Nothing is stored while the form holds a field the instrument does not have; the page's own
    // faults are shown with it, so the person fixes everything at once.
    const own = validateAnswers(instrument, merged, { pageIndex: page, variables }).errors;
    return refusedPage(answering, page, merged, [
      ...strangers.map((name): ValidationError => ({ question: name, code: "unknown" })),
      ...own,
    ]);
  }

  // From the last page there is no next one whatever the answers: sending then costs no extra model pass.
  const lastPage = page === pageCount(instrument) - 1;
  const next = intent === "submit" && lastPage ? null : nextVisiblePage(instrument, merged, page);
  if (intent === "submit" && next === null) {
    if (!clientId) {
      const refusal = explainRefusal(answering, page, merged, []);
      return { kind: "invalid", errors: { [SEND_ERROR]: translate(answering.locale, "answer.error.client_id") }, values: refusal.values };
    }
    const result = await submitResponseShared(answering.target, answering.who, clientId, merged);
    if (result.ok) return { kind: "redirect", to: answering.path };
    if ("closed" in result) return { kind: "refused", reason: "closed" };
    if ("conflict" in result) return { kind: "refused", reason: "conflict" };
    return refusedPage(answering, page, merged, result.errors);
  }

  const moveTo = intent === "next" || intent === "submit" ? (next ?? page) : page;
  const result = savePage(answering.target, answering.who, page, merged, { resumeAt: moveTo });
  if (!result.ok) return "closed" in result ? { kind: "refused", reason: "closed" } : refusedPage(answering, page, merged, result.errors);
  if (intent === "save") return { kind: "redirect", to: `${answering.path}?page=${page}&saved=1` };
  const to = intent === "back" ? (previousVisiblePage(instrument, merged, page) ?? page) : moveTo;
  return { kind: "redirect", to: `${answering.path}?page=${to}` };
}
