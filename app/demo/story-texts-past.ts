// The demo stories of the two closed rounds: read, answered, acted on and rated by now.
import type { DemoStoryText } from "./story-text";

export const PAST_ROUND_STORIES: DemoStoryText[] = [
  {
    key: "clinic-hours",
    round: 0,
    org: "tumaini",
    teller: "juma@tumaini.example",
    language: "sw",
    at: 0.15,
    answers: {
      story:
        "Saa za kliniki ya jioni zilibadilishwa bila mtu yeyote kutuuliza. Wengi wetu tunafanya kazi usiku, kwa hiyo kliniki ya asubuhi haitusaidii. Tuliambiwa ni uamuzi wa ofisi kuu. Wiki tatu hakuna aliyekuja kupima.",
      dimensions: ["decisions", "listening"],
      felt: 1,
      power: "them",
      consent: "partners",
    },
    themes: ["Low-threshold help"],
  },
  {
    key: "amsterdam-budget",
    round: 0,
    org: "tumaini",
    teller: "link",
    language: "en",
    at: 0.3,
    answers: {
      story:
        "The budget for our drop-in centre was decided in Amsterdam. We saw the figures only after they were final, and the line for peer outreach had been halved. When we asked why, we were told the donor wanted 'efficiency'. Nobody asked what outreach means for a man who cannot walk into a public clinic.",
      dimensions: ["money", "transparency", "decisions"],
      felt: 1,
      power: "them",
      consent: "report",
    },
    themes: ["Working together"],
    putForward: true,
  },
  {
    key: "stipends-late",
    round: 0,
    org: "pamoja",
    teller: "member1@pamoja.example",
    language: "sw",
    at: 0.4,
    answers: {
      story:
        "Posho za waelimishaji rika zilichelewa miezi miwili. Baadhi yetu tulikopa ili kulipa kodi. Tunaogopa kulalamika kwa sababu hatutaki kupoteza mradi.",
      dimensions: ["money", "respect", "trust"],
      felt: 2,
      power: "them",
      consent: "community",
    },
    themes: ["Kusikilizwa"],
  },
  {
    key: "needle-exchange-evenings",
    round: 0,
    org: "pamoja",
    teller: "link",
    language: "en",
    at: 0.55,
    answers: {
      story:
        "We told them twice that the needle exchange in Mathare needs evening hours, because that is when people come out. The plan that came back still said 9 to 5. It felt like our knowledge was collected in the meeting and left in the room.",
      dimensions: ["knowledge", "agenda", "listening"],
      felt: 2,
      power: "them",
      consent: "partners",
    },
    themes: ["Low-threshold help"],
  },
  {
    key: "donor-meeting",
    round: 0,
    org: "pamoja",
    teller: "member2@pamoja.example",
    language: "sw",
    at: 0.75,
    answers: {
      story:
        "Kwa mara ya kwanza tulialikwa kuzungumza wenyewe kwenye mkutano na mfadhili. Walitupa muda wa dakika tano tu, lakini tulisema tulichotaka kusema kwa maneno yetu.",
      dimensions: ["visibility", "respect"],
      felt: 4,
      power: "shared",
      consent: "report",
      attribution: "organisation",
    },
    themes: ["Working together"],
    // An example on the network's tie with the funder, which neither side reported as working together.
    tie: "openHorizons",
  },
  {
    key: "police-harassment",
    round: 1,
    org: "tumaini",
    teller: "link",
    language: "sw",
    at: 0.1,
    answers: {
      story:
        "Tuliripoti jinsi polisi walivyokuwa wakiwakamata wenzetu karibu na kituo cha kupumzikia na kuwadai pesa. Safari hii GHP walisikiliza: walikutana na mkuu wa kituo cha polisi pamoja nasi, na tangu hapo kukamatwa kumepungua. Bado hatujamaliza, lakini tulihisi tuko pamoja.",
      dimensions: ["accountability", "listening", "respect"],
      felt: 4,
      power: "shared",
      consent: "report",
    },
    themes: ["Access to police", "Safe workplaces"],
    putForward: true,
  },
  {
    key: "stipends-cut",
    round: 1,
    org: "tumaini",
    teller: "member2@tumaini.example",
    language: "en",
    at: 0.25,
    answers: {
      story:
        "Peer educators' stipends were cut from the new work plan without a conversation. The peer educators are the reason people trust the programme at all. We heard about it from the finance officer, not from the people we plan with.",
      dimensions: ["money", "independence", "decisions"],
      felt: 2,
      power: "them",
      consent: "partners",
    },
    themes: ["Working together"],
  },
  {
    key: "afraid-to-say",
    round: 1,
    org: "pamoja",
    teller: "link",
    language: "en",
    at: 0.35,
    answers: {
      story:
        "I do not want the international partner to read this. In the review meeting I kept quiet about the raids because the officer from the county was in the room. I wish we had a meeting without them first.",
      dimensions: ["trust", "respect"],
      felt: 2,
      power: "them",
      consent: "community",
    },
    themes: ["Safe workplaces"],
  },
  {
    key: "reporting-forms",
    round: 1,
    org: "pamoja",
    teller: "member3@pamoja.example",
    language: "sw",
    at: 0.5,
    answers: {
      story:
        "Tuliwaambia kuwa fomu za ripoti ni ndefu mno na zinauliza majina ya wateja. Walikubali kuzibadilisha: sasa ni ukurasa mmoja na hakuna majina. Hii ilikuwa mara ya kwanza tulihisi sauti yetu imebadilisha kitu.",
      dimensions: ["knowledge", "listening"],
      felt: 5,
      power: "shared",
      consent: "partners",
    },
    themes: ["Kusikilizwa"],
  },
  {
    key: "officer-listened",
    round: 1,
    org: "tumaini",
    teller: "member3@tumaini.example",
    language: "en",
    at: 0.65,
    answers: {
      story:
        "The new programme officer came to our Thursday meeting and did not bring slides. She asked what was hard this month and wrote down what we said. Two weeks later she came back and told us which points she could change and which she could not, and why.",
      dimensions: ["listening", "respect", "accountability"],
      felt: 5,
      power: "us",
      consent: "report",
      attribution: "organisation",
    },
    themes: ["Working together", "Kusikilizwa"],
    putForward: true,
  },
  {
    key: "budget-open",
    round: 1,
    org: "pamoja",
    teller: "link",
    language: "sw",
    at: 0.8,
    answers: {
      story:
        "Katika mkutano wa washirika, bajeti ya mwaka ujao ilionyeshwa yote, mstari kwa mstari, kabla ya kupitishwa. Tuliweza kuuliza kwa nini pesa za usafiri ni nyingi kuliko za huduma. Hawakubadilisha kila kitu, lakini walieleza.",
      dimensions: ["transparency", "money"],
      felt: 4,
      power: "shared",
      consent: "report",
    },
    themes: ["Working together"],
  },
];
