import { describe, expect, it } from 'vitest';
import { cacheKeyOf, canonicalJson } from './cache-key';

const processing = (image: string, extra: Record<string, unknown> = {}) => ({
  AppSpecification: { ImageUri: image, ContainerEntrypoint: ['python3', 'run.py'] },
  ProcessingInputs: [
    {
      InputName: 'code',
      S3Input: { S3Uri: 's3://b/code/run.py', LocalPath: '/opt/ml/processing/input/code' },
    },
  ],
  ...extra,
});

describe('cacheKeyOf', () => {
  it('is the same for the same cache-key attributes, whatever else differs', () => {
    const a = cacheKeyOf(
      'Processing',
      processing('img', { RoleArn: 'arn:1', ProcessingResources: { x: 1 } }),
      {},
    );
    const b = cacheKeyOf('Processing', processing('img', { RoleArn: 'arn:2' }), {});
    expect(a).toBe(b);
  });

  it('changes when an attribute SageMaker compares changes', () => {
    expect(cacheKeyOf('Processing', processing('img'), {})).not.toBe(
      cacheKeyOf('Processing', processing('img2'), {}),
    );
  });

  it('changes when an embedded script the step reads changes, not when another one does', () => {
    const base = cacheKeyOf('Processing', processing('img'), {
      's3://b/code/run.py': { content: 'v1' },
    });
    expect(
      cacheKeyOf('Processing', processing('img'), { 's3://b/code/run.py': { content: 'v2' } }),
    ).not.toBe(base);
    expect(
      cacheKeyOf('Processing', processing('img'), {
        's3://b/code/run.py': { content: 'v1' },
        's3://b/other.py': { content: 'anything' },
      }),
    ).toBe(base);
  });

  it('counts a script under a referenced prefix', () => {
    const args = {
      AppSpecification: { ImageUri: 'i' },
      ProcessingInputs: [{ S3Input: { S3Uri: 's3://b/code' } }],
    };
    expect(cacheKeyOf('Processing', args, { 's3://b/code/a.py': { content: '1' } })).not.toBe(
      cacheKeyOf('Processing', args, { 's3://b/code/a.py': { content: '2' } }),
    );
  });

  it('ignores key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(
      canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }),
    );
  });
});
