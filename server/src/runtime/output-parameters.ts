import { type ParameterType, coerceParameterValue } from '@pipewright/shared';

/** The types a Lambda or Callback output parameter may declare; `String` when it declares none. */
export type OutputType = ParameterType;

/** One output parameter a Lambda or Callback step declares: `{ OutputName, OutputType }`. */
export interface DeclaredOutput {
  name: string;
  type: OutputType;
}

/** An output parameter's value, as the step's properties and metadata carry it. */
export interface OutputParameter {
  Name: string;
  Value: unknown;
}

/** What one declared output is missing or got wrong. */
export interface OutputProblem {
  name: string;
  message: string;
  hint?: string;
}

/** The typed values, in the declared order, or every problem found. */
export type OutputCheck =
  { ok: true; outputs: OutputParameter[] } | { ok: false; problems: OutputProblem[] };

/** The step's `OutputParameters`, each with its type (SageMaker's default is String). */
export function declaredOutputs(step: Record<string, unknown>): DeclaredOutput[] {
  const list = Array.isArray(step.OutputParameters) ? step.OutputParameters : [];
  return list.flatMap((entry: unknown) => {
    const { OutputName, OutputType } = (entry ?? {}) as Record<string, unknown>;
    if (typeof OutputName !== 'string') return [];
    const type = isOutputType(OutputType) ? OutputType : 'String';
    return [{ name: OutputName, type }];
  });
}

function isOutputType(value: unknown): value is OutputType {
  return value === 'String' || value === 'Integer' || value === 'Boolean' || value === 'Float';
}

/**
 * Checks supplied values against the declared outputs and converts each to its type, with the
 * same rules as start parameters (`coerceParameterValue`): text such as "0.9" or "true" is
 * accepted for numbers and booleans (a callback sends every value as a string), a number is
 * refused for a String. Every declared output must be supplied; `source` names the supplier in
 * messages ("the function's result").
 */
export function checkOutputValues(
  declared: readonly DeclaredOutput[],
  supplied: ReadonlyMap<string, unknown>,
  source: string,
): OutputCheck {
  const outputs: OutputParameter[] = [];
  const problems: OutputProblem[] = [];
  for (const { name, type } of declared) {
    if (!supplied.has(name)) {
      problems.push({
        name,
        message: `Output parameter "${name}" (${type}) is missing from ${source}.`,
      });
      continue;
    }
    const value = supplied.get(name);
    const coerced = coerceParameterValue(type, value);
    if (coerced.ok) {
      outputs.push({ Name: name, Value: coerced.value });
    } else {
      problems.push({
        name,
        message: `Output parameter "${name}" must be ${article(type)} ${type}, but ${source} has ${show(value)}.`,
        hint: coerced.hint,
      });
    }
  }
  return problems.length === 0 ? { ok: true, outputs } : { ok: false, problems };
}

/** SageMaker's metadata shape: every `Value` as a string (`OutputParameter.Value` in the API). */
export function outputMetadata(
  outputs: readonly OutputParameter[],
): { Name: string; Value: string }[] {
  return outputs.map(({ Name, Value }) => ({
    Name,
    Value: typeof Value === 'string' ? Value : JSON.stringify(Value),
  }));
}

/** Problems as one sentence each, for a step's FailureReason. */
export function describeProblems(problems: readonly OutputProblem[]): string {
  return problems
    .map((problem) => (problem.hint ? `${problem.message} ${problem.hint}` : problem.message))
    .join(' ');
}

function article(type: OutputType): string {
  return type === 'Integer' ? 'an' : 'a';
}

function show(value: unknown): string {
  if (value === null) return 'null';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  const shown = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  if (typeof value === 'string') return `the text ${shown}`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `the ${typeof value} ${shown}`;
  return Array.isArray(value) ? `the list ${shown}` : `the object ${shown}`;
}
