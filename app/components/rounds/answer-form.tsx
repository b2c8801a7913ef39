import { Form } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { useNonce } from "../nonce";
import { SurveyPage, type SurveyLabels } from "./survey-form";
import { fieldId } from "../../../surveys/field-names";
import type { ConditionWords, PageElement, PageModel } from "../../../surveys/types";
import type { AnswerView, Refusal } from "~/models/rounds/types";

// One page of an instrument as a plain HTML form: works without JavaScript; with it, keep-draft.js keeps
// what is typed in this browser until the server confirms it (docs/security.md 7.4).

/** The key of a refusal that came with no answers to echo (a form that was not ours); see respond-post.server.ts. */
export const FORM_ERROR = "_form";

type Translate = ReturnType<typeof useT>;

/** A condition in the person's words: each comparison names the question and the answer that shows this one. */
function conditionPhrase(t: Translate, words: ConditionWords): string {
  if ((words.op === "and" || words.op === "or") && "parts" in words) {
    return t(`condition.${words.op}`, { a: conditionPhrase(t, words.parts[0]), b: conditionPhrase(t, words.parts[1]) });
  }
  const known = [
    "equal",
    "notequal",
    "greater",
    "less",
    "greaterorequal",
    "lessorequal",
    "contains",
    "notcontains",
    "anyof",
    "allof",
    "noneof",
    "empty",
    "notempty",
  ];
  if (!known.includes(words.op) || !("question" in words)) return t("condition.unknown");
  return t(`condition.${words.op}`, { question: words.question ?? "", value: words.value ?? "" });
}

export function useSurveyLabels(): SurveyLabels {
  const t = useT();
  return {
    required: t("answer.required"),
    dontKnow: t("answer.dont_know"),
    yes: t("answer.yes"),
    no: t("answer.no"),
    choose: t("form.choose"),
    otherText: t("answer.other_text"),
    condition: (words, kind) =>
      t(kind === "enable" ? "condition.enable_if" : "condition.answer_if", { condition: conditionPhrase(t, words) }),
    choiceCondition: (words) => t("condition.choice_if", { condition: conditionPhrase(t, words) }),
    selected: (min, max) =>
      min && max
        ? t("answer.select_between", { min, max })
        : max
          ? t("answer.select_at_most", { max })
          : t("answer.select_at_least", { min: min ?? 0 }),
  };
}

/** The page as the person typed it: a refused page must show every answer it was sent with. */
function withTyped(elements: PageElement[], values: Record<string, unknown>): PageElement[] {
  return elements.map((element) => {
    if (element.kind === "panel") return { ...element, elements: withTyped(element.elements ?? [], values) };
    if (element.kind === "html") return element;
    const { value: _saved, otherComment: _comment, ...rest } = element;
    const typed = values[element.name];
    const comment = values[`${element.name}-Comment`];
    return {
      ...rest,
      ...(typed !== undefined && { value: typed }),
      ...(typeof comment === "string" && { otherComment: comment }),
      ...(element.naName && { naSelected: values[element.naName] === true }),
    };
  });
}

/** Whether a question on the page is shown by an answer on the same page: only then is conditions.js sent. */
function hasConditions(elements: PageElement[]): boolean {
  return elements.some(
    (element) =>
      Boolean(element.condition?.tree) ||
      Boolean(element.choices?.some((choice) => choice.condition?.tree)) ||
      hasConditions(element.elements ?? []),
  );
}

function titles(elements: PageElement[], into = new Map<string, string>()) {
  for (const element of elements) {
    if (element.kind === "panel") titles(element.elements ?? [], into);
    else into.set(element.name, element.title);
  }
  return into;
}

/** Every fault at the top, each linked to its question; those of no question on this page name themselves. */
function ErrorSummary({ errors, page }: { errors: Record<string, string>; page: PageModel }) {
  const t = useT();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  const onPage = titles(page.elements);
  return (
    <div className="warning" role="alert" aria-labelledby="respond-errors-title">
      <p id="respond-errors-title" className="form-error">
        {t("form.error.summary")}
      </p>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>
            {onPage.has(name) ? (
              <>
                <a href={`#${fieldId(name)}`}>{onPage.get(name)}</a> —{" "}
              </>
            ) : null}
            {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RespondForm({
  view,
  refused,
  saved,
  closesOn,
}: {
  view: AnswerView;
  refused: Refusal | null;
  saved: boolean;
  closesOn: string;
}) {
  const t = useT();
  const d = useDate();
  const nonce = useNonce();
  const labels = useSurveyLabels();
  const errors = refused?.errors ?? {};
  const page = refused && !errors[FORM_ERROR] ? { ...view.page, elements: withTyped(view.page.elements, refused.values) } : view.page;
  return (
    <>
      <p className="muted">
        {t("respond.page_of", view.position)} · {t("respond.closes", { date: d(closesOn) })}
      </p>
      {saved && !refused ? (
        <p className="notice" role="status">
          {t("respond.saved", { date: d(closesOn) })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} page={page} />
      <p className="notice" data-draft-restored="" hidden>
        {t("respond.draft_restored")}
      </p>
      <Form
        method="post"
        action={view.action}
        noValidate
        className="respond-form"
        data-draft-key={view.draft.key}
        data-draft-stamp={view.draft.stamp}
      >
        <SurveyPage model={page} errors={errors} labels={labels} />
        <input type="hidden" name="page" value={page.pageIndex} />
        {view.clientId ? <input type="hidden" name="clientId" value={view.clientId} /> : null}
        {/* The first button is the one Enter presses: always the way forward. */}
        <div className="actions">
          {view.isLast ? (
            <button type="submit" name="intent" value="submit" className="primary">
              {t("respond.submit")}
            </button>
          ) : (
            <button type="submit" name="intent" value="next" className="primary">
              {t("respond.next")}
            </button>
          )}
          <button type="submit" name="intent" value="save">
            {t("respond.save")}
          </button>
          {view.isFirst ? null : (
            <button type="submit" name="intent" value="back">
              {t("respond.back")}
            </button>
          )}
        </div>
      </Form>
      <script src="/scripts/keep-draft.js" nonce={nonce} defer />
      {hasConditions(page.elements) ? <script src="/scripts/conditions.js" nonce={nonce} defer /> : null}
    </>
  );
}
