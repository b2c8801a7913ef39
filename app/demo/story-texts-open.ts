// The demo stories of the open round: some still waiting for the INGO to read or answer them.
import type { DemoStoryText } from "./story-text";

export const OPEN_ROUND_STORIES: DemoStoryText[] = [
  {
    key: "outreach-schedule",
    round: 2,
    org: "tumaini",
    teller: "link",
    language: "en",
    at: 0.2,
    answers: {
      story:
        "Last week the new outreach schedule arrived by e-mail, already printed. It moves our night outreach to weekends only. We would have said that Tuesday nights are when the men we reach are most at risk, if anyone had asked.",
      dimensions: ["decisions", "knowledge"],
      felt: 2,
      power: "them",
      consent: "partners",
    },
    themes: [],
  },
  {
    key: "digital-security",
    round: 2,
    org: "tumaini",
    teller: "juma@tumaini.example",
    language: "sw",
    at: 0.4,
    answers: {
      story:
        "Tuliomba mafunzo ya usalama wa kidijitali baada ya wenzetu kutishiwa kupitia simu. Tuliambiwa ombi limefika, lakini bado tunasubiri jibu. Tunataka kujua kama limesikika.",
      dimensions: ["agenda", "listening"],
      felt: 3,
      power: "them",
      consent: "report",
    },
    themes: ["Safe workplaces"],
  },
  {
    key: "drop-in-safety",
    round: 2,
    org: "pamoja",
    teller: "member4@pamoja.example",
    language: "sw",
    at: 0.5,
    answers: {
      story:
        "Kituo chetu cha kupumzikia hakina mlango wa nyuma. Tukio la wiki iliyopita lilituogopesha. Tunataka kulijadili sisi wenyewe kwanza kabla ya kuwaambia washirika.",
      dimensions: ["respect", "independence"],
      felt: 3,
      power: "us",
      consent: "community",
    },
    themes: [],
  },
  {
    key: "stipends-on-time",
    round: 2,
    org: "pamoja",
    teller: "link",
    language: "en",
    at: 0.65,
    answers: {
      story:
        "For the first time this year, the peer educators' stipends were paid on time, and the finance officer sent a message to explain the new dates. It is a small thing, but it told us the complaint from last quarter was heard.",
      dimensions: ["money", "accountability"],
      felt: 4,
      power: "shared",
      consent: "partners",
    },
    themes: ["Kusikilizwa"],
  },
  {
    key: "signed-story",
    round: 2,
    org: "tumaini",
    teller: "member4@tumaini.example",
    language: "en",
    at: 0.8,
    answers: {
      story:
        "I want my name on this one. When I was beaten outside the bar, the paralegal the programme pays came within the hour and stayed with me at the police station. That is what working together looks like.",
      dimensions: ["respect", "trust"],
      felt: 5,
      power: "shared",
      consent: "report",
      attribution: "name",
      signed_name: "Dennis T.",
    },
    themes: ["Access to police"],
  },
];
