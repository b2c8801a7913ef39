import type { JointReportInput } from "../../../reports/joint-report";
import type { Quote } from "../../../reports/types";
import { ratings, round, times } from "./fixtures";

export const SWAHILI_QUOTE = 'Walisema, "tutawasikiliza" —\nlakini hawakurudi kwetu. 🙏🏾 Sasa tunaongea wenyewe.';

export function quote(id: string, dimension: string, text: string, extra: Partial<Quote> = {}): Quote {
  return {
    id,
    kind: "example",
    text,
    language: "sw",
    attribution: null,
    // Chosen by Tulinde's coordinator for its rating's dimension, first in their order.
    placements: [{ section: "dimension", key: dimension, position: 1, organisationName: "Tulinde" }],
    ...extra,
  };
}

/**
 * Round 2 of three, k set to 2 (so 3 applies). Worked figures:
 * - decisions: round 1 community 2, 2, 2 (2.0) vs INGO 4, 4, 4 (4.0) → gap 2.0;
 *   round 2 community 1, 1, 1, 2, 2, 2 (1.5) vs INGO 5, 5, 5 (5.0) → gap 3.5, widened by 1.5.
 * - agenda: round 2 only, community 3, 3, 3 vs INGO 5, 5, 5 → gap 2.0, nothing to compare with.
 * - money: INGO has only 2 answers → its mean and the gap are hidden; it must not reach the headline.
 * - round 3 comes after the report's round: its answers must appear nowhere.
 */
export function sampleInput(): JointReportInput {
  return {
    partnership: { id: 7, name: "Tulinde × Aid International", k: 2 },
    round: round(2),
    rounds: [round(3), round(1), round(2)],
    now: "2024-06-01T00:00:00Z",
    metrics: [
      ...ratings(1, "decisions", "community", times(3, 2)),
      ...ratings(1, "decisions", "ingo_self", times(3, 4), 101),
      ...ratings(2, "decisions", "community", [...times(3, 1), ...times(3, 2)]),
      ...ratings(2, "decisions", "ingo_self", times(3, 5), 101),
      ...ratings(2, "decisions", "ingo_prediction", times(3, 2), 201),
      ...ratings(2, "agenda", "community", times(3, 3)),
      ...ratings(2, "agenda", "ingo_self", times(3, 5), 101),
      ...ratings(2, "money", "community", times(4, 4)),
      ...ratings(2, "money", "ingo_self", [5, 5], 101),
      ...ratings(3, "decisions", "community", times(3, 5)),
      ...ratings(3, "decisions", "ingo_self", times(3, 1), 101),
    ],
    responseRates: [
      {
        roundId: 2,
        organisationId: 1,
        organisationName: "Tulinde",
        instrument: "partnership_view",
        invited: 10,
        started: 8,
        submitted: 6,
      },
      {
        roundId: 2,
        organisationId: 2,
        organisationName: "Aid International",
        instrument: "self_reflection",
        invited: 3,
        started: 3,
        submitted: 3,
      },
    ],
    listening: { stories: [], actions: [] },
    quotes: [
      quote("q1", "decisions", SWAHILI_QUOTE),
      quote("q2", "decisions", '=HYPERLINK("http://evil.example","click")', {
        placements: [{ section: "dimension", key: "decisions", position: 2, organisationName: "Tulinde" }],
      }),
      quote("q3", "trust", "+254 700 000 000 is the number they never answered"),
      quote("q4", "respect", "-0.5 is what they gave us"),
      quote("q5", "listening", "@channel nobody came"),
      quote("q6", "money", "\tTabbed in"),
      quote("q7", "independence", "\rCarriage first"),
    ],
    network: {
      organisations: [
        { id: 1, name: "Tulinde", kind: "community_led", populations: ["sex workers"] },
        { id: 2, name: "Aid International", kind: "ingo", populations: ["sex workers", "LGBT"] },
      ],
      ties: [{ roundId: 2, fromOrgId: 1, toOrgId: 2, workedOn: ["advocacy"], howOften: "monthly" }],
    },
    actions: [
      {
        id: 1,
        title: "Share the budget with Tulinde",
        ownerOrganisationName: "Aid International",
        status: "started",
        dueOn: "2024-07-01",
        communityConfirmation: null,
      },
      {
        id: 2,
        title: "=cmd|' /C calc'!A0",
        ownerOrganisationName: "Aid International",
        status: "done",
        dueOn: "2024-05-01",
        communityConfirmation: "disputed",
      },
    ],
    texts: {
      ourReadings: [{ organisationName: "Tulinde", text: "Tunaona mabadiliko madogo, lakini bado hatujasikilizwa." }],
      whatWeLearned: "We decided too much alone.",
    },
  };
}
