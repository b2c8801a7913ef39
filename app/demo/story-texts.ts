// The demo stories: fictional, told with respect, about being listened to or not. Each names its round
// (0 = oldest past round, 1 = the next, 2 = the open one), its teller (a demo member, or "link" for a story
// told anonymously through the organisation's story link), and the teller's own signification and consent.

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
  putForward?: boolean;
};

export const DEMO_THEMES = ["Safe workplaces", "Access to police", "Low-threshold help", "Working together", "Kusikilizwa"];

export const DEMO_STORIES: DemoStoryText[] = [
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
  // Enough stories shared with the INGO in every round that the listening figures clear k = 5.
  {
    key: "outreach-van",
    round: 0,
    org: "tumaini",
    teller: "member3@tumaini.example",
    language: "en",
    at: 0.6,
    answers: {
      story:
        "We asked for the outreach van to come to Majengo on Friday nights, when the men are there. The schedule went out for the whole quarter with no Friday on it. Our coordinator wrote twice and heard nothing back.",
      dimensions: ["agenda", "listening"],
      felt: 1,
      power: "them",
      consent: "partners",
    },
    themes: ["Low-threshold help"],
  },
  {
    key: "report-template",
    round: 0,
    org: "pamoja",
    teller: "link",
    language: "sw",
    at: 0.85,
    answers: {
      story:
        "Fomu ya ripoti ya robo mwaka ina kurasa kumi na mbili. Tuliuliza kama tunaweza kuripoti kwa hadithi na picha badala ya takwimu tu. Hatukupata jibu.",
      dimensions: ["accountability", "knowledge"],
      felt: 2,
      power: "them",
      consent: "report",
    },
    themes: ["Kusikilizwa"],
  },
  {
    key: "training-swahili",
    round: 1,
    org: "pamoja",
    teller: "member3@pamoja.example",
    language: "sw",
    at: 0.6,
    answers: {
      story:
        "Mafunzo ya usalama wa kidijitali yalifanywa kwa Kiswahili baada ya sisi kuomba. Watu wengi zaidi walielewa na kuuliza maswali. Ni jambo dogo lakini lilionyesha kwamba walitusikia.",
      dimensions: ["listening", "knowledge"],
      felt: 4,
      power: "shared",
      consent: "partners",
    },
    themes: ["Working together"],
  },
  {
    key: "safe-house-keys",
    round: 2,
    org: "pamoja",
    teller: "link",
    language: "en",
    at: 0.5,
    answers: {
      story:
        "The safe house keys are still held by the INGO office, which closes at five. Twice this month someone needed a bed at night and we could not open the door. We asked to hold a key ourselves.",
      dimensions: ["independence", "trust", "decisions"],
      felt: 2,
      power: "them",
      consent: "partners",
    },
    themes: ["Safe workplaces"],
  },
];
