import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import { checkPropertyPath } from './check-property-path';
import { catalogedStepTypes } from './property-catalog';
import { listPropertyPaths } from './list-property-paths';

const [process, train, evaluate] = abalone.Steps;

describe('listPropertyPaths', () => {
  it('offers each output of a Processing step by name, with scalar fields', () => {
    const paths = listPropertyPaths('Processing', process);
    const byPath = new Map(paths.map((entry) => [entry.path, entry]));
    for (const output of ['train', 'validation', 'test']) {
      expect(byPath.get(`ProcessingOutputConfig.Outputs['${output}'].S3Output.S3Uri`)).toEqual({
        path: `ProcessingOutputConfig.Outputs['${output}'].S3Output.S3Uri`,
        segments: [
          { kind: 'property', name: 'ProcessingOutputConfig' },
          { kind: 'property', name: 'Outputs' },
          { kind: 'key', key: output },
          { kind: 'property', name: 'S3Output' },
          { kind: 'property', name: 'S3Uri' },
        ],
        type: 'string',
        description: `S3 URI the output is uploaded to (output "${output}")`,
      });
    }
    expect(byPath.get('ProcessingJobName')?.type).toBe('string');
    expect(byPath.get("ProcessingInputs['code'].S3Input.S3Uri")).toBeDefined();
    expect(byPath.has('ProcessingOutputConfig.Outputs[0].S3Output.S3Uri')).toBe(false);
  });

  it('offers a Processing step’s property files for Std:JsonGet', () => {
    const files = listPropertyPaths('Processing', evaluate).filter(
      (entry) => entry.type === 'property-file',
    );
    expect(files.map((entry) => entry.path)).toEqual(['PropertyFiles.EvaluationReport']);
  });

  it('falls back to the first item of lists when no step is given', () => {
    const paths = listPropertyPaths('Processing').map((entry) => entry.path);
    expect(paths).toContain('ProcessingOutputConfig.Outputs[0].S3Output.S3Uri');
    expect(paths.some((path) => path.startsWith('PropertyFiles'))).toBe(false);
  });

  it('offers a Training step’s hyperparameters and model artifacts', () => {
    const paths = listPropertyPaths('Training', train).map((entry) => entry.path);
    expect(paths).toContain('ModelArtifacts.S3ModelArtifacts');
    expect(paths).toContain("HyperParameters['max_depth']");
    expect(paths).toContain("InputDataConfig['validation'].DataSource.S3DataSource.S3Uri");
  });

  it('types Lambda and Callback output parameters from their OutputType', () => {
    const step = {
      OutputParameters: [
        { OutputName: 'count', OutputType: 'Integer' },
        { OutputName: 'ratio', OutputType: 'Float' },
        { OutputName: 'ok', OutputType: 'Boolean' },
        { OutputName: 'text' },
      ],
    };
    expect(listPropertyPaths('Lambda', step).map(({ path, type }) => [path, type])).toEqual([
      ["OutputParameters['count']", 'integer'],
      ["OutputParameters['ratio']", 'number'],
      ["OutputParameters['ok']", 'boolean'],
      ["OutputParameters['text']", 'string'],
    ]);
  });

  it('offers nothing for Fail steps and unknown step types', () => {
    expect(listPropertyPaths('Fail', {})).toEqual([]);
    expect(listPropertyPaths('EMRServerless', {})).toEqual([]);
    expect(listPropertyPaths(undefined)).toEqual([]);
  });

  const outputs = { OutputParameters: [{ OutputName: 'result', OutputType: 'String' }] };
  const sampleSteps: Record<string, unknown> = {
    Processing: evaluate,
    Training: train,
    Lambda: outputs,
    Callback: outputs,
  };

  it.each(catalogedStepTypes.filter((type) => type !== 'Fail'))(
    'only offers %s paths that checkPropertyPath accepts',
    (type) => {
      const step = sampleSteps[type];
      const entries = listPropertyPaths(type, step);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const usage = entry.type === 'property-file' ? 'property-file' : 'value';
        expect(checkPropertyPath(type, entry.segments, step, { usage }), entry.path).toEqual({
          ok: true,
        });
      }
    },
  );
});
