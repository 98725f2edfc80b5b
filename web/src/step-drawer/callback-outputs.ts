/** One output a Callback step declares (`OutputParameters[]`), with the value to send. */
export interface CallbackOutputField {
  name: string;
  type: 'String' | 'Integer' | 'Float' | 'Boolean';
  value: string;
}

const types = ['String', 'Integer', 'Float', 'Boolean'] as const;

/** The step's declared outputs, each with an empty value (Booleans start at `true`). */
export function callbackOutputFields(
  step: Record<string, unknown> | undefined,
): CallbackOutputField[] {
  const declared = step?.OutputParameters;
  if (!Array.isArray(declared)) return [];
  return declared.flatMap((entry: { OutputName?: unknown; OutputType?: unknown }) => {
    if (typeof entry?.OutputName !== 'string') return [];
    const type = types.find((known) => known === entry.OutputType) ?? 'String';
    return [{ name: entry.OutputName, type, value: type === 'Boolean' ? 'true' : '' }];
  });
}

/** What is wrong with a value for its type, as the server would say it; undefined when fine. */
export function outputValueProblem(field: CallbackOutputField): string | undefined {
  const text = field.value.trim();
  if (field.type === 'Integer' && !/^[+-]?\d+$/.test(text)) return 'Enter a whole number.';
  if (field.type === 'Float' && (text === '' || !Number.isFinite(Number(text)))) {
    return 'Enter a number.';
  }
  if (field.value.length > 1024) return 'At most 1024 characters.';
  return undefined;
}
