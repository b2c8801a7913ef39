// The self-reflection asks the INGO about each community partner on its own: one partnership can hold two
// community organisations that see the INGO very differently, and one rating for both would blur them.
// The file keeps the pooled wording with {CLO}; a round expands it per partner when it is asked
// (like surveys/network.ts), so the file and its version (content hash) do not change.
import { NA_SUFFIX } from "./types";

const ID_SEPARATOR = "__";
const PER_PARTNER_PERSPECTIVES = new Set(["ingo_self", "ingo_prediction"]);

interface RawElement {
  type?: string;
  name?: string;
  perspective?: string;
  elements?: RawElement[];
  [property: string]: unknown;
}

export interface CommunityPartner {
  id: number;
  name: string;
}

// Braces in a name would read as SurveyJS placeholders.
const plainName = (name: string) => name.replace(/[{}]/g, "");

/** Every localized text of an element with {CLO} made this partner's name; {INGO} stays a variable. */
function fillPartner<T>(value: T, name: string): T {
  if (typeof value === "string") return value.replaceAll("{CLO}", plainName(name)) as T;
  if (Array.isArray(value)) return value.map((item) => fillPartner(item, name)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillPartner(item, name)])) as T;
  }
  return value;
}

const isPerPartnerRating = (element: RawElement) =>
  element.type === "rating" && typeof element.perspective === "string" && PER_PARTNER_PERSPECTIVES.has(element.perspective);

/** `<rating>__<orgId>`: the "don't know" companion follows as `<rating>__<orgId>_na`, so it stays folded into it. */
const perPartnerName = (rating: string, partner: CommunityPartner) => `${rating}${ID_SEPARATOR}${partner.id}`;

/**
 * The self-reflection with every INGO rating (self-view and prediction) asked once per community partner,
 * the partner's name in the question's localized title. Per dimension the self-views come first, one per
 * partner, then the predictions, then the dimension's one example. Pages stay the same, so the page a
 * person reached means the same page. With one partner the form reads as before, its ratings now tied to
 * that organisation.
 */
export function expandSelfReflection(json: object, partners: readonly CommunityPartner[]): object {
  const survey = structuredClone(json) as { pages?: RawElement[] };
  if (partners.length === 0) return survey;
  for (const page of survey.pages ?? []) {
    const elements = page.elements ?? [];
    const companions = new Map(elements.map((element) => [element.name, element]));
    page.elements = elements.flatMap((element): RawElement[] => {
      if (isPerPartnerRating(element)) {
        const companion = companions.get(`${element.name}${NA_SUFFIX}`);
        return partners.flatMap((partner) => {
          const name = perPartnerName(element.name!, partner);
          const rating = { ...fillPartner(element, partner.name), name };
          return companion ? [rating, { ...fillPartner(companion, partner.name), name: `${name}${NA_SUFFIX}` }] : [rating];
        });
      }
      const owner = element.name?.endsWith(NA_SUFFIX) ? companions.get(element.name.slice(0, -NA_SUFFIX.length)) : undefined;
      // A companion travels with its rating above.
      return owner && isPerPartnerRating(owner) ? [] : [element];
    });
  }
  return survey;
}

/** The community organisation a per-partner rating is about, from its name; null for a pooled rating. */
export function aboutOrganisationOf(question: string): number | null {
  const match = /__(\d+)$/.exec(question);
  return match ? Number(match[1]) : null;
}

/**
 * Whether saved answers were given to the pooled form (ratings without a partner): such a response keeps
 * that form until it is sent, so nothing anyone answered is lost or silently moved to one partner.
 */
export function answeredPooled(answers: Record<string, unknown>): boolean {
  return Object.keys(answers).some((name) => /^[a-z]+_(self|prediction)(_na)?$/.test(name));
}
