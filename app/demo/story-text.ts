// One demo story: its round, organisation, teller, language, when in the round it was told, the teller's
// answers to the story instrument (with signification and consent) and the themes a coordinator gave it.
export type DemoStoryText = {
  key: string;
  round: 0 | 1 | 2;
  org: "tumaini" | "pamoja";
  teller: string;
  language: "en" | "sw";
  /** When in the round it was told: a share of the time from the round's opening to its close (or to now). */
  at: number;
  answers: {
    story: string;
    dimensions: string[];
    felt: number;
    power: "us" | "them" | "shared";
    consent: "community" | "partners" | "report";
    attribution?: "anonymous" | "name" | "organisation";
    signed_name?: string;
  };
  themes: string[];
  /** The other organisation of the collaboration tie this story is an example of (ADR 029). */
  tie?: "tumaini" | "pamoja" | "ghp" | "openHorizons";
  putForward?: boolean;
  /** A translation the teller's coordinator added, and whether the teller confirmed it. */
  translation?: { language: "en" | "sw" | "nl" | "fr"; text: string; confirmed: boolean };
};
