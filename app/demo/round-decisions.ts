// Who decides what in the demo rounds, in each organisation's eyes. The INGO sees the budget split as made
// after consulting its partners, then together; Tumaini saw it made by the INGO alone, then after consulting;
// Pamoja still sees it made by the INGO alone. All three want it made together or by the communities.
import { DECISION_TOPICS, type DecisionPosition, type DecisionTopic } from "../../surveys/dimensions";
import type { DemoContext } from "./context";

type Org = "tumaini" | "pamoja" | "ghp";
type Answers = { actual: DecisionPosition[]; desired: DecisionPosition };

// Per topic: the actual in the first and second past round (the open round repeats the second), and the desired.
const MAP: Record<Org, Record<DecisionTopic, Answers>> = {
  ghp: {
    budget: { actual: ["ingo_consulting", "together"], desired: "together" },
    strategy: { actual: ["ingo_consulting", "ingo_consulting"], desired: "together" },
    activities: { actual: ["together", "together"], desired: "community_consulting" },
    indicators: { actual: ["ingo_consulting", "together"], desired: "together" },
    hiring: { actual: ["ingo_alone", "ingo_alone"], desired: "ingo_consulting" },
    partners: { actual: ["ingo_consulting", "ingo_consulting"], desired: "together" },
    messages: { actual: ["together", "together"], desired: "together" },
    reporting: { actual: ["ingo_alone", "ingo_consulting"], desired: "together" },
  },
  tumaini: {
    budget: { actual: ["ingo_alone", "ingo_consulting"], desired: "community_consulting" },
    strategy: { actual: ["ingo_alone", "ingo_alone"], desired: "together" },
    activities: { actual: ["ingo_consulting", "together"], desired: "community_alone" },
    indicators: { actual: ["ingo_alone", "ingo_consulting"], desired: "together" },
    hiring: { actual: ["ingo_alone", "ingo_alone"], desired: "together" },
    partners: { actual: ["ingo_alone", "ingo_consulting"], desired: "together" },
    messages: { actual: ["ingo_consulting", "together"], desired: "community_consulting" },
    reporting: { actual: ["ingo_alone", "ingo_alone"], desired: "together" },
  },
  pamoja: {
    budget: { actual: ["ingo_alone", "ingo_alone"], desired: "together" },
    strategy: { actual: ["ingo_alone", "ingo_consulting"], desired: "together" },
    activities: { actual: ["together", "together"], desired: "community_consulting" },
    indicators: { actual: ["ingo_alone", "ingo_alone"], desired: "together" },
    hiring: { actual: ["funder", "ingo_alone"], desired: "ingo_consulting" },
    partners: { actual: ["ingo_consulting", "ingo_consulting"], desired: "together" },
    messages: { actual: ["ingo_consulting", "ingo_consulting"], desired: "community_alone" },
    reporting: { actual: ["ingo_alone", "ingo_consulting"], desired: "together" },
  },
};

/** The decision-map answers of `organisationId`'s coordinator in round `index`, as the form posts them; null for other organisations. */
export function demoDecisionAnswers(demo: DemoContext, organisationId: number, index: number): Record<string, unknown> | null {
  const org = (["ghp", "tumaini", "pamoja"] as const).find((name) => demo.orgs[name] === organisationId);
  if (!org) return null;
  const actual: Record<string, string> = {};
  const desired: Record<string, string> = {};
  for (const { topic } of DECISION_TOPICS) {
    const answers = MAP[org][topic];
    actual[topic] = answers.actual[Math.min(index, answers.actual.length - 1)];
    desired[topic] = answers.desired;
  }
  return { actual, desired };
}
