import { addStep, newStep } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../stores/document-store';
import { findStepNode } from '../edit/step-lookup';
import { fixtures } from '../test/fixtures';
import { checkStepDraft, stepJsonSchema, stepJsonText } from './step-json';

describe('the step JSON tab', () => {
  const document = fixtures.abalone();
  const train = findStepNode(document, 'AbaloneTrain')!.step;

  it('refuses text that is not JSON, saying where', () => {
    const check = checkStepDraft(document, 'AbaloneTrain', '{"Name": "AbaloneTrain",');
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatchObject({ severity: 'error', line: 1 });
  });

  it('applies valid JSON as the step, keys it does not know included', () => {
    const edited = { ...train, DisplayName: 'Fit', 'x-later': 1 };
    const check = checkStepDraft(document, 'AbaloneTrain', JSON.stringify(edited));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(findStepNode(check.document, 'AbaloneTrain')?.step).toEqual(edited);
    expect(check.problems).toEqual([]);
  });

  it('places the step diagnostics in the text', () => {
    const edited = { ...train, DependsOn: ['Nowhere'] };
    const check = checkStepDraft(document, 'AbaloneTrain', JSON.stringify(edited, null, 2));
    expect(check.ok).toBe(true);
    const problem = check.problems.find((found) => found.message.includes('Nowhere'));
    expect(problem).toMatchObject({ severity: 'error', column: 5 });
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('a changed Name renames the step and every reference to it', () => {
    const check = checkStepDraft(
      document,
      'AbaloneTrain',
      JSON.stringify({ ...train, Name: 'Fit' }),
    );
    expect(check.ok && check.name).toBe('Fit');
    if (!check.ok) return;
    expect(JSON.stringify(check.document)).not.toContain('Steps.AbaloneTrain.');
    expect(JSON.stringify(check.document)).toContain('Steps.Fit.ModelArtifacts.S3ModelArtifacts');
  });

  it('refuses a name another step has, with the reason', () => {
    const check = checkStepDraft(
      document,
      'AbaloneTrain',
      JSON.stringify({ ...train, Name: 'AbaloneEval' }),
    );
    expect(check).toMatchObject({
      ok: false,
      problems: [{ message: 'A step named "AbaloneEval" already exists.' }],
    });
  });

  it('shows a Condition step without its branch steps and keeps them on apply', () => {
    const condition = findStepNode(document, 'AbaloneMSECond')!.step;
    const text = stepJsonText(condition);
    expect(text).not.toContain('IfSteps');
    const check = checkStepDraft(
      document,
      'AbaloneMSECond',
      text.replace('"Conditions"', '"Description": "gate",\n"Conditions"'),
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const applied = findStepNode(check.document, 'AbaloneMSECond')!.step as {
      Arguments: { IfSteps: { Name: string }[] };
    };
    expect(applied.Arguments.IfSteps.map((step) => step.Name)).toEqual([
      'AbaloneRegisterModel',
      'AbaloneCreateModel',
      'AbaloneTransform',
    ]);
  });

  it('refuses branch steps typed into a Condition step', () => {
    const base = addStep(emptyDocument(), newStep('Condition', 'Gate'));
    const check = checkStepDraft(
      base,
      'Gate',
      JSON.stringify({
        Name: 'Gate',
        Type: 'Condition',
        Arguments: { Conditions: [], IfSteps: [] },
      }),
    );
    expect(check.ok).toBe(false);
  });

  it('has a JSON Schema per step type, made from the document schema', () => {
    expect(stepJsonSchema('Processing').$ref).toBe('#/$defs/ProcessingStep');
    expect(stepJsonSchema('EMR').$ref).toBe('#/$defs/EmrStep');
    expect(stepJsonSchema('SomethingNew').$ref).toBe('#/$defs/Step');
  });
});
