import { addStep, executionVariables, newStep } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../stores/document-store';
import { fixtures } from '../test/fixtures';
import { filterOptions, pickValue, referenceOptions } from './reference-options';

const labelsOf = (groups: ReturnType<typeof referenceOptions>) =>
  groups.flatMap((group) => group.options.map((option) => option.label));

describe('the reference picker options', () => {
  it('for the abalone condition: parameters, all execution variables, upstream properties', () => {
    const groups = referenceOptions(fixtures.abalone(), 'AbaloneMSECond');
    expect(groups.map((group) => group.label)).toEqual([
      'Parameters',
      'Execution variables',
      'AbaloneProcess (Processing, runs before this step)',
      'AbaloneTrain (Training, runs before this step)',
      'AbaloneEval (Processing, runs before this step)',
      'Builders',
    ]);
    const labels = labelsOf(groups);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Parameters.InputData',
        'Parameters.MseThreshold',
        ...executionVariables.map((variable) => `Execution.${variable}`),
        "Steps.AbaloneProcess.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri",
        'Steps.AbaloneTrain.ModelArtifacts.S3ModelArtifacts',
        'Join',
        'JsonGet',
      ]),
    );
    expect(labels.filter((label) => label.startsWith('Execution.'))).toHaveLength(8);
  });

  it('offers a property file as a JsonGet reading from it', () => {
    const options = referenceOptions(fixtures.abalone(), 'AbaloneMSECond').flatMap(
      (group) => group.options,
    );
    const file = options.find(
      (option) => option.label === 'Steps.AbaloneEval.PropertyFiles.EvaluationReport',
    );
    expect(file).toMatchObject({
      kind: 'json-get',
      value: {
        'Std:JsonGet': {
          PropertyFile: { Get: 'Steps.AbaloneEval.PropertyFiles.EvaluationReport' },
          Path: '',
        },
      },
    });
  });

  it('offers steps that are neither upstream nor downstream after the upstream ones', () => {
    let document = addStep(emptyDocument(), newStep('Processing', 'Loose'));
    document = addStep(document, newStep('Processing', 'Before'));
    document = addStep(document, { ...newStep('Training', 'Train'), DependsOn: ['Before'] });
    const labels = referenceOptions(document, 'Train').map((group) => group.label);
    expect(labels).toEqual([
      'Execution variables',
      'Before (Processing, runs before this step)',
      'Loose (Processing, referring to it makes this step wait for it)',
      'Builders',
    ]);
  });

  it('leaves out the step itself and every step downstream of it (a reference would be a cycle)', () => {
    const labels = labelsOf(referenceOptions(fixtures.abalone(), 'AbaloneTrain'));
    expect(labels.some((label) => label.startsWith('Steps.AbaloneTrain.'))).toBe(false);
    for (const downstream of ['AbaloneEval', 'AbaloneMSECond', 'AbaloneRegisterModel']) {
      expect(labels.some((label) => label.startsWith(`Steps.${downstream}.`))).toBe(false);
    }
    expect(labels).toContain(
      "Steps.AbaloneProcess.ProcessingOutputConfig.Outputs['test'].S3Output.S3Uri",
    );
  });

  it('filters by every word typed, in labels and descriptions', () => {
    const groups = filterOptions(
      referenceOptions(fixtures.abalone(), 'AbaloneMSECond'),
      'eval report',
    );
    expect(labelsOf(groups)).toEqual(['Steps.AbaloneEval.PropertyFiles.EvaluationReport']);
  });

  it('picking Join keeps the current value as its first part', () => {
    const join = referenceOptions(fixtures.abalone(), 'AbaloneTrain')
      .flatMap((group) => group.options)
      .find((option) => option.kind === 'join');
    expect(pickValue('s3://bucket', join!)).toEqual({
      'Std:Join': { On: '/', Values: ['s3://bucket'] },
    });
    expect(pickValue('', join!)).toEqual({ 'Std:Join': { On: '/', Values: [] } });
  });
});
