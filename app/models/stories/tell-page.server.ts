// What the story form page shows before and after a POST, for the anonymous link and for signed-in members
// alike: the one-page form (echoing everything typed when refused), the receipt, or "already received".
import type { Locale } from "../../../surveys/types";
import { lookupHash, randomToken } from "../platform/crypto.server";
import { keyring } from "../platform/context.server";
import { parseStoryForm, storyErrorMessages, storyFormEcho, storyFormSections, type StoryInstrument } from "./form.server";
import { formatReceiptCode } from "./receipts.server";
import { tellStory } from "./telling.server";
import { formText } from "../platform/http.server";
import type { StoryFormState, TellPageState } from "./types";

export type TellingPlace = {
  roundId: number;
  organisationId: number;
  personId: number | null;
  linkId: number | null;
  /** The other organisation of the tie the story is about (docs/decisions/029); absent for other stories. */
  tieOrganisationId?: number | null;
};

/** A fresh client id per form: a double submit of the same form is one story (docs/security.md 7.3). */
export const newClientId = () => randomToken(18);

/** Names a person's drafts without naming the person: a keyed hash, useless to anyone reading the phone. */
export function draftOwner(personId: number | null): string {
  return personId === null ? "link" : lookupHash(keyring(), `story-draft:${personId}`).slice(0, 16);
}

export function freshStoryForm(target: StoryInstrument, locale: Locale, personId: number | null): StoryFormState {
  return {
    state: "form",
    draftOwner: draftOwner(personId),
    sections: storyFormSections(target, locale, {}),
    clientId: newClientId(),
    receiptSecret: newClientId(),
    errors: {},
    echo: false,
    problem: null,
  };
}

/** The POST, answered: null when the place no longer takes stories (the round closed meanwhile): a 404. */
export function receiveStoryPost(
  form: FormData,
  place: TellingPlace,
  target: StoryInstrument,
  locale: Locale,
): { status: number; page: TellPageState } | null {
  const answers = parseStoryForm(target.instrument, form);
  const clientId = formText(form, "client_id");
  const receiptSecret = formText(form, "receipt_secret");
  const result = tellStory({ ...place, clientId, receiptSecret, answers, language: locale });
  if (result.ok) {
    // The same form sent again: a teller whose first answer never arrived gets the same receipt code.
    if (result.duplicate && result.receiptCode)
      return { status: 200, page: { state: "received", receiptCode: formatReceiptCode(result.receiptCode) } };
    if (result.duplicate) return { status: 200, page: { state: "duplicate" } };
    return { status: 200, page: { state: "received", receiptCode: result.receiptCode ? formatReceiptCode(result.receiptCode) : null } };
  }
  if ("refused" in result) return null;
  const echo = storyFormEcho(answers);
  const sections = storyFormSections(target, locale, echo);
  if ("conflict" in result) {
    // Nothing was stored. A new id lets the teller send what they see as a new story, deliberately.
    return {
      status: 409,
      page: {
        state: "form",
        draftOwner: draftOwner(place.personId),
        sections,
        clientId: newClientId(),
        receiptSecret: newClientId(),
        errors: {},
        echo: true,
        problem: result.conflict === "withdrawn" ? "withdrawn" : "conflict",
      },
    };
  }
  const keepId = /^[A-Za-z0-9_-]{16,64}$/.test(clientId) ? clientId : newClientId();
  const keepSecret = /^[A-Za-z0-9_-]{16,64}$/.test(receiptSecret) ? receiptSecret : newClientId();
  return {
    status: 400,
    page: {
      state: "form",
      draftOwner: draftOwner(place.personId),
      sections,
      clientId: keepId,
      receiptSecret: keepSecret,
      errors: storyErrorMessages(result.errors, answers),
      echo: true,
      problem: null,
    },
  };
}
