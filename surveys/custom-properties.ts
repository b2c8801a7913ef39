import { Serializer } from "survey-core";

// survey-core reports properties it does not know as JSON errors, and drops them from the model. Everything
// Sikiliza reads from an instrument beyond SurveyJS itself is registered here, once, before any model is built,
// so an instrument says what it is in its own JSON (docs/decisions/018-instruments-are-open-surveyjs.md):
//   question  dimension, perspective   a rating that feeds the report (without them it is an ordinary question)
//   survey    answeredBy               whom a round invites to it by default
//             mirrors                  the instrument whose community ratings this one mirrors, dimension by dimension
//             askedPer                 asked once per community partner, or once per other organisation
export const ANSWERED_BY = ["community_members", "ingo_staff", "coordinators", "everyone", "storytellers"] as const;
export type AnsweredBy = (typeof ANSWERED_BY)[number];
export const ASKED_PER = ["community_partner", "other_organisation"] as const;
export type AskedPer = (typeof ASKED_PER)[number];

export const SURVEY_PROPERTIES = ["answeredBy", "mirrors", "askedPer"] as const;

let registered = false;

export function registerCustomProperties(): void {
  if (registered) return;
  for (const name of ["dimension", "perspective"]) {
    if (!Serializer.findProperty("question", name)) {
      Serializer.addProperty("question", { name, type: "string", category: "data" });
    }
  }
  for (const name of SURVEY_PROPERTIES) {
    if (!Serializer.findProperty("survey", name)) Serializer.addProperty("survey", { name, type: "string", category: "sikiliza" });
  }
  registered = true;
}

registerCustomProperties();

export interface InstrumentMeta {
  answeredBy: AnsweredBy;
  mirrors: string | null;
  askedPer: AskedPer | null;
}

/** What an instrument declares about itself; an instrument that declares nothing is answered by community members. */
export function instrumentMeta(json: object): InstrumentMeta {
  const raw = json as Record<string, unknown>;
  const answeredBy = (ANSWERED_BY as readonly unknown[]).includes(raw.answeredBy) ? (raw.answeredBy as AnsweredBy) : "community_members";
  const askedPer = (ASKED_PER as readonly unknown[]).includes(raw.askedPer) ? (raw.askedPer as AskedPer) : null;
  return { answeredBy, mirrors: typeof raw.mirrors === "string" ? raw.mirrors : null, askedPer };
}
