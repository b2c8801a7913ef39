import type { ReactNode } from "react";
import { NA_FORM_VALUE, type ChoiceOption, type ElementKind, type PageElement, type PageModel } from "../../../surveys/types";

// Renders one instrument page (surveys/page-model.ts) as a plain HTML form body: no SurveyJS UI and
// no JavaScript, so it works on a cheap phone on a slow network (docs/stack.md). Field names
// are the question names; surveys/parse-form.ts reads them back. The route adds <Form> and buttons.

export interface SurveyLabels {
  /** Shown after the title of a required question, e.g. "(required)". */
  required: string;
  /** Fallback for a rating's "don't know / not applicable" when the instrument has no text. */
  dontKnow: string;
  yes: string;
  no: string;
  /** The empty first option of a drop-down, e.g. "Choose…". */
  choose: string;
}

export interface SurveyPageProps {
  model: PageModel;
  /** Already translated messages, by question name. */
  errors?: Record<string, string | undefined>;
  labels: SurveyLabels;
}

interface ElementProps {
  element: PageElement;
  error?: string;
  errors: Record<string, string | undefined>;
  labels: SurveyLabels;
}

const fieldId = (name: string) => `q-${name}`;
const describedBy = (element: PageElement, error?: string) =>
  [element.description && `${fieldId(element.name)}-desc`, error && `${fieldId(element.name)}-error`].filter(Boolean).join(" ") ||
  undefined;
const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b);

function Notes({ element, error }: { element: PageElement; error?: string }) {
  const id = fieldId(element.name);
  return (
    <>
      {element.description ? (
        <p id={`${id}-desc`} className="question-description">
          {element.description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * A question answered with several inputs (radios, checkboxes, a matrix) is a fieldset with a legend;
 * one answered with a single control (text, textarea, select) is a div with a label.
 */
function Question({ element, error, labels, group, children }: Omit<ElementProps, "errors"> & { group: boolean; children: ReactNode }) {
  const title = (
    <>
      {element.title}
      {element.isRequired ? <span className="question-required"> {labels.required}</span> : null}
    </>
  );
  if (!group) {
    return (
      <div className="question">
        <label htmlFor={fieldId(element.name)} className="question-title">
          {title}
        </label>
        <Notes element={element} error={error} />
        {children}
      </div>
    );
  }
  return (
    <fieldset id={fieldId(element.name)} className="question" aria-describedby={describedBy(element, error)}>
      <legend className="question-title">{title}</legend>
      <Notes element={element} error={error} />
      {children}
    </fieldset>
  );
}

type OptionItem = ChoiceOption & { checked: boolean };

function Options({
  element,
  error,
  type,
  options,
}: {
  element: PageElement;
  error?: string;
  type: "radio" | "checkbox";
  options: OptionItem[];
}) {
  return (
    <ul className="choices">
      {options.map((option, index) => {
        const id = `${fieldId(element.name)}-${index}`;
        return (
          <li key={String(option.value)} className="choice">
            <input
              type={type}
              id={id}
              name={element.name}
              value={String(option.value)}
              defaultChecked={option.checked}
              aria-invalid={Boolean(error) || undefined}
            />
            <label htmlFor={id}>{option.text}</label>
          </li>
        );
      })}
    </ul>
  );
}

function ratingOptions(element: PageElement, labels: SurveyLabels): OptionItem[] {
  const min = element.rateMin ?? 1;
  const max = element.rateMax ?? 5;
  const steps = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const options: OptionItem[] = steps.map((step) => ({
    value: step,
    // The scale's ends carry their words; the steps between are numbers.
    text:
      step === min && element.minText
        ? `${step} – ${element.minText}`
        : step === max && element.maxText
          ? `${step} – ${element.maxText}`
          : String(step),
    checked: !element.naSelected && same(element.value, step),
  }));
  // "Don't know" is one more radio of the same field, so it excludes a number without any script.
  if (element.naName) options.push({ value: NA_FORM_VALUE, text: element.naText || labels.dontKnow, checked: Boolean(element.naSelected) });
  return options;
}

const PICK_OPTIONS: Partial<Record<ElementKind, (element: PageElement, labels: SurveyLabels) => OptionItem[]>> = {
  rating: ratingOptions,
  radiogroup: (element) => (element.choices ?? []).map((choice) => ({ ...choice, checked: same(element.value, choice.value) })),
  checkbox: (element) =>
    (element.choices ?? []).map((choice) => ({
      ...choice,
      checked: Array.isArray(element.value) && element.value.some((item) => same(item, choice.value)),
    })),
  boolean: (element, labels) => [
    { value: "true", text: element.trueText || labels.yes, checked: element.value === true },
    { value: "false", text: element.falseText || labels.no, checked: element.value === false },
  ],
};

/** Questions answered by picking: radios (one field name), or checkboxes repeating the field name. */
function Pick({ element, error, labels }: ElementProps) {
  const options = PICK_OPTIONS[element.kind]?.(element, labels) ?? [];
  return (
    <Question element={element} error={error} labels={labels} group>
      <Options element={element} error={error} type={element.kind === "checkbox" ? "checkbox" : "radio"} options={options} />
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
                      name={`${element.name}.${String(row.value)}`}
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
    id: fieldId(element.name),
    name: element.name,
    defaultValue: typeof element.value === "string" ? element.value : "",
    maxLength: element.maxLength,
    "aria-describedby": describedBy(element, error),
    "aria-invalid": Boolean(error) || undefined,
    "aria-required": element.isRequired || undefined,
  };
  return (
    <Question element={element} error={error} labels={labels} group={false}>
      {element.kind === "comment" ? <textarea {...common} rows={6} /> : <input type="text" {...common} />}
    </Question>
  );
}

function Select({ element, error, labels }: ElementProps) {
  const chosen = (element.choices ?? []).find((choice) => same(element.value, choice.value));
  return (
    <Question element={element} error={error} labels={labels} group={false}>
      <select
        id={fieldId(element.name)}
        name={element.name}
        defaultValue={chosen ? String(chosen.value) : ""}
        aria-describedby={describedBy(element, error)}
        aria-invalid={Boolean(error) || undefined}
        aria-required={element.isRequired || undefined}
      >
        <option value="">{labels.choose}</option>
        {(element.choices ?? []).map((choice) => (
          <option key={String(choice.value)} value={String(choice.value)}>
            {choice.text}
          </option>
        ))}
      </select>
    </Question>
  );
}

// Instrument html items are plain text (check-instrument.ts refuses tags); shown as text, never markup.
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
    <fieldset id={fieldId(element.name)} className="survey-panel">
      {element.title ? <legend className="panel-title">{element.title}</legend> : null}
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
  dropdown: Select,
  boolean: Pick,
  matrix: Matrix,
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
