// The story instrument as ONE plain HTML page (a teller on a slow phone should not page through four
// screens), read back into SurveyJS answers and checked exactly like any other instrument.
import { translatorFor } from "~/i18n/catalogues.server";
import { buildPageModel } from "../../../surveys/page-model";
import { parsePageForm } from "../../../surveys/parse-form";
import type { Instrument, Locale, PageElement, PageModel, ValidationError } from "../../../surveys/types";
import { currentInstrument, instrumentAt } from "../rounds/instruments.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import { getRound, pinnedVersion } from "../rounds/rounds.server";
import type { FieldMessage } from "./types";

export const STORY_INSTRUMENT = "story";

export type StoryInstrument = { instrument: Instrument; variables: Record<string, string> };

/**
 * The version a round pinned; a round that did not pin `story` (stories are not an invitation, anyone of a
 * community partner may tell one) uses today's file. Either way the story row records the version it was
 * checked against, so its meaning is pinned from then on (docs/decisions/006).
 */
export function storyInstrumentFor(roundId: number, organisationId: number): StoryInstrument | null {
  const round = getRound(roundId);
  if (!round) return null;
  const pinned = pinnedVersion(roundId, STORY_INSTRUMENT);
  const instrument = pinned ? instrumentAt(pinned) : currentInstrument(STORY_INSTRUMENT);
  if (!instrument) return null;
  const members = listPartnershipMembers(round.partnershipId);
  const variables = {
    INGO: members
      .filter((m) => m.role === "ingo_partner")
      .map((m) => m.name)
      .join(" & "),
    CLO: members.find((m) => m.organisationId === organisationId)?.name ?? "",
  };
  return { instrument, variables };
}

type RawNode = Record<string, unknown> & { elements?: RawNode[]; pages?: RawNode[] };

/** A copy with every `visibleIf` removed, and the names of the questions that had one (or sat on such a page). */
function unconditional(json: object): { json: object; conditional: Set<string> } {
  const copy = structuredClone(json) as RawNode;
  const conditional = new Set<string>();
  const walk = (nodes: RawNode[] | undefined, inherited: boolean) => {
    for (const node of nodes ?? []) {
      const hidden = inherited || "visibleIf" in node;
      delete node.visibleIf;
      if (hidden && typeof node.name === "string" && node.type !== "panel") conditional.add(node.name);
      walk(node.elements, hidden);
    }
  };
  for (const page of copy.pages ?? []) {
    const hidden = "visibleIf" in page;
    delete page.visibleIf;
    walk(page.elements, hidden);
  }
  return { json: copy, conditional };
}

const displayCache = new Map<string, { instrument: Instrument; conditional: Set<string> }>();

function displayCopy(instrument: Instrument) {
  let cached = displayCache.get(instrument.version);
  if (!cached) {
    const { json, conditional } = unconditional(instrument.json);
    cached = { instrument: { ...instrument, version: `${instrument.version}-display`, json }, conditional };
    displayCache.set(instrument.version, cached);
  }
  return cached;
}

/**
 * Every page of the instrument as one section each, all on one form. Without JavaScript a condition cannot
 * show a field as you choose, so a conditional question (the signed name) is always there, optional on the
 * page, with a hint saying when it is used; keepVisibleAnswers() drops it when it does not apply.
 */
export function storyFormSections(target: StoryInstrument, locale: Locale, answers: Record<string, unknown>): PageModel[] {
  const { instrument, conditional } = displayCopy(target.instrument);
  const t = translatorFor(locale);
  const pageCount = (instrument.json as RawNode).pages?.length ?? 1;
  const mark = (element: PageElement): PageElement =>
    conditional.has(element.name)
      ? {
          ...element,
          isRequired: false,
          description: [element.description, t(`story.form.only_if.${element.name}`)].filter(Boolean).join(" "),
        }
      : { ...element, elements: element.elements?.map(mark) };
  return Array.from({ length: pageCount }, (_, pageIndex) => {
    const page = buildPageModel(instrument, { locale, answers, pageIndex, variables: target.variables });
    return { ...page, elements: page.elements.map(mark) };
  });
}

// Fields the story pages add themselves; never answers.
export const STORY_FORM_FIELDS = ["client_id", "intent"] as const;

/** The posted form as answers: each page's questions read in turn (parse-form.ts); anything else is ignored. */
export function parseStoryForm(instrument: Instrument, form: FormData): Record<string, unknown> {
  const entries = [...form.entries()].filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !(STORY_FORM_FIELDS as readonly string[]).includes(entry[0]),
  );
  const pageCount = (instrument.json as RawNode).pages?.length ?? 1;
  let answers: Record<string, unknown> = {};
  for (let pageIndex = 0; pageIndex < pageCount; pageIndex++) answers = parsePageForm(instrument, pageIndex, entries, answers).answers;
  return answers;
}

/** What a refused form shows again: what was typed, texts cut to the longest the form accepts. */
export function storyFormEcho(answers: Record<string, unknown>, max = 10_000): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers).map(([name, value]) => [name, typeof value === "string" ? value.slice(0, max) : value]),
  );
}

// The wording every instrument uses for the same fault (answer.error.*), so a teller reads one language.
const MESSAGES: Record<ValidationError["code"], (error: ValidationError, answer: unknown) => FieldMessage> = {
  required: () => ({ key: "answer.error.required" }),
  range: (error) => ({ key: "answer.error.range", params: { min: error.params?.min ?? 1, max: error.params?.max ?? 5 } }),
  choice: (error) =>
    error.params?.hidden
      ? { key: "answer.error.choice_hidden", params: { choice: String(error.params.text ?? error.params.value ?? "") } }
      : { key: "answer.error.choice" },
  too_long: (error, answer) => ({
    key: "answer.error.too_long",
    params: { max: error.params?.max ?? 10_000, length: typeof answer === "string" ? answer.length : 0 },
  }),
  unknown: (error) => ({ key: "answer.error.unknown", params: { name: error.question } }),
  type: () => ({ key: "answer.error.type" }),
  invalid: (error) => ({ key: error.question === "client_id" ? "answer.error.client_id" : "answer.error.invalid" }),
  number: () => ({ key: "answer.error.number" }),
  date: () => ({ key: "answer.error.date" }),
  min_selected: (error) => ({ key: "answer.error.min_selected", params: { min: error.params?.min ?? 1 } }),
  max_selected: (error) => ({ key: "answer.error.max_selected", params: { max: error.params?.max ?? 1 } }),
  other_text: () => ({ key: "answer.error.other_text" }),
  ranking: () => ({ key: "answer.error.ranking" }),
};

/** One message per question, as catalogue keys the page translates; the first fault of each question wins. */
export function storyErrorMessages(errors: ValidationError[], answers: Record<string, unknown>): Record<string, FieldMessage> {
  const messages: Record<string, FieldMessage> = {};
  for (const error of errors) messages[error.question] ??= MESSAGES[error.code](error, answers[error.question]);
  return messages;
}
