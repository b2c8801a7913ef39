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
};

/** Where one community organisation's review stands. */
export type ReportReview = { organisationName: string; decision: "approved" | "returned" | null; comment: string | null };

/** The report page for one reader: the built report, where the review stands (partners and the facilitator only), the forms. */
export type ReportPageData = {
  meta: { id: number; status: ReportStatus; releasedAt: string | null };
  report: JointReport;
  quotesWithheld: boolean;
  review: ReportReview[] | null;
  forms: ReportForms | null;
};

/** What a refused report form shows again, each field cut to its limit. */
export type ReportFormEcho = { organisationId: string; ourReading: string; comment: string; whatWeLearned: string };
