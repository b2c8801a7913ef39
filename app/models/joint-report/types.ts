// What the joint report pages show, as the models build it and the components draw it: one declaration each.
// Types only: components import this file with `import type`, never the models' runtime code.
import type { JointReport } from "../../../reports/report-shape";
import type { ReportStatus } from "../consent.server";

/** review: my organisation's reading and approval; learned: the INGO's "what we learned"; release: all approved; read: released to me as funder. */
export type HomeWaiting = "review" | "learned" | "release" | "read";

/** A report the home page points to, with what it waits for from this person. */
export type HomeReport = { id: number; label: string; partnershipName: string; status: ReportStatus; waiting: HomeWaiting };

/** The forms this reader may use in the report's current state. */
export type ReportForms = {
  readings: { organisationId: number; organisationName: string; text: string; approved: boolean }[];
  mayApprove: boolean;
  whatWeLearned: string | null;
  mayToReview: boolean;
  mayRelease: boolean;
  pendingApprovals: string[];
  /** The version approve, send back and release name (the latest); null before the first review. */
  versionId: number | null;
  /** The number the next "send to review" freezes. */
  nextVersion: number;
  /** Only a closed round's report may be released; an open one is previewed. */
  roundClosed: boolean;
  /** Set when most figures of the version are hidden: the release then asks for a second confirmation. */
  mostlySuppressed: { suppressed: number; figures: number } | null;
};

/** Which frozen version a page shows, and whether the report has moved on since (partners and facilitator only). */
export type ReportVersionMeta = { number: number; frozenAt: string; changedSince: boolean };

/** Where one community organisation's review stands. */
export type ReportReview = { organisationName: string; decision: "approved" | "returned" | null; comment: string | null };

/** The report page for one reader: the built report, where the review stands (partners and the facilitator only), the forms. */
export type ReportPageData = {
  meta: { id: number; status: ReportStatus; releasedAt: string | null; version: ReportVersionMeta | null; lastVersion: number | null };
  report: JointReport;
  quotesWithheld: boolean;
  review: ReportReview[] | null;
  forms: ReportForms | null;
};

/** What a refused report form shows again, each field cut to its limit. */
export type ReportFormEcho = {
  organisationId: string;
  ourReading: string;
  comment: string;
  whatWeLearned: string;
  confirmSuppressed: string;
};

/** A place a quote can be chosen for: a dimension, or a theme by its id as text. */
export type QuoteSectionRef = { section: "dimension" | "theme"; key: string };

/** A voice of the coordinator's own organisation with the teller's `report` consent, and where it may be quoted. */
export type QuoteVoice = {
  ref: string;
  kind: "story" | "example";
  text: string;
  language: string;
  putForward: boolean;
  sections: QuoteSectionRef[];
};

/** The coordinator's quote page: per organisation they coordinate, the choices per section in order and the voices. */
export type QuoteChoicePage = {
  report: { id: number; status: ReportStatus; roundLabel: string; partnershipName: string };
  mayChange: boolean;
  themes: { key: string; name: string }[];
  organisations: {
    id: number;
    name: string;
    sections: (QuoteSectionRef & {
      chosen: { choiceId: number; ref: string; kind: "story" | "example"; text: string; language: string }[];
    })[];
    voices: QuoteVoice[];
  }[];
};

/** One organisation that must agree to benchmarks, and whether it did (who, when). */
export type BenchmarkConsentSide = {
  organisationId: number;
  organisationName: string;
  role: "ingo_partner" | "community_partner";
  agreedBy: string | null;
  agreedAt: string | null;
  /** Whether the person reading may agree or withdraw for this organisation. */
  mayAnswer: boolean;
};

/** The benchmark consent page: the partnership counts only when every side agreed. */
export type BenchmarkConsentPage = { partnership: { id: number; name: string }; optedIn: boolean; sides: BenchmarkConsentSide[] };
