// The unavoidable work of accepting a response, for the bare server: type the posted fields as answers
// and validate them with survey-core on ONE model, built when the server starts and reused for every
// request (set its data, validate). The checks are those of surveys/validate-answers.ts (unknown names,
// our value checks on every shown question, a rating and its "don't know" not both, then survey-core's
// own validate()), so both servers refuse the same answers; only the model building differs.
import "../../surveys/custom-properties";
import { SurveyModel, type ItemValue, type Question, type QuestionSelectBase } from "survey-core";
import { hasAnswer, isShown, naCompanionOf } from "../../surveys/survey-model";
import { NA_FORM_VALUE, NA_SUFFIX, type Instrument, type ValidationError } from "../../surveys/types";
import { validateAnswers } from "../../surveys/validate-answers";
import { VALUE_CHECKS } from "../../surveys/value-checks";

export type BareValidation = "model-once" | "validateAnswers";

export function bareWork(instrument: Instrument, variables: Record<string, string>, validation: BareValidation) {
  const survey = new SurveyModel(instrument.json);
  survey.locale = "";
  for (const [name, value] of Object.entries(variables)) survey.setVariable(name, value);
  const questions = survey.getAllQuestions();
  const byName = new Map(questions.map((question) => [question.name, question]));

  /** Posted fields → answers, typed like parse-form.ts does (choice values keep their own type). */
  function parse(fields: URLSearchParams): Record<string, unknown> {
    const answers: Record<string, unknown> = {};
    for (const [name, value] of fields) {
      const question = byName.get(name);
      if (!question) {
        answers[name] = value;
        continue;
      }
      const type = question.getType();
      if (type === "rating") {
        if (value === NA_FORM_VALUE) answers[name + NA_SUFFIX] = true;
        else answers[name] = /^-?\d+$/.test(value) ? Number(value) : value;
      } else if (type === "boolean") answers[name] = value === "true" ? true : value === "false" ? false : value;
      else if (type === "checkbox") answers[name] = [...((answers[name] as unknown[]) ?? []), toChoice(question, value)];
      else if (type === "radiogroup" || type === "dropdown") answers[name] = toChoice(question, value);
      else answers[name] = value.replace(/\r\n?/g, "\n");
    }
    return answers;
  }

  function validateOnce(answers: Record<string, unknown>): ValidationError[] {
    // survey-core writes into the data it is given: a copy, as createSurvey makes.
    survey.data = structuredClone(answers);
    const errors: ValidationError[] = Object.keys(answers)
      .filter((name) => !byName.has(name))
      .map((name) => ({ question: name, code: "unknown" as const }));
    const shown = questions.filter(isShown);
    const flagged = new Set<string>();
    for (const question of shown) {
      const error = checkValue(question, answers[question.name]) ?? checkNotApplicable(survey, question, answers);
      if (error) {
        errors.push(error);
        flagged.add(question.name);
      }
    }
    survey.validate(true, false);
    for (const question of shown) {
      if (flagged.has(question.name)) continue;
      for (const error of question.errors)
        errors.push({ question: question.name, code: error.getErrorType() === "required" ? "required" : "invalid" });
    }
    return errors;
  }

  const validate =
    validation === "model-once"
      ? validateOnce
      : (answers: Record<string, unknown>) => validateAnswers(instrument, answers, { variables }).errors;
  return { parse, validate };
}

function toChoice(question: Question, value: string): unknown {
  const match = ((question as QuestionSelectBase).choices as ItemValue[]).find((choice) => String(choice.value) === value);
  return match ? match.value : value;
}

function checkValue(question: Question, value: unknown): ValidationError | null {
  if (!hasAnswer(value)) return null;
  const check = VALUE_CHECKS[question.getType() as keyof typeof VALUE_CHECKS];
  const error = check ? check(question, value) : { code: "type" as const };
  return error && { question: question.name, ...error };
}

function checkNotApplicable(survey: SurveyModel, question: Question, answers: Record<string, unknown>): ValidationError | null {
  const companion = naCompanionOf(survey, question);
  if (!companion || answers[companion.name] !== true || !hasAnswer(answers[question.name])) return null;
  return { question: question.name, code: "invalid", params: { conflict: companion.name } };
}
