import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { joinPointer } from '../json/json-pointer';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into shape diagnostics a person can act on: where (a dotted path and a JSON
 * pointer), what was expected, and what to do.
 */
export function issuesToDiagnostics(
  issues: readonly Issue[],
  basePointer: string,
  stepName: string | undefined,
): Diagnostic[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const field = formatPath(path);
    return {
      severity: 'error',
      code: 'invalid-shape',
      pointer: joinPointer(basePointer, ...path),
      ...(stepName !== undefined && { stepName }),
      message: `${stepName !== undefined ? `Step "${stepName}": ` : ''}${describe(issue, field)}`,
      hint: hintFor(issue),
    };
  });
}

function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

function describe(issue: Issue, field: string): string {
  const subject = field === '' ? 'the value' : `"${field}"`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${subject} is missing; it must be ${article(issue.expected)}.`
        : `${subject} must be ${article(issue.expected)}, not ${typeName(issue.input)}.`;
    case 'invalid_value':
      return `${subject} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}; it is ${JSON.stringify(issue.input)}.`;
    case 'invalid_union': {
      if (issue.input === undefined) return `${subject} is missing.`;
      const allowed = enumBranchValues(issue);
      if (allowed) {
        return `${subject} must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')} (or an expression such as {"Get": "Parameters.X"}); it is ${JSON.stringify(issue.input)}.`;
      }
      return `${subject} does not match any accepted form (a literal or an expression such as {"Get": "Parameters.X"}).`;
    }
    case 'too_small':
    case 'too_big':
      return `${subject}: ${issue.message}.`;
    default:
      return `${subject}: ${issue.message}.`;
  }
}

function hintFor(issue: Issue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return 'Add the missing field; the SageMaker API requires it.';
  }
  if (issue.code === 'invalid_value' || enumBranchValues(issue))
    return 'Use one of the listed values (they are case-sensitive).';
  return 'Compare with the SageMaker API request shape for this step type.';
}

/**
 * The allowed literals of a value that is an enum or an expression (`expressionOr(z.enum(...))`),
 * when the enum branch failed only because the literal is not one of them.
 */
function enumBranchValues(issue: Issue): readonly unknown[] | null {
  if (issue.code !== 'invalid_union' || typeof issue.input !== 'string') return null;
  for (const branch of issue.errors) {
    const [only] = branch;
    if (branch.length === 1 && only?.code === 'invalid_value' && only.path.length === 0) {
      return only.values;
    }
  }
  return null;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    int: 'a whole number',
  };
  return names[expected] ?? expected;
}

/** A short name for the JSON type of a value, for messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
