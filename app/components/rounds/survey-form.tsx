import type { ReactNode } from "react";
import { OTHER_SUFFIX, fieldId, fieldName } from "../../../surveys/field-names";
import {
  NA_FORM_VALUE,
  type ChoiceOption,
  type ConditionWords,
  type ElementKind,
  type PageElement,
  type PageModel,
} from "../../../surveys/types";
import { CellControl, MatrixDropdown, MultipleText, Ranking } from "./survey-grids";

// Renders one instrument page (surveys/page-model.ts) as a plain HTML form body: no SurveyJS UI and
// no JavaScript, so it works on a cheap phone on a slow network (docs/stack.md). Field names are the
// question names spelt by surveys/field-names.ts; surveys/parse-form.ts reads them back. The route adds
// <Form> and buttons. A question shown by an answer on its own page says so in words; the small
// conditions.js shows and hides it live where scripts run (docs/decisions/019-same-page-conditions.md).

export interface SurveyLabels {
  /** Shown after the title of a required question, e.g. "(required)". */
  required: string;
  /** Fallback for a rating's "don't know / not applicable" when the instrument has no text. */
  dontKnow: string;
  yes: string;
  no: string;
  /** The empty first option of a drop-down, e.g. "Choose…". */
  choose: string;
  /** The label of the text field beside an "other" choice. */
  otherText: string;
  /** "Answer this only if …" for a question a same-page answer shows. */
  condition: (words: ConditionWords, kind: "visible" | "enable") => string;
  /** "(only if …)" beside a choice an answer on the same page shows; the question's own words when absent. */
  choiceCondition?: (words: ConditionWords) => string;
  /** "Pick from at most {max}" and similar hints. */
  selected: (min: number | undefined, max: number | undefined) => string;
}

export interface SurveyPageProps {
  model: PageModel;
  /** Already translated messages, by question name. */
  errors?: Record<string, string | undefined>;
  labels: SurveyLabels;
}

export interface ElementProps {
  element: PageElement;
  error?: string;
  errors: Record<string, string | undefined>;
  labels: SurveyLabels;
}

const idOf = (element: PageElement) => fieldId(element.name);
export const describedBy = (element: PageElement, error?: string) =>
  [element.description && `${idOf(element)}-desc`, error && `${idOf(element)}-error`, element.condition && `${idOf(element)}-if`]
    .filter(Boolean)
    .join(" ") || undefined;
export const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b);

