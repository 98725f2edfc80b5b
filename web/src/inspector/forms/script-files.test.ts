import { addStep, extensionOf, newStep, updateStep } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../stores/document-store';
import { findStepNode } from '../edit/step-lookup';
import { fixtures } from '../test/fixtures';
import {
  createProcessingScript,
  createTrainingScript,
  functionName,
  lambdaHandler,
  languageOfUri,
  processingScript,
  trainingScript,
} from './script-files';

const stepOf = (document: Parameters<typeof findStepNode>[0], name: string) =>
  findStepNode(document, name)!.step;

describe('where a step keeps its script', () => {
  it('picks the language by the file extension', () => {
    expect(['a.py', 'a.js', 'a.mjs', 'a.sh', 'a.txt', 'folder/'].map(languageOfUri)).toEqual([
      'python',
      'javascript',
      'javascript',
      'shell',
      'text',
      'text',
    ]);
  });

  it('a Processing step: the URI of its "code" input', () => {
    const document = fixtures.abalone();
    expect(processingScript(stepOf(document, 'AbaloneProcess'))).toEqual({
      ok: true,
      uri: 's3://pipewright-examples/abalone/code/preprocess.py',
    });
  });

  it('a "code" folder: the file of it the entrypoint runs', () => {
    const document = updateStep(fixtures.abalone(), 'AbaloneProcess', (step) => {
      const args = step.Arguments as {
        ProcessingInputs: { InputName: string; S3Input: Record<string, unknown> }[];
      };
      const inputs = args.ProcessingInputs.map((input) =>
        input.InputName === 'code'
          ? { ...input, S3Input: { ...input.S3Input, S3Uri: 's3://b/code/' } }
          : input,
      );
      return { ...step, Arguments: { ...args, ProcessingInputs: inputs } };
    });
    expect(processingScript(stepOf(document, 'AbaloneProcess'))).toEqual({
      ok: true,
      uri: 's3://b/code/preprocess.py',
    });
  });

  it('creates the "code" input, the entrypoint and the embedded file when they are missing', () => {
    const bare = newStep('Processing', 'Prep');
    const args = bare.Arguments as Record<string, unknown>;
    const document = addStep(emptyDocument(), {
      ...bare,
      Arguments: { ...args, ProcessingInputs: [], AppSpecification: { ImageUri: 'python:3.11' } },
    });
    expect(processingScript(stepOf(document, 'Prep'))).toMatchObject({ ok: false, missing: true });
    const next = createProcessingScript(document, 'Prep');
    const step = stepOf(next, 'Prep') as { Arguments: Record<string, unknown> };
    expect(step.Arguments.ProcessingInputs).toEqual([
      expect.objectContaining({
        InputName: 'code',
        S3Input: expect.objectContaining({
          S3Uri: 's3://pipewright/code/Prep.py',
          LocalPath: '/opt/ml/processing/input/code',
        }),
      }),
    ]);
    expect(step.Arguments.AppSpecification).toEqual({
      ImageUri: 'python:3.11',
      ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/Prep.py'],
    });
    expect(extensionOf(next).files?.['s3://pipewright/code/Prep.py']).toMatchObject({
      language: 'python',
      content: expect.stringContaining('__main__'),
    });
  });

  it('never replaces an embedded file that exists', () => {
    const document = fixtures.abalone();
    const before =
      extensionOf(document).files?.['s3://pipewright-examples/abalone/code/preprocess.py'];
    const after = createProcessingScript(document, 'AbaloneProcess');
    expect(extensionOf(after).files?.['s3://pipewright-examples/abalone/code/preprocess.py']).toBe(
      before,
    );
  });

  it('a Training step: the submit directory joined with the program, decoded', () => {
    const document = fixtures.abalone();
    expect(
      trainingScript(stepOf(document, 'AbaloneTrain'), ['Arguments', 'HyperParameters']),
    ).toEqual({
      ok: true,
      uri: 's3://pipewright-examples/abalone/train/train.py',
    });
  });

  it('gives a Training step script-mode hyperparameters (JSON-encoded, as the SDK writes them)', () => {
    const step = newStep('Training', 'Fit');
    const document = addStep(emptyDocument(), {
      ...step,
      Arguments: { HyperParameters: { epochs: '3' } },
    });
    const next = createTrainingScript(document, 'Fit', ['Arguments', 'HyperParameters']);
    expect((stepOf(next, 'Fit').Arguments as Record<string, unknown>).HyperParameters).toEqual({
      epochs: '3',
      sagemaker_program: '"Fit.py"',
      sagemaker_submit_directory: '"s3://pipewright/code/Fit/"',
    });
    expect(Object.keys(extensionOf(next).files ?? {})).toEqual(['s3://pipewright/code/Fit/Fit.py']);
  });

  it('a Lambda step: the embedded file named after the function, as the local runtime finds it', () => {
    const document = fixtures.approvalGate();
    expect(lambdaHandler(extensionOf(document).files, stepOf(document, 'Triage'))).toEqual({
      ok: true,
      uri: 's3://pipewright-examples/approval-gate/code/triage.py',
    });
    expect(functionName('arn:aws:lambda:us-east-1:000000000000:function:triage:live')).toBe(
      'triage',
    );
    expect(
      lambdaHandler({}, { FunctionArn: 'arn:aws:lambda:us-east-1:1:function:decide' }),
    ).toEqual({
      ok: true,
      uri: 's3://pipewright/lambdas/decide.py',
    });
    expect(lambdaHandler({}, { FunctionArn: 's3://b/h.mjs' })).toEqual({
      ok: true,
      uri: 's3://b/h.mjs',
    });
    expect(
      lambdaHandler(
        { 's3://a/decide.py': { content: '' }, 's3://b/decide.js': { content: '' } },
        {
          FunctionArn: 'decide',
        },
      ),
    ).toMatchObject({ ok: false });
  });
});
