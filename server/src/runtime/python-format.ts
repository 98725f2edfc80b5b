/**
 * A float that came from a JSON number written with a `.` or an exponent (`"1.0"`, `"1e-3"`).
 * Python keeps `1.0` a float where JavaScript has only numbers; the training toolkit's
 * arguments and variables print it the Python way (`1.0`, `1e-05`), so the difference is kept.
 */
export class PythonFloat {
  constructor(readonly value: number) {}
}

/** A value as Python's `json.loads` gives it. */
export type PythonValue =
  string | number | boolean | null | PythonFloat | PythonValue[] | { [key: string]: PythonValue };

/** Python's `repr(float)`: the shortest round-trip digits, an exponent below 1e-4 or from 1e16. */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  // In this range JavaScript also writes the shortest digits without an exponent.
  const fixed = String(value);
  return fixed.includes('.') ? fixed : `${fixed}.0`;
}

/** True for a Python dict (a JSON object). */
export function isPythonDict(value: PythonValue): value is { [key: string]: PythonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isFloat(value);
}

function isFloat(value: PythonValue): value is PythonFloat {
  return value instanceof PythonFloat;
}

function numberText(value: number): string {
  // A number inside a list or object lost its spelling: whole numbers read as ints.
  return Number.isInteger(value) ? String(value) : pythonFloatRepr(value);
}

function pythonStringRepr(text: string): string {
  if (text.includes("'") && !text.includes('"')) return `"${text.replace(/\\/g, '\\\\')}"`;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function pythonRepr(value: PythonValue): string {
  return typeof value === 'string' ? pythonStringRepr(value) : pythonStr(value);
}

/** Python's `str(value)`: `True`, `None`, `0.001`, `[1, 'a']`, `{'k': 2}`. */
export function pythonStr(value: PythonValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  if (typeof value === 'number') return numberText(value);
  if (isFloat(value)) return pythonFloatRepr(value.value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  const entries = Object.entries(value).map(
    ([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`,
  );
  return `{${entries.join(', ')}}`;
}

// Python's ensure_ascii escapes everything outside printable ASCII, DEL included.
const escapeNonAscii = (json: string) =>
  json.replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function jsonFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return pythonFloatRepr(value);
}

/**
 * Python's `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)`, the
 * form the training toolkit writes `SM_HPS`, `SM_TRAINING_ENV` and the other JSON variables in.
 */
export function pythonJson(value: PythonValue): string {
  if (typeof value === 'string') return escapeNonAscii(JSON.stringify(value));
  if (typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : jsonFloat(value);
  if (isFloat(value)) return jsonFloat(value.value);
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${pythonJson(key)}:${pythonJson(value[key] ?? null)}`).join(',')}}`;
}