function Notes({ element, error, labels }: { element: PageElement; error?: string; labels: SurveyLabels }) {
  const id = idOf(element);
  return (
    <>
      {element.condition ? (
        <p id={`${id}-if`} className="question-condition">
          {labels.condition(element.condition.words, element.condition.kind)}
        </p>
      ) : null}
      {element.description ? (
        <p id={`${id}-desc`} className="question-description">
          {element.description}
        </p>
      ) : null}
      {element.minSelected || element.maxSelected ? (
        <p className="question-description">{labels.selected(element.minSelected, element.maxSelected)}</p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

// The script reads what shows or enables the question (or a choice) from here; without a script it is inert.
export const conditionData = (owner: { condition?: PageElement["condition"] }) =>
  owner.condition?.tree ? { "data-condition": JSON.stringify(owner.condition.tree), "data-condition-kind": owner.condition.kind } : {};

/** A choice's condition in words, read beside it when no script hides it. */
export const choiceConditionText = (choice: ChoiceOption, labels: SurveyLabels): string =>
  choice.condition ? (labels.choiceCondition?.(choice.condition.words) ?? labels.condition(choice.condition.words, "visible")) : "";

/**
 * A question answered with several inputs (radios, checkboxes, a matrix) is a fieldset with a legend;
 * one answered with a single control (text, textarea, select) is a div with a label.
 */
export function Question({
  element,
  error,
  labels,
  group,
  children,
}: Omit<ElementProps, "errors"> & { group: boolean; children: ReactNode }) {
  const title = (
    <>
      {element.title}
      {element.isRequired ? <span className="question-required"> {labels.required}</span> : null}
    </>
  );
  if (!group) {
    return (
      <div className="question" {...conditionData(element)}>
        <label htmlFor={idOf(element)} className="question-title">
          {title}
        </label>
        <Notes element={element} error={error} labels={labels} />
        {children}
      </div>
    );
  }
  return (
    <fieldset
      id={idOf(element)}
      className="question"
      aria-describedby={describedBy(element, error)}
      disabled={element.readOnly}
      {...conditionData(element)}
    >
      <legend className="question-title">{title}</legend>
      <Notes element={element} error={error} labels={labels} />
      {children}
    </fieldset>
  );
}

type OptionItem = ChoiceOption & { checked: boolean };

function OtherText({ element, labels }: { element: PageElement; labels: SurveyLabels }) {
  if (element.otherValue === undefined) return null;
  const id = `${idOf(element)}-other`;
  return (
    <div className="other-text">
      <label htmlFor={id}>{labels.otherText}</label>
      <input
        type="text"
        id={id}
        name={fieldName(element.name) + OTHER_SUFFIX}
        defaultValue={element.otherComment ?? ""}
        maxLength={element.maxLength}
        disabled={element.readOnly}
      />
    </div>
  );
}

function Options({
  element,
  error,
  type,
  options,
  labels,
}: {
  element: PageElement;
  error?: string;
  type: "radio" | "checkbox";
  options: OptionItem[];
  labels: SurveyLabels;
}) {
  return (
    <ul className="choices">
      {options.map((option, index) => {
        const id = `${idOf(element)}-${index}`;
        return (
          <li key={String(option.value)} className="choice" {...conditionData(option)}>
            <input
              type={type}
              id={id}
              name={element.field}
              value={String(option.value)}
              defaultChecked={option.checked}
              aria-invalid={Boolean(error) || undefined}
            />
            <label htmlFor={id}>{option.text}</label>
            {option.condition ? <span className="choice-condition"> {choiceConditionText(option, labels)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function ratingOptions(element: PageElement, labels: SurveyLabels): OptionItem[] {
  const steps = element.choices ?? [];
  const options: OptionItem[] = steps.map((step, index) => ({
    value: step.value,
    // The scale's ends carry their words; the steps between are their own texts.
    text:
      index === 0 && element.minText
        ? `${step.text} – ${element.minText}`
        : index === steps.length - 1 && element.maxText
          ? `${step.text} – ${element.maxText}`
          : step.text,
    checked: !element.naSelected && same(element.value, step.value),
  }));
  // "Don't know" is one more radio of the same field, so it excludes a number without any script.
  if (element.naName) options.push({ value: NA_FORM_VALUE, text: element.naText || labels.dontKnow, checked: Boolean(element.naSelected) });
  return options;
}

const withOther = (element: PageElement, options: OptionItem[], checked: boolean): OptionItem[] =>
  element.otherValue === undefined ? options : [...options, { value: element.otherValue, text: element.otherText ?? "", checked }];

const PICK_OPTIONS: Partial<Record<ElementKind, (element: PageElement, labels: SurveyLabels) => OptionItem[]>> = {
  rating: ratingOptions,
  radiogroup: (element) =>
    withOther(
      element,
      (element.choices ?? []).map((choice) => ({ ...choice, checked: same(element.value, choice.value) })),
      same(element.value, element.otherValue),
    ),
  checkbox: (element) => {
    const ticked = (value: unknown) => Array.isArray(element.value) && element.value.some((item) => same(item, value));
    return withOther(
      element,
      (element.choices ?? []).map((choice) => ({ ...choice, checked: ticked(choice.value) })),
      ticked(element.otherValue),
    );
  },
  // The instrument's own true and false values (valueTrue/valueFalse) are kept by the parser; the form posts true/false.
  boolean: (element, labels) => [
    {
      value: "true",
      text: element.trueText || labels.yes,
      checked: element.value === true || same(element.value, element.choices?.[0]?.value),
    },
    {
      value: "false",
      text: element.falseText || labels.no,
      checked: element.value === false || same(element.value, element.choices?.[1]?.value),
    },
  ],
};

/** Questions answered by picking: radios (one field name), or checkboxes repeating the field name. */
function Pick({ element, error, labels }: ElementProps) {
  const options = PICK_OPTIONS[element.kind === "tagbox" ? "checkbox" : element.kind]?.(element, labels) ?? [];
  const many = element.kind === "checkbox" || element.kind === "tagbox";
  return (
    <Question element={element} error={error} labels={labels} group>
      <Options element={element} error={error} type={many ? "checkbox" : "radio"} options={options} labels={labels} />
      <OtherText element={element} labels={labels} />
    </Question>
  );
}

function Matrix({ element, error, labels }: ElementProps) {
  const answer = (element.value ?? {}) as Record<string, unknown>;
  const columns = element.columns ?? [];
  return (
    <Question element={element} error={error} labels={labels} group>
      <div className="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th key={String(column.value)} scope="col">
                  {column.text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(element.rows ?? []).map((row) => (
              <tr key={String(row.value)}>
                <th scope="row">{row.text}</th>
                {columns.map((column) => (
                  <td key={String(column.value)}>
                    {/* One field per row, `<matrix>.<row>`, valued with the column (parse-form.ts). */}
                    {/* aria-invalid on every radio, as Options does: screen readers announce it there; ARIA 1.2 lists it only for the radiogroup, which a matrix row has no element for. */}
                    {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
                    <input
                      type="radio"
                      name={fieldName(element.name, String(row.value))}
                      value={String(column.value)}
                      defaultChecked={same(answer[String(row.value)], column.value)}
                      aria-label={`${row.text}: ${column.text}`}
                      aria-invalid={Boolean(error) || undefined}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Question>
  );
}

function TextField({ element, error, labels }: ElementProps) {
  const common = {
    id: idOf(element),
    name: element.field,
    defaultValue: typeof element.value === "string" || typeof element.value === "number" ? String(element.value) : "",
    maxLength: element.inputType === "number" || element.inputType === "date" ? undefined : element.maxLength,
    placeholder: element.placeholder,
    disabled: element.readOnly,
    "aria-describedby": describedBy(element, error),
    "aria-invalid": Boolean(error) || undefined,
    "aria-required": element.isRequired || undefined,
  };
  return (
    <Question element={element} error={error} labels={labels} group={false}>
      {element.kind === "comment" ? (
        <textarea {...common} rows={6} />
      ) : (
        <input
          type={element.inputType ?? "text"}
          {...common}
          min={element.min}
          max={element.max}
          // Any number the instrument allows, decimals too, unless it names a step.
          step={element.inputType === "number" ? (element.step ?? "any") : undefined}
          inputMode={element.inputType === "number" ? "decimal" : undefined}
        />
      )}
    </Question>
  );
}

function Select({ element, error, labels }: ElementProps) {
  return (
    <Question element={element} error={error} labels={labels} group={false}>
      <CellControl
        id={idOf(element)}
        name={element.field}
        cellType="dropdown"
        choices={[
          ...(element.choices ?? []),
          ...(element.otherValue !== undefined ? [{ value: element.otherValue, text: element.otherText ?? "" }] : []),
        ]}
        value={element.value}
        labels={labels}
        disabled={element.readOnly}
        describedBy={describedBy(element, error)}
        invalid={Boolean(error)}
      />
      <OtherText element={element} labels={labels} />
    </Question>
  );
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
      {element.condition ? <p className="question-condition">{labels.condition(element.condition.words, element.condition.kind)}</p> : null}
      {element.description ? <p className="question-description">{element.description}</p> : null}
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
