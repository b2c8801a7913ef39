// View types of the quarterly review pages; components import them type-only.
export interface AgendaAction {
  id: number;
  title: string;
  owner: string;
  status: string;
  dueOn: string | null;
  overdue: boolean;
  confirmation: "confirmed" | "disputed" | null;
}

export interface AgendaDraft {
  openActions: AgendaAction[];
  disputedActions: AgendaAction[];
  /** Shared stories of the round this reader may read: metadata only, never their words. */
  stories: { organisation: string; dimensions: string[]; themes: string[]; toldOn: string }[];
  gaps: { widest: { dimension: string; gap: number }[]; widened: { dimension: string; gap: number; widening: number }[] };
  disputedFacts: { fact: string; organisation: string; value: string; communityValue: string | null }[];
}

export interface ReviewDecision {
  id: number;
  text: string;
  action: { id: number; title: string; owner: string; dueOn: string | null } | null;
}

export interface ReviewPageData {
  partnership: { id: number; name: string };
  round: { id: number; label: string; state: string };
  draft: AgendaDraft;
  /** The agenda as written by the partnership; null until someone edits it. */
  agenda: string | null;
  heldOn: string | null;
  organisations: { id: number; name: string; attended: boolean }[];
  decisions: ReviewDecision[];
  mayEdit: boolean;
  /** INGO staff and community coordinators may turn a decision into an action. */
  mayMakeActions: boolean;
}

export interface ReviewListData {
  partnership: { id: number; name: string };
  rounds: { id: number; label: string; state: string; held: boolean; decisions: number }[];
}
