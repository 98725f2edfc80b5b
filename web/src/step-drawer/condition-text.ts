import { type ConditionDetail, parsePointer } from '@pipewright/shared';

/** One evaluated condition as the Condition tab shows it. */
export interface ConditionLine {
  text: string;
  result: boolean;
  /** 0 for a top-level condition, 1 inside a Not or Or, and so on. */
  depth: number;
}

const operators: Record<string, string> = {
  Equals: '=',
  GreaterThan: '>',
  GreaterThanOrEqualTo: '≥',
  LessThan: '<',
  LessThanOrEqualTo: '≤',
};

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : undefined;

/** A value as text: strings quoted, so `"6"` and `6` differ; long values cut short. */
export function valueText(value: unknown): string {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * What an operand was written as, when it was an expression: `Parameters.MaxError`,
 * `EvaluationReport: regression_metrics.mse.value` for a property file, `join(…)`. A literal
 * gives `undefined`: its value says it all.
 */
export function expressionLabel(operand: unknown): string | undefined {
  const expression = record(operand);
  if (expression === undefined) return undefined;
  if (typeof expression.Get === 'string') return expression.Get;
  const jsonGet = record(expression['Std:JsonGet']);
  if (jsonGet !== undefined) {
    const file = jsonGet.PropertyFile;
    const fileGet = record(file)?.Get;
    const fileName =
      typeof fileGet === 'string'
        ? fileGet.split('.').at(-1)
        : typeof file === 'string'
          ? file
          : '';
    return `${fileName}: ${String(jsonGet.Path ?? '')}`;
  }
  if (expression['Std:Join'] !== undefined) return 'join(…)';
  return undefined;
}

function operandText(written: unknown, value: unknown): string {
  const label = expressionLabel(written);
  return label === undefined ? valueText(value) : `${label} (${valueText(value)})`;
}

function at(document: unknown, pointer: string): Loose | undefined {
  let node: unknown = document;
  for (const token of parsePointer(pointer)) {
    node = Array.isArray(node) ? node[Number(token)] : record(node)?.[token];
  }
  return record(node);
}

/**
 * The Condition step's evaluated details (its properties' `Details`) as lines a person reads:
 * `EvaluationReport: regression_metrics.mse.value (0.21) ≤ Parameters.MaxError (0.3) → true`.
 * The operands' expressions come from the definition the execution ran, at each detail's
 * pointer; without it, the values alone are shown.
 */
export function conditionLines(
  details: readonly ConditionDetail[],
  definition: unknown,
): ConditionLine[] {
  return details.map((detail) => {
    const written = at(definition, detail.pointer);
    const depth = Math.max(
      0,
      parsePointer(detail.pointer).filter(
        (token) => token === 'Condition' || token === 'Conditions',
      ).length - 1,
    );
    let text = detail.summary;
    if (detail.kind === 'comparison') {
      const left = operandText(written?.LeftValue, detail.left);
      const right = operandText(written?.RightValue, detail.right);
      text = `${left} ${operators[detail.type] ?? detail.type} ${right} → ${detail.result}`;
    } else if (detail.kind === 'in') {
      const query = operandText(written?.QueryValue, detail.query);
      text = `${query} in [${detail.values.map(valueText).join(', ')}] → ${detail.result}`;
    } else {
      text = `${detail.kind === 'not' ? 'Not' : 'Or'}: ${detail.summary}`;
    }
    return { text, result: detail.result, depth };
  });
}
