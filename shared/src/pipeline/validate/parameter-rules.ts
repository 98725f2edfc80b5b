import type { Diagnostic } from '../diagnostics/diagnostic';
import { joinPointer } from '../json/json-pointer';
import { type ParameterType, parameterNamePattern } from '../schema/parameter.schema';
import { typeName } from './zod-issues';

/**
 * Checks what the shape schema cannot: names, duplicates, and that defaults and enum values fit
 * the declared type. Runs on raw input, so a malformed entry is skipped (the shape rule reports it).
 */
export function checkParameters(parameters: unknown): Diagnostic[] {
  if (!Array.isArray(parameters)) return [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  parameters.forEach((parameter: unknown, index) => {
    if (parameter === null || typeof parameter !== 'object') return;
    const { Name: name, Type, DefaultValue, EnumValues } = parameter as Record<string, unknown>;
    if (typeof name !== 'string') return;
    const pointer = joinPointer('/Parameters', index);
    if (!parameterNamePattern.test(name)) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid-parameter-name',
        pointer: joinPointer(pointer, 'Name'),
        message: `Parameter name "${name}" is not valid.`,
        hint: 'Use 1–64 letters, digits, "-" or "_".',
      });
    }
    if (seen.has(name)) {
      diagnostics.push({
        severity: 'error',
        code: 'duplicate-parameter-name',
        pointer: joinPointer(pointer, 'Name'),
        message: `Parameter "${name}" is defined more than once.`,
        hint: 'Rename or remove one of them; references would be ambiguous.',
      });
    }
    seen.add(name);
    const type = (Type ?? 'String') as ParameterType;
    if (!['String', 'Integer', 'Float', 'Boolean'].includes(type)) return;
    const enumValues = Array.isArray(EnumValues) ? EnumValues : undefined;
    enumValues?.forEach((value: unknown, enumIndex) => {
      if (!fitsType(value, type)) {
        diagnostics.push({
          severity: 'error',
          code: 'parameter-enum-type',
          pointer: joinPointer(pointer, 'EnumValues', enumIndex),
          message: `Parameter "${name}" is ${type}, but enum value ${typeName(value)} is not.`,
          hint: `Every EnumValues entry must be a ${describeType(type)}.`,
        });
      }
    });
    if (DefaultValue === undefined) return;
    if (!fitsType(DefaultValue, type)) {
      diagnostics.push({
        severity: 'error',
        code: 'parameter-default-type',
        pointer: joinPointer(pointer, 'DefaultValue'),
        message: `Parameter "${name}" is ${type}, but its default is ${typeName(DefaultValue)}.`,
        hint: `Give a ${describeType(type)} as the default, or change the parameter's Type.`,
      });
    } else if (enumValues && !enumValues.includes(DefaultValue)) {
      diagnostics.push({
        severity: 'error',
        code: 'parameter-default-not-in-enum',
        pointer: joinPointer(pointer, 'DefaultValue'),
        message: `Parameter "${name}" defaults to ${JSON.stringify(DefaultValue)}, which is not one of its EnumValues (${enumValues.map((value) => JSON.stringify(value)).join(', ')}).`,
        hint: 'Pick a default from EnumValues, or add it to them.',
      });
    }
  });
  return diagnostics;
}

function fitsType(value: unknown, type: ParameterType): boolean {
  switch (type) {
    case 'String':
      return typeof value === 'string';
    case 'Integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Boolean':
      return typeof value === 'boolean';
  }
}

function describeType(type: ParameterType): string {
  return { String: 'string', Integer: 'whole number', Float: 'number', Boolean: 'true or false' }[
    type
  ];
}
