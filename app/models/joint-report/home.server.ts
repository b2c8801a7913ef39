// The reports a person's home page points to, each with what it waits for from them.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { partnerships, reports, rounds } from "../../../db/schema";
import { standingIn, type ReportStatus, type Standing } from "../consent.server";
import { db } from "../platform/context.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { pendingApprovals } from "./workflow.server";
import type { HomeReport, HomeWaiting } from "./types";

type Row = {
  id: number;
  partnershipId: number;
  status: ReportStatus;
  whatWeLearned: string | null;
  label: string;
  partnershipName: string;
};

function reportRows(where: ReturnType<typeof and>): Row[] {
  return db()
    .select({
      id: reports.id,
      partnershipId: reports.partnershipId,
      status: reports.status,
      whatWeLearned: reports.whatWeLearned,
      label: rounds.label,
      partnershipName: partnerships.name,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(partnerships, eq(partnerships.id, reports.partnershipId))
    .where(where)
    .orderBy(asc(partnerships.name), desc(rounds.opensAt))
    .all();
}

function waitingFor(row: Row, standing: Standing): HomeWaiting | null {
  if (row.status === "review" && standing.coordinatorOf.size > 0) {
    if (pendingApprovals(db(), row.id, row.partnershipId).some((id) => standing.coordinatorOf.has(id))) return "review";
  }
  if (row.status !== "released" && standing.ingoStaff && !row.whatWeLearned?.trim()) return "learned";
  if (row.status === "released" && standing.funder) return "read";
  return null;
}

export function reportsForHome(person: Person): HomeReport[] {
  const entries: HomeReport[] = [];
  const partnershipIds = [
    ...new Set(partnershipsOfOrganisations(person.memberships.map((m) => m.organisationId)).map((p) => p.partnershipId)),
  ];
  if (partnershipIds.length > 0) {
    const standings = new Map(partnershipIds.map((id) => [id, standingIn(person, id)]));
    for (const row of reportRows(and(inArray(reports.partnershipId, partnershipIds)))) {
      const waiting = waitingFor(row, standings.get(row.partnershipId)!);
      if (waiting) entries.push({ id: row.id, label: row.label, partnershipName: row.partnershipName, status: row.status, waiting });
    }
  }
  if (person.isFacilitator) {
    // Only reviews: a facilitator's home lists what they can move on, not every report of the alliance.
    for (const row of reportRows(and(eq(reports.status, "review")))) {
      if (
        pendingApprovals(db(), row.id, row.partnershipId).length === 0 &&
        !entries.some((e) => e.id === row.id && e.waiting === "release")
      ) {
        entries.push({ id: row.id, label: row.label, partnershipName: row.partnershipName, status: row.status, waiting: "release" });
      }
    }
  }
  return entries;
}
