import { ExampleListSchema, ExampleSchema } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { describeReadme } from '../../examples/example-catalog';
import { AUTH_HEADERS, useTestApp } from '../../testing/test-app';

describe('GET /api/examples', () => {
  const testApp = useTestApp();

  it('lists the shipped examples with the title and summary from their READMEs', async () => {
    const res = await (await testApp()).app.inject({ url: '/api/examples', headers: AUTH_HEADERS });
    expect(res.statusCode).toBe(200);
    // The answer is what the web reads: the shared schema, to the letter.
    const { items } = ExampleListSchema.parse(res.json());
    expect(items.map((item) => item.id)).toEqual([
      'abalone',
      'approval-gate',
      'quality-gate',
      'tuning',
    ]);
    expect(items[0]).toMatchObject({
      title: 'Abalone: train, evaluate, register and predict',
      summary: expect.stringContaining('Predicts the age of abalone'),
      shows: expect.stringContaining('RegisterModel'),
    });
  });

  it('gives one example with its definition and README', async () => {
    const res = await (
      await testApp()
    ).app.inject({
      url: '/api/examples/quality-gate',
      headers: AUTH_HEADERS,
    });
    expect(res.statusCode).toBe(200);
    const example = ExampleSchema.parse(res.json());
    expect(example.definition.Steps.map((step) => step.Name)).toContain('CheckQuality');
    expect(example.readme).toMatch(/^# Quality gate/);
  });

  it('answers 404 for an example that does not exist, and for a path outside the folder', async () => {
    const { app } = await testApp();
    for (const id of ['nope', '..', '%2E%2E%2Fserver']) {
      const res = await app.inject({ url: `/api/examples/${id}`, headers: AUTH_HEADERS });
      expect(res.statusCode, id).toBe(404);
    }
  });
});

describe('describeReadme', () => {
  it('reads the title, the first paragraph and “What it shows”, joining wrapped lines', () => {
    const readme =
      '# A title\n\nFirst line\nsecond line.\n\nWhat it shows: steps\nand more.\n\nRest.';
    expect(describeReadme(readme, 'id')).toEqual({
      title: 'A title',
      summary: 'First line second line.',
      shows: 'steps and more.',
    });
  });

  it('falls back to the id without a heading', () => {
    expect(describeReadme('Just text.', 'my-example')).toMatchObject({
      title: 'my-example',
      summary: 'Just text.',
    });
  });
});
