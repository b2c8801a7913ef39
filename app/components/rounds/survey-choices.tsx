import { OTHER_SUFFIX, fieldName } from "../../../surveys/field-names";
import { NA_FORM_VALUE, type ChoiceOption, type ElementKind, type PageElement } from "../../../surveys/types";
import { CellControl } from "./survey-grids";
import {
  Question,
  choiceConditionText,
  conditionData,
  describedBy,
  idOf,
  same,
  type ElementProps,
  type SurveyLabels,
} from "./survey-question";

// The controls of questions answered by picking (radios, checkboxes, ratings, booleans, a matrix, a drop-down)
// and by typing (text and comment), as plain HTML inputs inside their question's frame (survey-question.tsx).

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
export function Pick({ element, error, labels }: ElementProps) {
  const options = PICK_OPTIONS[element.kind === "tagbox" ? "checkbox" : element.kind]?.(element, labels) ?? [];
  const many = element.kind === "checkbox" || element.kind === "tagbox";
  return (
    <Question element={element} error={error} labels={labels} group>
      <Options element={element} error={error} type={many ? "checkbox" : "radio"} options={options} labels={labels} />
      <OtherText element={element} labels={labels} />
    </Question>
  );
}

export function Matrix({ element, error, labels }: ElementProps) {
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

export function TextField({ element, error, labels }: ElementProps) {
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

export function Select({ element, error, labels }: ElementProps) {
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
