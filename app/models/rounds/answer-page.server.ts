// Answering one instrument of one round: who may, which page they are on, and what that page shows.
// Only an invited person reaches it; anyone else gets the 404 of a page that is not there (docs/security.md 1.2).
import crypto from "node:crypto";
import { instrumentMeta } from "../../../surveys/custom-properties";
import { buildPageModel } from "../../../surveys/page-model";
import { pageCount } from "../../../surveys/survey-model";
import { answeredPooled } from "../../../surveys/self-reflection-partners";
import { asInstrumentLocale, type Locale } from "../../../surveys/types";
import { idParam } from "../access.server";
import { requirePerson } from "../people/auth.server";
import { db, keyring } from "../platform/context.server";
import { lookupHash } from "../platform/crypto.server";
import { localeFor } from "../people/locale.server";
import type { Person } from "../people/people.server";
import { notFound } from "../platform/http.server";
import { roundInstrument } from "./pinned-instruments.server";
import { tieStoryLinks } from "../stories/ties.server";
import { invitation } from "./rounds.server";
import { acceptsAnswers, getProgress, type Respondent, type Target } from "./responses.server";
import type { AnswerView, FrozenView } from "./types";

export type Answering = {
  person: Person;
  locale: Locale;
  target: Target;
  who: Respondent;
  round: { id: number; opensAt: string; closesAt: string };
  path: string;
};

/** The signed-in person's invitation to this instrument in this round, or the same 404 as a missing page. */
export function openAnswering(request: Request, params: { roundId?: string; instrument?: string }): Answering {
  const person = requirePerson(request);
  const roundId = idParam(params.roundId);
  const name = params.instrument ?? "";
  // Any instrument a round pinned and invited this person to; nothing else exists here (docs/security.md 1.2).
  const invited = invitation(roundId, person.id, name);
  // The organisation comes from the invitation, never from the request (docs/security.md 1.4).
  // A self-reflection begun on the pooled form (before it asked per partner) is finished on that form.
  // Read (and decrypted) only for an instrument asked per community partner: the submission path stays lean.
  const pooled = () => answeredPooled(getProgress(roundId, name, person.id)?.answers ?? {});
  const pinned = invited && roundInstrument(roundId, name, invited.organisationId, { pooled });
  if (!invited || !pinned || instrumentMeta(pinned.instrument.json).answeredBy === "storytellers") throw notFound();
  const locale: Locale = asInstrumentLocale(localeFor(request, person));
  return {
    person,
    locale,
    target: { roundId, instrumentName: name, instrument: pinned.instrument, variables: pinned.variables },
    who: { personId: person.id, organisationId: invited.organisationId, language: locale },
    round: { id: roundId, opensAt: pinned.round.opensAt, closesAt: pinned.round.closesAt },
    path: `/rounds/${roundId}/respond/${name}`,
  };
}

export const isAnswerable = (answering: Answering) => acceptsAnswers(db(), answering.target.roundId);

export function savedProgress(answering: Answering) {
  return getProgress(answering.target.roundId, answering.target.instrumentName, answering.who.personId);
}

/** A localized instrument text in the person's language, else the instrument's own, with the partner names filled in. */
function localText(value: unknown, locale: Locale, variables: Record<string, string>, own: unknown): string {
  const texts = typeof value === "string" ? { default: value } : ((value ?? {}) as Record<string, string>);
  const text = texts[locale] || (typeof own === "string" && texts[own]) || texts.default || Object.values(texts)[0] || "";
  return text.replace(/\{(INGO|CLO)\}/g, (_whole, name: string) => variables[name] ?? "");
}

export function heading({ target, locale }: Answering) {
  const json = target.instrument.json as { title?: unknown; description?: unknown; locale?: unknown };
  return {
    title: localText(json.title, locale, target.variables, json.locale),
    description: localText(json.description, locale, target.variables, json.locale),
  };
}

