// A SurveyJS condition ("{smoke} = 'yes' and {age} > 17") read three ways: the questions it names (checked at
// load), a small JSON tree the page's script evaluates live (public/scripts/conditions.js), and words a person
// without JavaScript reads ("answer this if you answered “Yes” to “Do you smoke?”"). survey-core parses it; we
// only walk its operand tree.
import { ConditionRunner, ConditionsParser, type Operand } from "survey-core";
import type { ConditionTree, ConditionWords } from "./types";

type AnyOperand = Operand & {
  operatorName?: string;
  left?: AnyOperand;
  right?: AnyOperand;
  expressionValue?: AnyOperand;
  variableName?: string;
  correctValue?: unknown;
  values?: AnyOperand[];
};

const COMPARISONS = new Set([
  "equal",
  "notequal",
  "greater",
  "less",
  "greaterorequal",
  "lessorequal",
  "contains",
  "notcontains",
  "anyof",
  "allof",
  "noneof",
]);

const parser = new ConditionsParser();

function parse(expression: string): AnyOperand | null {
  try {
    return (parser.parseExpression(expression) as AnyOperand | null) ?? null;
  } catch {
    return null;
  }
}

/** The variable names a condition reads, or null when it does not parse. */
export function conditionVariables(expression: string): string[] | null {
  if (!parse(expression)) return null;
  return new ConditionRunner(expression).getVariables();
}

// Names SurveyJS itself gives meaning to inside expressions, and the variables Sikiliza sets ({INGO}, {CLO}, {ORG}).
const BUILT_IN = /^(row|panel|parentpanel|rootpanel|item|choice|self|composite|locale|pageno|pagecount|INGO|CLO|ORG)(\.|$)/i;

/** Whether `variable` reads one of `names` (a question, its "other" text, a cell or item of it) or a built-in. */
export function namesKnownVariable(variable: string, names: ReadonlySet<string>): boolean {
  if (names.has(variable) || BUILT_IN.test(variable)) return true;
  for (const name of names) {
    if (variable.startsWith(`${name}.`) || variable.startsWith(`${name}-`)) return true;
  }
  return false;
}

type Lookup = {
  /** The field a question on this page posts under, or undefined for a question elsewhere. */
  fieldOf: (name: string) => string | undefined;
  /** The current answer of a question elsewhere, which the script takes as a constant. */
  valueOf: (name: string) => unknown;
};

function term(operand: AnyOperand | undefined, lookup: Lookup): ConditionTree | null {
  if (!operand) return null;
  const type = operand.getType();
  if (type === "variable") {
    const name = operand.variableName ?? "";
    const field = lookup.fieldOf(name);
    return field !== undefined ? ["field", field] : ["value", lookup.valueOf(name) ?? null];
  }
  if (type === "const") return ["value", (operand.correctValue ?? null) as string | number | boolean | null];
  if (type === "array") {
    const items = (operand.values ?? []).map((item) => term(item, lookup));
    if (items.some((item) => item === null || item[0] !== "value")) return null;
    return ["value", items.map((item) => item![1]) as (string | number | boolean | null)[]];
  }
  return tree(operand, lookup);
}

function tree(operand: AnyOperand, lookup: Lookup): ConditionTree | null {
  const op = operand.operatorName ?? "";
  const type = operand.getType();
  if (type === "binary" && (op === "and" || op === "or")) {
    const left = tree(operand.left!, lookup);
    const right = tree(operand.right!, lookup);
    return left && right ? [op, left, right] : null;
  }
  if (type === "binary" && COMPARISONS.has(op)) {
    const left = term(operand.left, lookup);
    const right = term(operand.right, lookup);
    return left && right ? [op, left, right] : null;
  }
  if (type === "unary" && (op === "empty" || op === "notempty")) {
    const value = term(operand.expressionValue, lookup);
    return value ? [op, value] : null;
  }
  if (type === "unary" && op === "negate") {
    const value = tree(operand.expressionValue!, lookup);
    return value ? ["not", value] : null;
  }
  // Functions and arithmetic: the script cannot judge them, so the question simply stays shown.
  return null;
}

/** The condition as the page's script evaluates it, or null when it uses something the script cannot judge. */
export function browserCondition(expression: string, lookup: Lookup): ConditionTree | null {
  const operand = parse(expression);
  return operand ? tree(operand, lookup) : null;
}

type Describe = {
  titleOf: (name: string) => string;
  /** A constant as the person read it: a choice's text, Yes/No for a boolean. */
  textOf: (name: string, value: unknown) => string;
};

function wordsOf(operand: AnyOperand, describe: Describe): ConditionWords {
  const op = operand.operatorName ?? "";
  const type = operand.getType();
  if (type === "binary" && (op === "and" || op === "or")) {
    return { op, parts: [wordsOf(operand.left!, describe), wordsOf(operand.right!, describe)] };
  }
  const subject = type === "binary" ? operand.left : operand.expressionValue;
  if (subject?.getType() !== "variable") return { op: "unknown" };
  const name = subject.variableName ?? "";
  const question = describe.titleOf(name);
  if (type === "unary" && (op === "empty" || op === "notempty")) return { op, question };
  if (type === "binary" && COMPARISONS.has(op)) {
    const right = operand.right;
    const values = right?.getType() === "array" ? (right.values ?? []).map((item) => item.correctValue) : right ? [right.correctValue] : [];
    return { op, question, value: values.map((value) => describe.textOf(name, value)).join(", ") };
  }
  return { op: "unknown" };
}

/** The condition in words, as parts the page translates; a part it cannot say reads "if it applies to you". */
export function conditionWords(expression: string, describe: Describe): ConditionWords {
  const operand = parse(expression);
  return operand ? wordsOf(operand, describe) : { op: "unknown" };
}
