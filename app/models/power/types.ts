// View types of the power pages; components import them type-only.
export type FactKindName = "percent" | "count" | "choice";

export interface FactCell {
  fact: string;
  dimension: string;
  kind: FactKindName;
  id: number | null;
  value: string | null;
  verdict: "confirmed" | "disputed" | null;
  communityValue: string | null;
  comment: string | null;
}

export interface FactsPageData {
  partnership: { id: number; name: string };
  rounds: { id: number; label: string }[];
  round: { id: number; label: string } | null;
  mayEnter: boolean;
  organisations: { id: number; name: string; mayJudge: boolean; facts: FactCell[] }[];
}
