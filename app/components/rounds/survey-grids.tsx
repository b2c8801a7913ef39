import type { CellSpec, ChoiceOption } from "../../../surveys/types";
import { fieldId, fieldName } from "../../../surveys/field-names";
import { Question, choiceConditionText, conditionData, describedBy, same, type ElementProps, type SurveyLabels } from "./survey-question";

// The questions answered in a grid of fields: matrixdropdown (a cell per row and column), multipletext (a field
// per item) and ranking (a numbered select per choice, so the order is given without dragging or a script).

type CellControlProps = {
  id: string;
  name: string;
  cellType: string;
  inputType?: string;
  choices?: ChoiceOption[];
  value: unknown;
  labels: SurveyLabels;
  label?: string;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
};

/** One answer field of a simple type: a select for choices, a text input, a yes/no select, checkboxes. */
export function CellControl({
  id,
  name,
  cellType,
  inputType,
  choices = [],
  value,
  labels,
  label,
  disabled,
  describedBy,
  invalid,
}: CellControlProps) {
  const aria = { "aria-label": label, "aria-describedby": describedBy, "aria-invalid": invalid || undefined, disabled };
  if (cellType === "checkbox") {
    return (
      <ul className="choices">
        {choices.map((choice, index) => (
          <li key={String(choice.value)} className="choice">
            <input
              type="checkbox"
              id={`${id}-${index}`}
              name={name}
              value={String(choice.value)}
              disabled={disabled}
              defaultChecked={Array.isArray(value) && value.some((item) => same(item, choice.value))}
            />
            <label htmlFor={`${id}-${index}`}>{choice.text}</label>
          </li>
        ))}
      </ul>
    );
  }
  if (cellType === "text" || cellType === "comment") {
    const shown = typeof value === "string" || typeof value === "number" ? String(value) : "";
    return cellType === "comment" ? (
      <textarea id={id} name={name} defaultValue={shown} rows={3} {...aria} />
    ) : (
      <input
        id={id}
        name={name}
        type={inputType ?? "text"}
        defaultValue={shown}
        step={inputType === "number" ? "any" : undefined}
        {...aria}
      />
    );
  }
  const options =
    cellType === "boolean"
      ? [
          { value: "true", text: labels.yes },
          { value: "false", text: labels.no },
        ]
      : choices;
  const chosen = options.find((option) => same(value, option.value));
  return (
    <select id={id} name={name} defaultValue={chosen ? String(chosen.value) : ""} {...aria}>
      <option value="">{labels.choose}</option>
      {options.map((option) => (
        <option key={String(option.value)} value={String(option.value)} {...conditionData(option)}>
          {"condition" in option && option.condition ? `${option.text} ${choiceConditionText(option, labels)}` : option.text}
        </option>
      ))}
    </select>
  );
}

export function MatrixDropdown({ element, error, labels }: ElementProps) {
  const answer = (element.value ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const cells: CellSpec[] = element.cells ?? [];
  return (
    <Question element={element} error={error} labels={labels} group>
      <div className="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <td />
              {cells.map((cell) => (
                <th key={cell.name} scope="col">
                  {cell.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(element.rows ?? []).map((row) => (
              <tr key={String(row.value)}>
                <th scope="row">{row.text}</th>
                {cells.map((cell) => (
                  <td key={cell.name}>
                    <CellControl
                      id={fieldId(element.name, row.value, cell.name)}
                      name={fieldName(element.name, String(row.value), cell.name)}
                      cellType={cell.cellType}
                      inputType={cell.inputType}
                      choices={cell.choices}
                      value={answer[String(row.value)]?.[cell.name]}
                      labels={labels}
                      label={`${row.text}: ${cell.title}`}
                      disabled={element.readOnly}
                      invalid={Boolean(error)}
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

export function MultipleText({ element, error, labels }: ElementProps) {
  const answer = (element.value ?? {}) as Record<string, unknown>;
  return (
    <Question element={element} error={error} labels={labels} group>
      {(element.cells ?? []).map((item) => {
        const id = fieldId(element.name, item.name);
        return (
          <div key={item.name} className="multiple-text-item">
            <label htmlFor={id}>
              {item.title}
              {item.isRequired ? <span className="question-required"> {labels.required}</span> : null}
            </label>
            <CellControl
              id={id}
              name={fieldName(element.name, item.name)}
              cellType="text"
              inputType={item.inputType}
              value={answer[item.name]}
              labels={labels}
              disabled={element.readOnly}
              describedBy={describedBy(element, error)}
              invalid={Boolean(error)}
            />
          </div>
        );
      })}
    </Question>
  );
}

export function Ranking({ element, error, labels }: ElementProps) {
  const order = Array.isArray(element.value) ? element.value.map(String) : [];
  const typed =
    !Array.isArray(element.value) && element.value && typeof element.value === "object" ? (element.value as Record<string, unknown>) : {};
  const choices = element.choices ?? [];
  const ranks = choices.map((_, index) => ({ value: index + 1, text: String(index + 1) }));
  return (
    <Question element={element} error={error} labels={labels} group>
      <ol className="ranking">
        {choices.map((choice) => {
          const id = fieldId(element.name, choice.value);
          const rank = order.includes(String(choice.value)) ? order.indexOf(String(choice.value)) + 1 : typed[String(choice.value)];
          return (
            <li key={String(choice.value)} className="choice">
              <CellControl
                id={id}
                name={fieldName(element.name, String(choice.value))}
                cellType="dropdown"
                choices={ranks}
                value={rank}
                labels={labels}
                label={choice.text}
                disabled={element.readOnly}
                invalid={Boolean(error)}
              />
              <label htmlFor={id}>{choice.text}</label>
            </li>
          );
        })}
      </ol>
    </Question>
  );
}
