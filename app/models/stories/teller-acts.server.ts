// What a teller does with their story after telling it — by account or by receipt code alike: rate the
// INGO's answer, narrow who may read it, withdraw it. One entry point, so both pages follow one rule.
import { z } from "zod";
import { consentScopes } from "../../../db/schema";
import type { Viewer } from "../consent.server";
import { feltHeardFormValues, FeltHeardSchema, rateAnswer } from "../listening/felt-heard.server";
import { fieldErrors, formText } from "../platform/http.server";
import { tellerMayChange } from "./teller-rights.server";
import { narrowStoryScope, withdrawStory } from "./withdrawal.server";
import { judgeTranslation } from "./translations.server";
import type { TellerAct, TellerActRefusal } from "./types";

export type TellerActResult =
  | { ok: true; done: TellerAct }
  | ({ ok: false } & TellerActRefusal)
  // The story is not this viewer's to change (or not there, or gone): the page's 404 or "no story".
  | { ok: false; notFound: true };

const NarrowSchema = z.object({ scope: z.enum(consentScopes, { errorMap: () => ({ message: "story.narrow.error.scope" }) }) });

// A checkbox, not a script dialog: the confirmation works without JavaScript.
const WithdrawSchema = z.object({ confirm: z.literal("yes", { errorMap: () => ({ message: "story.withdraw.error.confirm" }) }) });

const VerdictSchema = z.object({
  translation: z.coerce.number().int().positive({ message: "translation.error.verdict" }),
  verdict: z.enum(["confirmed", "disputed"], { errorMap: () => ({ message: "translation.error.verdict" }) }),
});

export function actAsTeller(viewer: Viewer, storyId: number, form: FormData, now = new Date()): TellerActResult {
  if (!tellerMayChange(viewer, storyId)) return { ok: false, notFound: true };
  const intent = formText(form, "intent");
  if (intent === "rate") {
    const parsed = FeltHeardSchema.safeParse(feltHeardFormValues(form));
    if (!parsed.success) return { ok: false, act: "rate", errors: fieldErrors(parsed.error.issues) };
    const result = rateAnswer({ storyId, rating: parsed.data.rating, comment: parsed.data.comment, ratedBy: "teller" }, now);
    if (result === "not_answered") return { ok: false, act: "rate", errors: { rating: "story.rate.error.not_answered" } };
    return result === "ok" ? { ok: true, done: "rate" } : { ok: false, notFound: true };
  }
  if (intent === "narrow") {
    const parsed = NarrowSchema.safeParse({ scope: formText(form, "scope") });
    if (!parsed.success) return { ok: false, act: "narrow", errors: fieldErrors(parsed.error.issues) };
    const result = narrowStoryScope(storyId, parsed.data.scope);
    if (!result.ok)
      return result.reason === "wider"
        ? { ok: false, act: "narrow", errors: { scope: "story.narrow.error.wider" } }
        : { ok: false, notFound: true };
    return { ok: true, done: "narrow" };
  }
  if (intent === "withdraw") {
    const parsed = WithdrawSchema.safeParse({ confirm: formText(form, "confirm") });
    if (!parsed.success) return { ok: false, act: "withdraw", errors: fieldErrors(parsed.error.issues) };
    return withdrawStory(storyId, now) ? { ok: true, done: "withdraw" } : { ok: false, notFound: true };
  }
  if (intent === "translation") {
    const parsed = VerdictSchema.safeParse({ translation: formText(form, "translation"), verdict: formText(form, "verdict") });
    if (!parsed.success) return { ok: false, act: "translation", errors: fieldErrors(parsed.error.issues) };
    return judgeTranslation(viewer, storyId, parsed.data.translation, parsed.data.verdict, now)
      ? { ok: true, done: "translation" }
      : { ok: false, notFound: true };
  }
  return { ok: false, act: null, errors: { form: "story.act.error.intent" } };
}
