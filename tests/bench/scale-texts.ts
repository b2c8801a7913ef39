// Plausible words for every sealed text the generator writes. `marker` (empty by default) is put in
// each of them, so a test can prove that none reaches the database file in clear.
import type { Rng } from "./scale-rng";

const FIRST = [
  "Achieng",
  "Baraka",
  "Chausiku",
  "Dalia",
  "Eshe",
  "Faraji",
  "Gathoni",
  "Hamisi",
  "Imani",
  "Jabari",
  "Kalinda",
  "Lulu",
  "Mosi",
  "Nia",
  "Oluchi",
  "Pendo",
  "Rehema",
  "Sefu",
  "Tumaini",
  "Upendo",
  "Wambui",
  "Zuri",
];
const LAST = [
  "Atieno",
  "Banda",
  "Chege",
  "Dlamini",
  "Ekwueme",
  "Gitau",
  "Hassan",
  "Juma",
  "Kariuki",
  "Lungu",
  "Moyo",
  "Njeri",
  "Okello",
  "Phiri",
  "Sithole",
  "Tembo",
  "Wafula",
];

const STORY_EN = [
  "They asked us what we needed, then wrote the plan before we could answer.",
  "When the clinic closed, our outreach workers kept the referrals going with their own phones.",
  "The new budget line for peer educators came after we raised it twice in the partnership meeting.",
  "Nobody told us the reporting template had changed; we found out when the payment was late.",
  "We were invited to speak at the national meeting and our words were quoted in the report.",
  "Police raided the drop-in centre again and the INGO called the district commander the same day.",
  "Our members do not trust the new data system because names are visible to too many people.",
  "The training was useful, but it was scheduled on the day of our monthly peer support meeting.",
];
const STORY_SW = [
  "Walituuliza tunahitaji nini, kisha wakaandika mpango kabla hatujajibu.",
  "Kliniki ilipofungwa, wahudumu wetu waliendelea kuwasaidia wenzetu kwa simu zao wenyewe.",
  "Tulialikwa kuzungumza kwenye mkutano wa kitaifa na maneno yetu yakanukuliwa katika ripoti.",
  "Wanachama wetu hawaamini mfumo mpya wa takwimu kwa sababu majina yanaonekana kwa watu wengi mno.",
];
const EXAMPLES = [
  "In the last quarter the budget was decided in a meeting we were not invited to.",
  "They changed the targets after we explained how our members actually reach services.",
  "Our coordinator was asked for advice and the advice was followed.",
  "We heard about the new strategy from a newsletter, not from them.",
  "They paid our facilitators on time for the first time this year.",
];
const REFLECTIONS = [
  "We moved the workplan review to the community partners' offices after their feedback.",
  "It surprised us how differently our partners rate the transparency of our budget.",
  "Peer educators know which hotspots are safe on which nights; our plans now start from that.",
];
const ANSWERS = ["We read your story and shared it with the programme team.", "Tumeisikia sauti yenu na tutaijadili kwenye mkutano ujao."];
const WILL_DO = [
  "We will put this on the agenda of the next partnership meeting.",
  "We will change the schedule and tell you by the end of the month.",
];

export type Texts = ReturnType<typeof makeTexts>;

export function makeTexts(rng: Rng, marker = "") {
  const mark = (text: string) => (marker ? `${text} ${marker}` : text);
  return {
    name: () => mark(`${rng.pick(FIRST)} ${rng.pick(LAST)}`),
    email: (personId: number) => `${marker ? `${marker}.` : ""}person${personId}@scale.example`.toLowerCase(),
    story(language: string) {
      const pool = language === "sw" ? STORY_SW : STORY_EN;
      return mark(rng.sample(pool, rng.int(1, 3)).join(" "));
    },
    example: () => mark(rng.pick(EXAMPLES)),
    reflection: () => mark(rng.pick(REFLECTIONS)),
    heard: () => mark(rng.pick(ANSWERS)),
    willDo: () => mark(rng.pick(WILL_DO)),
    comment: () => mark("Yes, they came back to us and explained what they changed."),
    token: (id: number) => mark(`link-token-${id}-${Math.floor(rng.next() * 1e9)}`),
  };
}

/** Two in three generated people speak Swahili; fixed per person so stories and answers agree. */
export const languageOf = (personId: number) => (personId % 3 === 0 ? "en" : "sw");