/**
 * Where this browser keeps a draft of a page (public/scripts/keep-draft.js). The key holds a keyed hash of
 * the person, so two people on one shared phone never see each other's drafts; the stamp changes with
 * every save, so a draft is restored only when the server has nothing newer (its send failed).
 */
export function draftPlace(answering: Answering, updatedAt: string | null) {
  const who = lookupHash(keyring(), `draft:${answering.who.personId}`).slice(0, 16);
  const prefix = `sikiliza-draft:${answering.target.roundId}:${answering.target.instrumentName}:${who}:`;
  return { prefix, stamp: updatedAt ?? "new" };
}

/** The page a GET may show: a visible page up to the furthest reached; anything else shows the furthest. */
export function pickPage(requested: string | null, furthest: number, visible: number[]): number {
  const wanted = requested !== null && /^\d{1,3}$/.test(requested) ? Number(requested) : null;
  return wanted !== null && wanted <= furthest && visible.includes(wanted) ? wanted : furthest;
}

type Progress = ReturnType<typeof savedProgress>;

export function answerView(answering: Answering, requestedPage: string | null, progress: Progress): AnswerView {
  const options = { locale: answering.locale, answers: progress?.answers ?? {}, variables: answering.target.variables };
  const last = pageCount(answering.target.instrument) - 1;
  const furthest = buildPageModel(answering.target.instrument, { ...options, pageIndex: Math.min(progress?.pageIndex ?? 0, last) });
  const pageIndex = pickPage(requestedPage, furthest.pageIndex, furthest.visiblePageIndexes);
  const page = pageIndex === furthest.pageIndex ? furthest : buildPageModel(answering.target.instrument, { ...options, pageIndex });
  const visible = page.visiblePageIndexes;
  const isLast = visible[visible.length - 1] === page.pageIndex;
  const place = draftPlace(answering, progress?.updatedAt ?? null);
  return {
    mode: "answer",
    page,
    position: { x: visible.indexOf(page.pageIndex) + 1, y: visible.length },
    isFirst: visible[0] === page.pageIndex,
    isLast,
    // The submission's id, made once per rendering of the last page; sending it again is the same submission.
    clientId: isLast ? crypto.randomUUID() : null,
    draft: { key: place.prefix + page.pageIndex, stamp: place.stamp },
    action: `${answering.path}?page=${page.pageIndex}`,
  };
}

/** After the round closes the answers are shown, every visible page, and nothing can change them. */
export function frozenView(answering: Answering, progress: Progress): FrozenView {
  const options = { locale: answering.locale, answers: progress?.answers ?? {}, variables: answering.target.variables };
  const first = buildPageModel(answering.target.instrument, { ...options, pageIndex: 0 });
  const pages = progress
    ? first.visiblePageIndexes.map((pageIndex) =>
        pageIndex === first.pageIndex ? first : buildPageModel(answering.target.instrument, { ...options, pageIndex }),
      )
    : [];
  return {
    mode: "frozen" as const,
    pages,
    status: progress?.status ?? null,
    notYetOpen: Date.now() < Date.parse(answering.round.opensAt),
    // Drafts of a closed round can never be sent: the browser forgets them.
    draftPrefix: draftPlace(answering, null).prefix,
  };
}

export function sentView(answering: Answering) {
  // Once the network is answered, each tie gets a link to tell an example of it (ADR 029).
  const network = instrumentMeta(answering.target.instrument.json).askedPer === "other_organisation";
  return {
    mode: "sent" as const,
    draftPrefix: draftPlace(answering, null).prefix,
    editHref: `${answering.path}?page=0`,
    tieStories: network ? tieStoryLinks(answering.target.roundId, answering.who.organisationId) : [],
  };
}

/** What a GET shows: the frozen answers of a closed round, the confirmation once sent, or the current page. */
export function respondView(answering: Answering, search: URLSearchParams) {
  const progress = savedProgress(answering);
  if (!isAnswerable(answering)) return frozenView(answering, progress);
  const requested = search.get("page");
  if (requested === null && progress?.status === "submitted") return sentView(answering);
  return answerView(answering, requested, progress);
}
