import type { ElementKind, PageElement, PageModel } from "../../../surveys/types";
import { Matrix, Pick, Select, TextField } from "./survey-choices";
import { MatrixDropdown, MultipleText, Ranking } from "./survey-grids";
import { Notes, conditionData, idOf, type ElementProps, type SurveyLabels } from "./survey-question";

export type { SurveyLabels } from "./survey-question";

// Renders one instrument page (surveys/page-model.ts) as a plain HTML form body: no SurveyJS UI and
// no JavaScript, so it works on a cheap phone on a slow network (docs/stack.md). Field names are the
// question names spelt by surveys/field-names.ts; surveys/parse-form.ts reads them back. The route adds
// <Form> and buttons. A question shown by an answer on its own page says so in words; the small
// conditions.js shows and hides it live where scripts run (docs/decisions/019-same-page-conditions.md).

export interface SurveyPageProps {
  model: PageModel;
  /** Already translated messages, by question name. */
  errors?: Record<string, string | undefined>;
  labels: SurveyLabels;
}
// Instrument html items are shown as text (tags dropped by the page model), never as markup; so are expressions.
function Text({ element }: ElementProps) {
  return (
    <div className="survey-text">
      {(element.html ?? "").split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

function Panel({ element, errors, labels }: ElementProps) {
  return (
    <fieldset id={idOf(element)} className="survey-panel" {...conditionData(element)}>
      {element.title ? <legend className="panel-title">{element.title}</legend> : null}
      <Notes element={element} labels={labels} />
      <Elements elements={element.elements ?? []} errors={errors} labels={labels} />
    </fieldset>
  );
}

const RENDER: Record<ElementKind, (props: ElementProps) => JSX.Element> = {
  text: TextField,
  comment: TextField,
  rating: Pick,
  radiogroup: Pick,
  checkbox: Pick,
  tagbox: Pick,
  dropdown: Select,
  boolean: Pick,
  matrix: Matrix,
  matrixdropdown: (props) => <MatrixDropdown {...props} />,
  multipletext: (props) => <MultipleText {...props} />,
  ranking: (props) => <Ranking {...props} />,
  expression: Text,
  html: Text,
  panel: Panel,
};

function Elements({
  elements,
  errors,
  labels,
}: {
  elements: PageElement[];
  errors: Record<string, string | undefined>;
  labels: SurveyLabels;
}) {
  return (
    <>
      {elements.map((element) => {
        const Render = RENDER[element.kind];
        return <Render key={element.name} element={element} error={errors[element.name]} errors={errors} labels={labels} />;
      })}
    </>
  );
}

export function SurveyPage({ model, errors = {}, labels }: SurveyPageProps) {
  return (
    <div className="survey-page">
      {model.title ? <h2 className="survey-page-title">{model.title}</h2> : null}
      {model.description ? <p className="survey-page-description">{model.description}</p> : null}
      <Elements elements={model.elements} errors={errors} labels={labels} />
    </div>
  );
}
