// The collaboration-network instrument is a template: one panel, `org_template`, asked about "{ORG}".
// A round asks it once per other organisation in the partnership.

const TEMPLATE_PANEL = "org_template";
const ID_SEPARATOR = "__";

interface RawElement {
  name?: string;
  visibleIf?: string;
  elements?: RawElement[];
  [property: string]: unknown;
}

interface RawPage extends RawElement {
  elements: RawElement[];
}

export interface OtherOrganisation {
  id: number;
  name: string;
}

// Braces in a name would read as SurveyJS placeholders.
const plainName = (name: string) => name.replace(/[{}]/g, "");

function fillOrg<T>(value: T, name: string): T {
  if (typeof value === "string") return value.replaceAll("{ORG}", plainName(name)) as T;
  if (Array.isArray(value)) return value.map((item) => fillOrg(item, name)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillOrg(item, name)])) as T;
  }
  return value;
}

function withoutTitle(element: RawElement): RawElement {
  const { title: _title, ...rest } = element;
  return rest;
}

function forOrganisation(elements: RawElement[], names: string[], org: OtherOrganisation): RawElement[] {
  const rename = (expression: string) =>
    expression.replace(/\{([a-z0-9_]+)\}/g, (whole, name: string) => (names.includes(name) ? `{${name}${ID_SEPARATOR}${org.id}}` : whole));
  return fillOrg(elements, org.name).map((element) => ({
    ...element,
    name: `${element.name}${ID_SEPARATOR}${org.id}`,
    ...(element.visibleIf && { visibleIf: rename(element.visibleIf) }),
  }));
}

/**
 * A concrete instrument with the template asked once per other organisation: questions named
 * `<question>__<orgId>`, conditions rewritten to match. Questions that depend on another (visibleIf)
 * move to a follow-up page per organisation: without JavaScript a condition can only show a question
 * on a later page.
 */
export function expandNetworkInstrument(json: object, others: OtherOrganisation[]): object {
  const survey = structuredClone(json) as { pages?: RawPage[] };
  const pages = survey.pages ?? [];
  const at = pages.findIndex((page) => page.elements.some((element) => element.name === TEMPLATE_PANEL));
  if (at < 0) throw new Error(`no panel named ${TEMPLATE_PANEL}`);
  const page = pages[at];
  const template = page.elements.find((element) => element.name === TEMPLATE_PANEL)!;
  const questions = template.elements ?? [];
  const names = questions.map((question) => question.name!);
  const first = questions.filter((question) => !question.visibleIf);
  const followUp = questions.filter((question) => question.visibleIf);

  const panel = (org: OtherOrganisation, elements: RawElement[], prefix: string) => ({
    ...fillOrg(template, org.name),
    name: `${prefix}${ID_SEPARATOR}${org.id}`,
    elements: forOrganisation(elements, names, org),
  });
  const askAll: RawPage = {
    ...page,
    elements: page.elements.flatMap((element) =>
      element.name === TEMPLATE_PANEL ? others.map((org) => panel(org, first, "org")) : [element],
    ),
  };
  const followUps: RawPage[] =
    followUp.length === 0
      ? []
      : others.map((org) => {
          const elements = forOrganisation(followUp, names, org);
          const conditions = [...new Set(elements.map((element) => element.visibleIf!))];
          return {
            name: `${page.name ?? "network"}${ID_SEPARATOR}${org.id}`,
            title: fillOrg(template.title ?? org.name, org.name),
            visibleIf: conditions.map((condition) => `(${condition})`).join(" or "),
            // The page already carries the organisation's name; the panel only groups the questions.
            elements: [withoutTitle(panel(org, followUp, "org_detail"))],
          } as RawPage;
        });
  pages.splice(at, 1, askAll, ...followUps);
  return survey;
}

export interface NetworkTie {
  otherOrgId: number;
  workedOn: string[];
  /** The answer to how_often; "" if it was left unanswered. */
  howOften: string;
}

/** One tie per organisation this respondent worked with, from answers to the expanded instrument. */
export function deriveNetworkTies(answers: Record<string, unknown>): NetworkTie[] {
  const ties: NetworkTie[] = [];
  for (const [name, value] of Object.entries(answers)) {
    const match = /^worked_together__(\d+)$/.exec(name);
    if (!match || value !== true) continue;
    const id = match[1];
    const workedOn = answers[`worked_on__${id}`];
    const howOften = answers[`how_often__${id}`];
    ties.push({
      otherOrgId: Number(id),
      workedOn: Array.isArray(workedOn) ? workedOn.map(String) : [],
      howOften: typeof howOften === "string" ? howOften : "",
    });
  }
  return ties.sort((a, b) => a.otherOrgId - b.otherOrgId);
}
