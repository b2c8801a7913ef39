import type { ReactNode } from "react";
import { fieldId } from "../../../surveys/field-names";
import type { ChoiceOption, ConditionWords, PageElement } from "../../../surveys/types";

// One question's frame, shared by every kind of control (survey-choices.tsx, survey-grids.tsx): its title,
// the condition in words, the description, the selection hint and the error, tied to the control by ids.

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

export interface ElementProps {
  element: PageElement;
  error?: string;
  errors: Record<string, string | undefined>;
  labels: SurveyLabels;
}

export const idOf = (element: PageElement) => fieldId(element.name);
export const describedBy = (element: PageElement, error?: string) =>
  [element.description && `${idOf(element)}-desc`, error && `${idOf(element)}-error`, element.condition && `${idOf(element)}-if`]
    .filter(Boolean)
    .join(" ") || undefined;
export const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b);

export function Notes({ element, error, labels }: { element: PageElement; error?: string; labels: SurveyLabels }) {
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
