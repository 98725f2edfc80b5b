import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import callback from '../../../test/fixtures/sagemaker/sdk-unit-callback-dependson.json';
import conditionOperators from '../../../test/fixtures/sagemaker/sdk-unit-condition-operators.json';
import { scanReferences } from '../expressions/references';
import { flattenDocument } from '../graph/flatten';
import { checkPropertyPath } from './check-property-path';

describe.each([
  ['abalone', abalone, 6],
  ['condition operators', conditionOperators, 1],
  ['callback', callback, 1],
])('every Steps reference in the %s fixture', (_, document, distinct) => {
  it('is a path the catalog accepts, checked against the referenced step', () => {
    const steps = new Map(flattenDocument(document).map((node) => [node.name, node]));
    const references = scanReferences(document.Steps, '/Steps').references.flatMap((reference) =>
      reference.target?.root === 'Steps' ? [{ ...reference, target: reference.target }] : [],
    );
    expect(new Set(references.map((reference) => reference.text)).size).toBe(distinct);
    for (const { target, text, asPropertyFile } of references) {
      const referenced = steps.get(target.stepName);
      expect(referenced, text).toBeDefined();
      const result = checkPropertyPath(referenced?.type, target.path, referenced?.step, {
        usage: asPropertyFile ? 'property-file' : 'value',
      });
      expect(result, text).toEqual({ ok: true });
    }
  });
});
