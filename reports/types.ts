/**
 * What the loading layer hands to reports/: plain rows, already filtered by access and consent
 * (docs/security.md 1.1, 6.3). Nothing here knows about the database.
 */

export type Perspective = "community" | "ingo_self" | "ingo_prediction";

/** One rating. value null = "don't know / not applicable": counted apart, never in means. */
export interface MetricRow {
  roundId: number;
  organisationId: number;
  respondentId: number;
  dimension: string;
  perspective: Perspective;
  value: number | null;
}

export interface RoundInfo {
  id: number;
  label: string;
  opensAt: string;
  closesAt: string;
}

export interface ResponseRateRow {
  roundId: number;
  organisationId: number;
  organisationName: string;
  instrument: string;
  invited: number;
  started: number;
  submitted: number;
}

export type OrganisationKind = "community_led" | "ingo" | "funder" | "other";

export interface NetworkOrg {
  id: number;
  name: string;
  kind: OrganisationKind;
  populations: string[];
}

/** A tie as one side reported it; either side reporting it makes one tie per unordered pair. */
export interface NetworkTie {
  roundId: number;
  fromOrgId: number;
  toOrgId: number;
  workedOn: string[];
  howOften: string;
}

export type StoryScope = "community" | "partners" | "report";

export interface ListeningStory {
  id: number;
  roundId: number;
  scope: StoryScope;
  withdrawn: boolean;
  createdAt: string;
  firstReadAt: string | null;
  answeredAt: string | null;
  actionIds: number[];
  feltHeard: number | null;
}

export type ActionStatus = "proposed" | "started" | "done" | "dropped";
export type CommunityConfirmation = "confirmed" | "disputed" | null;

export interface ListeningAction {
  id: number;
  roundId: number;
  status: ActionStatus;
  communityConfirmation: CommunityConfirmation;
}

/** An action as section 5 lists it ("you said, we did"). */
export interface ActionInfo {
  id: number;
  title: string;
  ownerOrganisationName: string;
  status: ActionStatus;
  dueOn: string | null;
  communityConfirmation: CommunityConfirmation;
  /** When the title, owner or due date changed after the community's verdict; null if it never did. */
  changedAfterVerdictAt?: string | null;
}

/** Where a coordinator of the teller's own organisation placed a voice: a dimension or a theme, in their order. */
export interface QuotePlacement {
  section: "dimension" | "theme";
  /** The dimension, or the theme's id as text. */
  key: string;
  /** 1, 2, 3… within the organisation's choices for this section. */
  position: number;
  /** The organisation that chose it (the teller's own): organisations take turns in a section. */
  organisationName: string;
}

/**
 * A consented voice a community coordinator chose for this report, already filtered by consent for this
 * reader before it reaches reports/. Only chosen voices get here: none is quoted on its metadata alone.
 */
/** A community-checked translation quoted with the original; one the teller disputed is never quoted. */
export interface QuoteTranslation {
  language: string;
  text: string;
  translatorName: string;
  confirmed: boolean;
}

export interface Quote {
  id: string;
  kind: "story" | "example";
  text: string;
  language: string;
  attribution: string | null;
  translations?: QuoteTranslation[];
  placements: QuotePlacement[];
}

export interface OurReading {
  organisationName: string;
  text: string;
}
