// Enough stories shared with the INGO in every round that the listening figures clear k = 5 in the demo.
import type { DemoStoryText } from "./story-text";

export const LISTENING_STORIES: DemoStoryText[] = [
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
    // An example on Pamoja's tie with the INGO.
    tie: "ghp",
    translation: {
      language: "nl",
      text: "Het kwartaalrapportageformulier telt twaalf pagina's. We vroegen of we mochten rapporteren met verhalen en foto's in plaats van alleen cijfers. We kregen geen antwoord.",
      confirmed: true,
    },
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
    translation: {
      language: "nl",
      text: "De training digitale veiligheid werd in het Swahili gegeven nadat wij daarom vroegen. Meer mensen begrepen het en stelden vragen. Het is iets kleins, maar het liet zien dat ze ons hadden gehoord.",
      confirmed: false,
    },
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
