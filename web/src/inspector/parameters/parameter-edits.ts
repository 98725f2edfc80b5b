import {
  type Parameter,
  type ParameterType,
  type ParameterValue,
  type PipelineDocument,
  scanReferences,
} from '@pipewright/shared';
import { parseNumber } from '../expression/expression-kind';
import { uniqueName } from '../mapping/processing.mapping';

/** A new String parameter with a name no other parameter has, and no default yet. */
export function newParameter(document: PipelineDocument): Parameter {
  const names = (document.Parameters ?? []).map((parameter) => parameter.Name);
  return { Name: uniqueName('Parameter', names), Type: 'String' };
}

/** A value converted to a parameter type where it can be; otherwise kept, for validation to flag. */
export function convertParameterValue(value: ParameterValue, type: ParameterType): ParameterValue {
  const text = String(value);
  switch (type) {
    case 'String':
      return text;
    case 'Boolean':
      return text.toLowerCase() === 'true' ? true : text.toLowerCase() === 'false' ? false : value;
    case 'Integer': {
      const number = parseNumber(text);
      return number !== undefined && Number.isInteger(number) ? number : value;
    }
    case 'Float':
      return parseNumber(text) ?? value;
  }
}

/**
 * The parameter with another type, its default and allowed values converted along. An empty text
 * default (what the form shows as no default) is dropped for the other types.
 */
export function changeParameterType(parameter: Parameter, type: ParameterType): Parameter {
  const { DefaultValue: value, ...rest } = parameter;
  const next: Parameter = { ...rest, Type: type };
  if (value !== undefined && !(value === '' && type !== 'String')) {
    next.DefaultValue = convertParameterValue(value, type);
  }
  if (parameter.EnumValues) {
    next.EnumValues = parameter.EnumValues.map((value) => convertParameterValue(value, type));
  }
  return next;
}

/**
 * A default or allowed value from what was typed: numbers for Integer and Float when it spells
 * one (else the text, which validation flags), the text itself for String.
 */
export function parameterValueFromText(text: string, type: ParameterType): ParameterValue {
  if (type === 'Integer' || type === 'Float') return parseNumber(text) ?? text;
  if (type === 'Boolean') return convertParameterValue(text, 'Boolean');
  return text;
}

/** How many `{"Get": "Parameters.<name>"}` references the document has. */
export function parameterUses(document: PipelineDocument, name: string): number {
  const target = `Parameters.${name}`;
  return scanReferences(document).references.filter((reference) => reference.text === target)
    .length;
}
