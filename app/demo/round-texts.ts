// The examples and reflections demo people write in the past rounds. All fictional; community members
// write in their own language (English or Swahili), INGO staff in English.
import type { Dimension } from "../../surveys/dimensions";

type Texts = Record<Dimension, string[]>;

export const COMMUNITY_EXAMPLES: Record<"en" | "sw", Texts> = {
  en: {
    decisions: [
      "The new clinic hours were decided in Amsterdam and we heard about them in an e-mail.",
      "We were invited to the planning meeting, but the plan was already printed when we arrived.",
    ],
    agenda: [
      "They asked us what to focus on next year, then chose the same priorities as before.",
      "Our advice on night outreach was asked for, and it is now in the work plan.",
    ],
    money: [
      "We cannot move even 5,000 shillings between budget lines without asking Global Health Partners first.",
      "The peer educators' transport money was cut without anyone talking to us.",
    ],
    knowledge: [
      "Our peer educators trained their staff on how to talk to men who sell sex. That was our knowledge leading.",
      "They still bring consultants to tell us what our community needs.",
    ],
    listening: [
      "We reported police harassment near the drop-in centre three times before anything happened.",
      "When we said the new forms scare people away, they changed them within a month.",
    ],
    respect: [
      "Their staff call us partners and mean it, most of the time.",
      "In the donor report our members were shown as victims, not as the people running the work.",
    ],
    transparency: [
      "We still do not know how much of the grant stays in the Netherlands.",
      "They shared the whole budget with us this quarter for the first time.",
    ],
    accountability: [
      "We send monthly reports; we never get a report back from them.",
      "After the review they came back to tell us what they did with our comments.",
    ],
    trust: [
      "I can tell our programme officer when something is not working and she does not punish us for it.",
      "People are careful what they say because the next grant depends on it.",
    ],
    independence: [
      "We are learning to write our own proposals, and that is thanks to this partnership.",
      "Sometimes it feels like we are their sub-contractor for outreach.",
    ],
    visibility: [
      "They took our coordinator to the funder meeting in Nairobi and let her speak.",
      "Funders only ever hear about us through their reports.",
    ],
  },
  sw: {
    decisions: [
      "Maamuzi kuhusu saa za kliniki yalifanywa bila sisi; tuliambiwa tu kwa barua pepe.",
      "Tunaalikwa kwenye mikutano, lakini mipango huwa imeshaandikwa kabla hatujafika.",
    ],
    agenda: [
      "Walituuliza tunataka nini mwaka ujao, kisha wakachagua mambo yale yale ya zamani.",
      "Ushauri wetu kuhusu huduma za usiku ulisikilizwa na sasa uko kwenye mpango wa kazi.",
    ],
    money: [
      "Hatuwezi kuhamisha hata shilingi elfu tano kati ya mafungu ya bajeti bila ruhusa yao.",
      "Pesa za usafiri za waelimishaji rika zilikatwa bila mtu yeyote kuzungumza nasi.",
    ],
    knowledge: [
      "Waelimishaji rika wetu waliwafundisha wafanyakazi wao jinsi ya kuzungumza na jamii yetu. Huo ni ujuzi wetu.",
      "Bado wanaleta washauri kutoka nje kutuambia jamii yetu inahitaji nini.",
    ],
    listening: [
      "Tuliripoti unyanyasaji wa polisi karibu na kituo mara tatu kabla hatua kuchukuliwa.",
      "Tuliposema fomu mpya zinawatisha watu, walizibadilisha ndani ya mwezi mmoja.",
    ],
    respect: [
      "Wafanyakazi wao wanatuita washirika na mara nyingi wanamaanisha hivyo.",
      "Kwenye ripoti ya wafadhili, wanachama wetu walionyeshwa kama waathiriwa, si kama wanaoendesha kazi.",
    ],
    transparency: [
      "Bado hatujui ni kiasi gani cha ruzuku kinabaki Uholanzi.",
      "Robo hii walitushirikisha bajeti nzima kwa mara ya kwanza.",
    ],
    accountability: [
      "Tunatuma ripoti kila mwezi, lakini hatupati ripoti yoyote kutoka kwao.",
      "Baada ya tathmini walirudi kutueleza walichofanya na maoni yetu.",
    ],
    trust: [
      "Ninaweza kumwambia afisa wetu wa programu jambo lisipofanya kazi bila kuogopa.",
      "Watu wanachunga maneno yao kwa sababu ruzuku ijayo inategemea hilo.",
    ],
    independence: [
      "Tunajifunza kuandika maombi yetu wenyewe ya ruzuku, shukrani kwa ushirikiano huu.",
      "Wakati mwingine tunahisi kama sisi ni wakandarasi wao wa kazi za mtaani.",
    ],
    visibility: [
      "Walimpeleka mratibu wetu kwenye mkutano wa wafadhili Nairobi na akapewa nafasi ya kuzungumza.",
      "Wafadhili hutusikia tu kupitia ripoti zao.",
    ],
  },
};

export const INGO_EXAMPLES: Texts = {
  decisions: [
    "We co-designed the outreach plan with both partners in a two-day workshop.",
    "Final budget decisions are still taken at head office, but we consult first.",
  ],
  agenda: ["We asked both partners for their priorities before writing the new proposal."],
  money: ["Partners manage their own activity budgets and report quarterly.", "We moved to flexible funding for Tumaini this year."],
  knowledge: ["Peer educators from Pamoja trained our clinical staff on harm reduction."],
  listening: [
    "When partners raised the police issue we escalated it to the county health office.",
    "We changed the intake forms after Tumaini's feedback.",
  ],
  respect: ["We always ask partners before using their photos or stories."],
  transparency: ["We shared our full programme budget with both partners in the last review."],
  accountability: ["We present our own results to partners at the quarterly meeting."],
  trust: ["Partners tell us openly when things go wrong; we have a good relationship."],
  independence: ["We fund organisational development, not only activities."],
  visibility: ["We invited partner coordinators to the funder meeting in Nairobi."],
};

export const REFLECTIONS: Record<"reflection_changed_plan" | "reflection_surprised" | "reflection_expertise", string[]> = {
  reflection_changed_plan: [
    "We moved the outreach evenings after Pamoja told us the old times put people at risk.",
    "Honestly, I cannot remember a plan we changed because a partner asked us to.",
    "We dropped a planned awareness campaign when Tumaini said it would expose members.",
  ],
  reflection_surprised: [
    "That members do not feel they can say no to us without risking their funding.",
    "How much unpaid time the peer educators put into our reporting.",
    "That our monthly report template is seen as one-way accountability.",
  ],
  reflection_expertise: [
    "We tend to arrive with the answer already written in the proposal.",
    "Our technical language makes it hard for partners to disagree with us in meetings.",
  ],
};
