import { instrumentFromJson } from "../../../surveys/load-instruments";
import { deriveNetworkTies, expandNetworkInstrument } from "../../../surveys/network";
import { buildPageModel } from "../../../surveys/page-model";
import { parsePageForm } from "../../../surveys/parse-form";
import { validateAnswers } from "../../../surveys/validate-answers";
import { allElements, rawInstrument } from "./helpers";

const others = [
  { id: 12, name: "Tumaini Clinic" },
  { id: 7, name: "Sauti {Yetu}" },
];
const expanded = () => instrumentFromJson("collaboration-network", expandNetworkInstrument(rawInstrument("collaboration-network"), others));

describe("the collaboration network instrument", () => {
  it("asks the template once per other organisation, with suffixed names and rewritten conditions", () => {
    const json = expandNetworkInstrument(rawInstrument("collaboration-network"), others) as Record<string, any>;
    const byName = Object.fromEntries(allElements(json).map((element) => [element.name, element]));
    expect(Object.keys(byName)).toEqual(
      expect.arrayContaining(["org__12", "worked_together__12", "worked_on__12", "how_often__12", "worked_together__7", "how_often__7"]),
    );
    expect(byName.worked_on__12.visibleIf).toBe("{worked_together__12} = true");
    expect(byName.worked_together__7.title).toEqual({
      default: "Did you work together with Sauti Yetu this period?",
      sw: "Je, mlifanya kazi pamoja na Sauti Yetu katika kipindi hiki?",
      nl: "Hebben jullie in deze periode samengewerkt met Sauti Yetu?",
      fr: "Avez-vous travaillé avec Sauti Yetu pendant cette période ?",
    });
    expect(JSON.stringify(json)).not.toContain("{ORG}");
    expect(JSON.stringify(json)).not.toContain("org_template");
  });

  it("puts the follow-up questions on a page each organisation's 'yes' shows, so no script is needed", () => {
    const network = expanded();
    const first = buildPageModel(network, { locale: "en", answers: {}, pageIndex: 0, variables: {} });
    expect(first.elements.map((element) => element.title)).toEqual(["Tumaini Clinic", "Sauti Yetu"]);
    expect(first.visiblePageIndexes).toEqual([0]);
    const answers = parsePageForm(
      network,
      0,
      [
        ["worked_together__12", "true"],
        ["worked_together__7", "false"],
      ],
      {},
    ).answers;
    const detail = buildPageModel(network, { locale: "sw", answers, pageIndex: 1, variables: {} });
    expect(detail.visiblePageIndexes).toEqual([0, 1]);
    expect(detail.title).toBe("Tumaini Clinic");
    expect(detail.elements[0].elements!.map((element) => element.name)).toEqual(["worked_on__12", "how_often__12"]);
  });

  it("turns a validated response into ties, one per organisation worked with", () => {
    const network = expanded();
    let answers = parsePageForm(
      network,
      0,
      [
        ["worked_together__12", "true"],
        ["worked_together__7", "false"],
      ],
      {},
    ).answers;
    answers = parsePageForm(
      network,
      1,
      [
        ["worked_on__12", "referrals"],
        ["worked_on__12", "advocacy"],
        ["how_often__12", "weekly"],
      ],
      answers,
    ).answers;
    expect(validateAnswers(network, answers).ok).toBe(true);
    expect(validateAnswers(network, { ...answers, how_often__12: undefined }).errors).toEqual([
      { question: "how_often__12", code: "required" },
    ]);
    expect(deriveNetworkTies(answers)).toEqual([{ otherOrgId: 12, workedOn: ["referrals", "advocacy"], howOften: "weekly" }]);
  });

  it("gives no tie for an organisation not worked with", () => {
    expect(deriveNetworkTies({ worked_together__3: false, worked_on__3: ["funding"] })).toEqual([]);
  });
});
