import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import { validatePipeline } from '../validate/validate-pipeline';
import type { PipelineDocument } from '../schema/document.schema';
import {
  addStep,
  connectSteps,
  removeSteps,
  renameParameter,
  renameStep,
  setPositions,
  setStepBranch,
  uniqueStepName,
} from './document-edits';
import { newStep } from './step-templates';

const doc = () => structuredClone(abalone) as unknown as PipelineDocument;
const ok = <T extends { ok: boolean }>(result: T) => {
  expect(result.ok).toBe(true);
  return (result as unknown as { document: PipelineDocument }).document;
};

describe('document edits keep the pipeline valid', () => {
  it('renames a step and every reference to it, nested ones included', () => {
    const renamed = ok(
      renameStep(setPositions(doc(), { AbaloneTrain: { x: 1, y: 2 } }), 'AbaloneTrain', 'Fit'),
    );
    const text = JSON.stringify(renamed);
    // Only references change: S3 paths that happen to contain the old name are data.
    expect(text).not.toContain('Steps.AbaloneTrain');
    expect(text).not.toContain('"Name":"AbaloneTrain"');
    expect(text).toContain('Steps.Fit.ModelArtifacts.S3ModelArtifacts');
    expect(renamed['x-pipewright']?.positions).toEqual({ Fit: { x: 1, y: 2 } });
    expect(validatePipeline(renamed)).toEqual([]);
  });

  it('renames a condition step, keeping its branches', () => {
    const renamed = ok(renameStep(doc(), 'AbaloneMSECond', 'Gate'));
    expect(validatePipeline(renamed)).toEqual([]);
    expect(
      (renamed.Steps[3] as { Arguments: { IfSteps: unknown[] } }).Arguments.IfSteps,
    ).toHaveLength(3);
  });

  it('refuses a rename to a taken or invalid name', () => {
    expect(renameStep(doc(), 'AbaloneTrain', 'AbaloneEval')).toEqual({
      ok: false,
      reason: 'A step named "AbaloneEval" already exists.',
    });
    expect(renameStep(doc(), 'AbaloneTrain', 'has space').ok).toBe(false);
  });

  it('renames a parameter and its references', () => {
    const renamed = ok(renameParameter(doc(), 'MseThreshold', 'MaxMse'));
    expect(JSON.stringify(renamed)).toContain('Parameters.MaxMse');
    expect(validatePipeline(renamed)).toEqual([]);
  });

  it('adds steps with unique names', () => {
    const name = uniqueStepName(doc(), 'AbaloneTrain');
    expect(name).toBe('AbaloneTrain2');
    const added = addStep(doc(), newStep('Fail', name), { position: { x: 5, y: 5 } });
    expect(added.Steps.at(-1)).toMatchObject({ Name: 'AbaloneTrain2', Type: 'Fail' });
    expect(added['x-pipewright']?.positions?.AbaloneTrain2).toEqual({ x: 5, y: 5 });
  });

  it('connects steps, refusing a cycle with a reason', () => {
    const connected = ok(connectSteps(doc(), 'AbaloneProcess', 'AbaloneTrain'));
    expect((connected.Steps[1] as { DependsOn?: string[] }).DependsOn).toEqual(['AbaloneProcess']);
    expect(connectSteps(doc(), 'AbaloneEval', 'AbaloneProcess')).toEqual({
      ok: false,
      reason:
        '"AbaloneEval" already runs after "AbaloneProcess", so this connection would make a cycle.',
    });
    expect(connectSteps(doc(), 'AbaloneMSEFail', 'AbaloneTrain').ok).toBe(false);
  });

  it('removes steps and the DependsOn entries that named them', () => {
    const connected = ok(connectSteps(doc(), 'AbaloneProcess', 'AbaloneTrain'));
    const removed = removeSteps(connected, ['AbaloneProcess']);
    expect(removed.Steps.map((step) => step.Name)).not.toContain('AbaloneProcess');
    expect((removed.Steps[0] as { DependsOn?: string[] }).DependsOn).toBeUndefined();
  });

  it('moves a step into a condition branch and back out', () => {
    const moved = ok(
      setStepBranch(doc(), 'AbaloneMSEFail', { conditionName: 'AbaloneMSECond', branch: 'if' }),
    );
    const ifSteps = (moved.Steps[3] as { Arguments: { IfSteps: { Name: string }[] } }).Arguments
      .IfSteps;
    expect(ifSteps.map((step) => step.Name)).toContain('AbaloneMSEFail');
    const out = ok(setStepBranch(moved, 'AbaloneMSEFail', undefined));
    expect(out.Steps.map((step) => step.Name)).toContain('AbaloneMSEFail');
    expect(
      setStepBranch(doc(), 'AbaloneTrain', { conditionName: 'AbaloneMSECond', branch: 'if' }).ok,
    ).toBe(false);
  });
});
