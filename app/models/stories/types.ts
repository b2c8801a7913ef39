// What the story pages show, as the models build it and the components draw it: one declaration each.
// Types only: components import this file with `import type`, never the models' runtime code.
import type { ConsentScope } from "../../../db/schema";
import type { PageModel } from "../../../surveys/types";
import type { StoryAnswer, StoryPublicId } from "../listening/types";

/** Who told a story, as the teller chose: an anonymous story does not even name its organisation. */
export type Attribution = { kind: "anonymous" } | { kind: "name"; name: string } | { kind: "organisation"; name: string };

/** The teller's own signification of a story: round, who signed it, what it touches, how it felt, who held the power, who may read it. */
export type StoryMetaView = {
  roundLabel: string;
  toldAt: string;
  attribution: Attribution;
  dimensions: string[];
  felt: number | null;
  power: string | null;
  scope: ConsentScope;
  /** The other organisation of the collaboration tie the story is an example of (docs/decisions/029). */
  tieOrganisationName?: string | null;
};

/** A message for one field: a catalogue key and what fills it in. */
export type FieldMessage = { key: string; params?: Record<string, string | number> };

/** The one-page story form, fresh or sent back. */
export type StoryFormState = {
  state: "form";
  sections: PageModel[];
  clientId: string;
  /** Held only by this form (and its draft): the receipt code is derived from it, so a resend gets it again. */
  receiptSecret: string;
  /** Whose draft this browser keeps: a keyed hash of the person, or "link" for an anonymous teller. */
  draftOwner: string;
  errors: Record<string, FieldMessage>;
  /** The form holds what the server sent back: the draft script must not replace it. */
  echo: boolean;
  problem: "conflict" | "withdrawn" | null;
};

export type StoryFormView = Omit<StoryFormState, "state">;

/** What the story page shows after a POST: the form again, the receipt, or "already received". */
export type TellPageState = StoryFormState | { state: "received"; receiptCode: string | null } | { state: "duplicate" };

/** What a teller may do with their story after telling it. */
export type TellerAct = "rate" | "narrow" | "withdraw" | "translation";

/** The teller's word on a translation of their story. */
export type TranslationVerdict = "confirmed" | "disputed";

/** A translation of a story, with who wrote it and what the teller said of it (null: not yet). */
export type StoryTranslation = {
  id: number;
  language: string;
  text: string;
  translatorName: string;
  verdict: TranslationVerdict | null;
  translatedAt: string;
};

/** A teller's act refused: which form, and a message per field. */
export type TellerActRefusal = { act: TellerAct | null; errors: Record<string, string> };

/** A story as its teller sees it: whether it was read (never by whom), the INGO's answers and actions, the teller's rating. */
export type TellerStory = StoryMetaView & {
  id: StoryPublicId;
  text: string;
  language: string;
  organisationName: string;
  narrowerScopes: ConsentScope[];
  readAt: string | null;
  answers: StoryAnswer[];
  actions: { title: string; status: string }[];
  rating: { rating: number; comment: string; ratedBy: "teller" | "coordinator" } | null;
  translations: StoryTranslation[];
};

/** A story as the teller's coordinator sees it, with its themes and the read receipt. */
export type CoordinatorStory = StoryMetaView & {
  id: StoryPublicId;
  text: string;
  language: string;
  putForward: boolean;
  themes: { id: number; name: string }[];
  firstRead: { readerName: string; readAt: string } | null;
  answered: boolean;
};

/** The stories card of the home page. */
export type StoryHome = {
  canTell: boolean;
  mine: number;
  toRate: number;
  coordinating: { organisationId: number; organisationName: string; toCode: number; activeLinks: number }[];
  show: boolean;
};

export type LinkState = "active" | "revoked" | "expired" | "round_closed";

/** One anonymous story link, as its path `/s/<token>` with its state. */
export type StoryLinkItem = {
  id: number;
  path: string;
  roundLabel: string;
  createdAt: string;
  lastDay: string | null;
  state: LinkState;
  told: number;
};

/** The coordinator's story filters (they travel in the address), and what the filter form offers. */
export type StoryFilters = { roundId: number | null; dimension: string | null; themeId: number | null; scope: ConsentScope | null };
export type StoryFilterChoices = {
  rounds: { id: number; label: string }[];
  dimensions: string[];
  themes: { id: number; name: string }[];
  scopes: ConsentScope[];
};
