// What the listening pages show, as the models build it and the components draw it: one declaration each.
// Types only: components import this file with `import type`, never the models' runtime code.
import type { ConsentScope } from "../../../db/schema";
import type { Attribution } from "../stories/types";

/** The action form's fields, as typed (and as sent back when refused). */
export type ActionFormValues = {
  title: string;
  owner: string;
  due: string;
  status: string;
  round: string;
  dimensions: string[];
  stories: string[];
};

/** The community's word on a done action: it happened, or it did not (and why). */
export type ConfirmFormValues = { decision: string; comment: string };

/** The INGO's answer form; its field names `heard` and `will_do` are fixed. */
export type AnswerFormValues = { heard: string; will_do: string };

/** Did you feel heard? A rating 1–5 and an optional comment, as typed. */
export type FeltHeardFormValues = { rating: string; comment: string };

/** One action in a partnership's list. */
export type ActionRow = {
  id: number;
  title: string;
  ownerName: string;
  dueOn: string | null;
  status: string;
  roundLabel: string;
  communityConfirmation: string | null;
  confirmationComment: string | null;
  /** Set when the title, owner or due date changed after the community's verdict (which was then asked again). */
  changedAfterVerdictAt: string | null;
  dimensions: string[];
  storyCount: number;
};

/**
 * A story's name in every address and form a person receives: a random public id, never its row number
 * (docs/security.md 1.12).
 */
export type StoryPublicId = string;

/** A story linked (or linkable) to an action: only its beginning. */
export type LinkedStory = { id: StoryPublicId; roundLabel: string; excerpt: string };

/** The owners, rounds and stories the action form offers. */
export type ActionChoiceLists = { owners: { id: number; name: string }[]; rounds: { id: number; label: string }[]; stories: LinkedStory[] };

/** An action a story can be linked to, or is linked to. */
export type ActionChoice = { id: number; title: string; status: string };

/** One of the INGO's answers to a story; the author's name only where the reader may see it. */
export type StoryAnswer = { id: number; heard: string; willDo: string; createdAt: string; organisationName: string; authorName?: string };

/** One shared story in the INGO's inbox. */
export type InboxItem = {
  id: StoryPublicId;
  roundLabel: string;
  excerpt: string;
  attribution: Attribution;
  dimensions: string[];
  felt: number | null;
  power: string | null;
  scope: ConsentScope;
  toldAt: string;
  readAt: string | null;
  answered: boolean;
};

/** The inbox filters (they travel in the address), and what the filter form offers. */
export type InboxFilters = { dimension: string | null; themeId: number | null };
export type InboxFilterChoices = { dimensions: string[]; themes: { id: number; name: string }[] };

/** For the home page: shared stories still waiting for an answer, and how many were never opened. */
export type InboxCounts = { unanswered: number; unread: number };

/** For a community coordinator's home: an action marked done that waits for the community's word. */
export type ActionToConfirm = { id: number; title: string; partnershipName: string };

/** An example someone gave with a rating, as a reader the teller's consent names sees it (docs/security.md 1.11). */
export type ExampleItem = {
  /** The example's public id (docs/security.md 1.12), never its row number. */
  id: string;
  roundLabel: string;
  /** Anonymous in the inbox; a coordinator reads their own organisation's examples, so it is named there. */
  organisationName: string | null;
  dimension: string | null;
  text: string;
  scope: ConsentScope;
  toldAt: string;
};
