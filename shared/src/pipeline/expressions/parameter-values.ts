import {
  type Parameter,
  type ParameterType,
  type ParameterValue,
  parameterTypes,
} from '../schema/parameter.schema';
import { suggestion } from '../text/closest-name';
import { coerceParameterValue, describeSupplied } from './parameter-coerce';
import { showValue } from './value-text';

/** Stable codes of parameter value problems; never renamed or reused. */
export const parameterValueErrorCodes = [
  'unknown-parameter',
  'duplicate-parameter',
  'wrong-type',
  'missing-value',
  'not-in-enum',
] as const;
export type ParameterValueErrorCode = (typeof parameterValueErrorCodes)[number];

/** One problem with the values given for a run: which parameter, what is wrong, what to do. */
export interface ParameterValueError {
  code: ParameterValueErrorCode;
  name: string;
  message: string;
  hint: string;
}

/** One entry of `StartPipelineExecution.PipelineParameters`: every Value is a string. */
export interface StartParameter {
  Name: string;
  Value: string;
}

/** Values for a run: SageMaker's start form, or a record of typed (or text) values by name. */
export type SuppliedParameterValues = readonly StartParameter[] | Readonly<Record<string, unknown>>;

/** Every parameter's typed value by name, or every problem found. */
export type ParameterValuesResult =
  | { ok: true; values: Record<string, ParameterValue> }
  | { ok: false; errors: ParameterValueError[] };

/**
 * Works out the typed value of every parameter for a run: the supplied value coerced to the
 * parameter's type (`coerceParameterValue`), else its DefaultValue, checked against EnumValues.
 * A parameter without Type is a String. In the record form a `null` value counts as not supplied,
 * so a cleared form field falls back to the default. Reports every problem, not just the first.
 */
export function resolveParameterValues(
  parameters: readonly Parameter[],
  supplied: SuppliedParameterValues = {},
): ParameterValuesResult {
  const declared = new Map<string, Parameter>();
  for (const parameter of parameters) {
    if (!declared.has(parameter.Name)) declared.set(parameter.Name, parameter);
  }
  const errors: ParameterValueError[] = [];
  const given = new Map<string, unknown>();
  for (const [name, value] of suppliedEntries(supplied)) {
    if (given.has(name)) {
      errors.push(
        error(
          'duplicate-parameter',
          name,
          `Parameter "${name}" is supplied more than once`,
          'Supply each parameter once.',
        ),
      );
    } else if (!declared.has(name)) {
      const hint = suggestion(name, [...declared.keys()], 'parameter');
      errors.push(
        error('unknown-parameter', name, `The pipeline has no parameter "${name}"`, hint),
      );
    } else if (value !== null && value !== undefined) {
      given.set(name, value);
    }
  }
  const values: Record<string, ParameterValue> = {};
  for (const parameter of declared.values()) {
    const resolved = resolveOne(parameter, given);
    if (resolved.ok) values[parameter.Name] = resolved.value;
    else errors.push(resolved.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}

function resolveOne(
  parameter: Parameter,
  given: ReadonlyMap<string, unknown>,
): { ok: true; value: ParameterValue } | { ok: false; error: ParameterValueError } {
  const { Name: name } = parameter;
  const type = typeOf(parameter);
  const fromDefault = !given.has(name);
  const raw = fromDefault ? parameter.DefaultValue : given.get(name);
  if (raw === undefined) {
    return failure(
      'missing-value',
      name,
      `Parameter "${name}" has no value: it has no default and none was supplied`,
      `Supply a value for "${name}" when starting the run, or give it a DefaultValue.`,
    );
  }
  const got = fromDefault
    ? `its DefaultValue is ${describeSupplied(raw)}`
    : `got ${describeSupplied(raw)}`;
  const coerced = coerceParameterValue(type, raw);
  if (!coerced.ok) {
    const hint = fromDefault
      ? `Fix the DefaultValue, or supply a value. ${coerced.hint}`
      : coerced.hint;
    return failure(
      'wrong-type',
      name,
      `Parameter "${name}" is ${article(type)} ${type}, but ${got}`,
      hint,
    );
  }
  const allowed = enumValues(parameter, type);
  if (allowed !== undefined && !allowed.includes(coerced.value)) {
    const listed = allowed.map((value) => showValue(value)).join(', ');
    return failure(
      'not-in-enum',
      name,
      `Parameter "${name}" must be one of ${listed}, but ${got}`,
      `Use one of: ${listed}.`,
    );
  }
  return coerced;
}

/** The EnumValues coerced to the parameter's type, or `undefined` when there are none. */
function enumValues(parameter: Parameter, type: ParameterType): ParameterValue[] | undefined {
  if (!Array.isArray(parameter.EnumValues) || parameter.EnumValues.length === 0) return undefined;
  return parameter.EnumValues.flatMap((value) => {
    const coerced = coerceParameterValue(type, value);
    return coerced.ok ? [coerced.value] : [];
  });
}

function typeOf(parameter: Parameter): ParameterType {
  return parameterTypes.find((type) => type === parameter.Type) ?? 'String';
}

function suppliedEntries(supplied: SuppliedParameterValues): [string, unknown][] {
  if (Array.isArray(supplied)) {
    return (supplied as readonly Partial<StartParameter>[]).map((entry) => [
      String(entry?.Name),
      entry?.Value,
    ]);
  }
  return Object.entries(supplied);
}

function article(type: ParameterType): string {
  return type === 'Integer' ? 'an' : 'a';
}

function error(
  code: ParameterValueErrorCode,
  name: string,
  message: string,
  hint: string,
): ParameterValueError {
  return { code, name, message, hint };
}

function failure(code: ParameterValueErrorCode, name: string, message: string, hint: string) {
  return { ok: false as const, error: error(code, name, message, hint) };
}
