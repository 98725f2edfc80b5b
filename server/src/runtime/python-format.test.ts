import { describe, expect, it } from 'vitest';
import { PythonFloat, pythonFloatRepr, pythonJson, pythonStr } from './python-format';

describe('pythonFloatRepr', () => {
  it.each([
    [0.1, '0.1'],
    [1, '1.0'],
    [0, '0.0'],
    [-0, '-0.0'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [123456.789, '123456.789'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [Number.NaN, 'nan'],
    [-Infinity, '-inf'],
  ])('%s is written %s', (value, text) => {
    expect(pythonFloatRepr(value)).toBe(text);
  });
});

describe('pythonStr', () => {
  it('writes values the way Python str() does', () => {
    expect(pythonStr(true)).toBe('True');
    expect(pythonStr(null)).toBe('None');
    expect(pythonStr(10)).toBe('10');
    expect(pythonStr(new PythonFloat(2))).toBe('2.0');
    expect(pythonStr([1, 'a', false, null, 0.5])).toBe("[1, 'a', False, None, 0.5]");
    expect(pythonStr({ k: "it's" })).toBe(`{'k': "it's"}`);
  });
});

describe('pythonJson', () => {
  it('sorts keys, uses compact separators and escapes what is not ASCII', () => {
    expect(pythonJson({ b: 1, a: [new PythonFloat(1), 'é\u007f'], c: { z: null, y: true } })).toBe(
      '{"a":[1.0,"\\u00e9\\u007f"],"b":1,"c":{"y":true,"z":null}}',
    );
    expect(pythonJson(new PythonFloat(0.00001))).toBe('1e-05');
  });
});
