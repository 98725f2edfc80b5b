import {
  type Parameter,
  type ParameterType,
  type ParameterValue,
  coerceParameterValue,
  parameterTypes,
} from '@pipewright/shared';

/** One pipeline parameter as the start form shows it. */
export interface ParameterField {
  name: string;
  type: ParameterType;
  description?: string;
  defaultValue?: ParameterValue;
  /** EnumValues in the parameter's type: the field is a choice between these. */
  options?: ParameterValue[];
}

/** What the person typed, by parameter name; a Boolean is "true" or "false". */
export type ParameterTexts = Record<string, string>;

/** A field's value for the request (`null`: use the default), or what is wrong with it. */
export type FieldCheck =
  { ok: true; value: ParameterValue | null } | { ok: false; message: string };

/** The pipeline's parameters as form fields, in their order; a missing Type means String. */
export function parameterFields(parameters: readonly Parameter[] | undefined): ParameterField[] {
  const seen = new Set<string>();
  return (parameters ?? []).flatMap((parameter) => {
    if (seen.has(parameter.Name)) return [];
    seen.add(parameter.Name);
    const type = parameterTypes.find((known) => known === parameter.Type) ?? 'String';
    const typed = (value: unknown) => {
      const coerced = coerceParameterValue(type, value);
      return coerced.ok ? coerced.value : undefined;
    };
    const defaultValue =
      parameter.DefaultValue === undefined ? undefined : typed(parameter.DefaultValue);
    const options = parameter.EnumValues?.flatMap((value) => {
      const option = typed(value);
      return option === undefined ? [] : [option];
    });
    return [
      {
        name: parameter.Name,
        type,
        ...(parameter.Description && { description: parameter.Description }),
        ...(defaultValue !== undefined && { defaultValue }),
        ...(options && options.length > 0 && { options }),
      },
    ];
  });
}

/** A value as the form writes it. */
export function valueText(value: ParameterValue | undefined): string {
  return value === undefined ? '' : String(value);
}

/**
 * The form's first texts: each parameter's default, overridden by `initial` (the values of an
 * earlier run, to run again with some changed). Values of parameters the pipeline no longer has
 * are dropped.
 */
export function initialTexts(
  fields: readonly ParameterField[],
  initial: Readonly<Record<string, string | number | boolean>> = {},
): ParameterTexts {
  const texts: ParameterTexts = {};
  for (const field of fields) {
    const given = Object.hasOwn(initial, field.name) ? initial[field.name] : undefined;
    const text = given === undefined ? valueText(field.defaultValue) : String(given);
    texts[field.name] = field.type === 'Boolean' ? booleanText(text) : text;
  }
  return texts;
}

function booleanText(text: string): string {
  return text.trim().toLowerCase() === 'true' ? 'true' : 'false';
}

/**
 * Checks one field as the person types. An empty field falls back to the default; without one
 * it is required. Numbers are read as the server reads them (`coerceParameterValue`), so what
 * passes here passes there; a choice must be one of the EnumValues.
 */
export function checkParameter(field: ParameterField, text: string): FieldCheck {
  // Spaces are a String's own value; around a number or a choice they mean nothing.
  const empty = field.type === 'String' ? text === '' : text.trim() === '';
  if (empty) return emptyField(field);
  const coerced = coerceParameterValue(field.type, field.type === 'String' ? text : text.trim());
  if (!coerced.ok) return { ok: false, message: coerced.hint };
  if (field.options && !field.options.includes(coerced.value)) {
    return { ok: false, message: `Choose one of ${field.options.map(String).join(', ')}.` };
  }
  return { ok: true, value: coerced.value };
}

function emptyField(field: ParameterField): FieldCheck {
  return field.defaultValue === undefined
    ? { ok: false, message: 'A value is required: this parameter has no default.' }
    : { ok: true, value: null };
}

/** Every field's error message by name; empty when the form can be sent. */
export function parameterErrors(
  fields: readonly ParameterField[],
  texts: ParameterTexts,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const check = checkParameter(field, texts[field.name] ?? '');
    if (!check.ok) errors[field.name] = check.message;
  }
  return errors;
}

/** The typed values to send, by name; `null` for a field left to its default. */
export function parameterValues(
  fields: readonly ParameterField[],
  texts: ParameterTexts,
): Record<string, ParameterValue | null> {
  const values: Record<string, ParameterValue | null> = {};
  for (const field of fields) {
    const check = checkParameter(field, texts[field.name] ?? '');
    if (check.ok) values[field.name] = check.value;
  }
  return values;
}
