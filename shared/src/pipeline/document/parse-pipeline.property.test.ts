import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes, hasErrors } from '../diagnostics/diagnostic';
import { extensionKey } from '../schema/extension.schema';
import { serializePipeline, toSageMakerDefinition } from './export-sagemaker';
import { parsePipelineText, parsePipelineValue } from './parse-pipeline';

const stepTypes = [
  'Processing',
  'Training',
  'Condition',
  'Fail',
  'Lambda',
  'Callback',
  'EMR',
  'Custom',
];

/** Values shaped roughly like pipelines, so validation goes deep rather than failing at the top. */
const pipelineLike = fc.letrec<{ step: unknown; steps: unknown[] }>((tie) => ({
  step: fc.record(
    {
      Name: fc.oneof(fc.constantFrom('A', 'B', 'C', 'bad name'), fc.jsonValue()),
      Type: fc.oneof(fc.constantFrom(...stepTypes), fc.jsonValue()),
      DependsOn: fc.oneof(fc.array(fc.constantFrom('A', 'B', 'C', 'X')), fc.jsonValue()),
      Arguments: fc.oneof(
        fc.jsonValue(),
        fc.record({
          Conditions: fc.jsonValue(),
          IfSteps: tie('steps'),
          ElseSteps: tie('steps'),
          Value: fc.constantFrom(
            { Get: 'Steps.A.Outcome' },
            { Get: 'Parameters.P' },
            { Get: 'Steps.B.ProcessingOutputConfig.Outputs[0]' },
            { Get: 7 },
            { 'Std:Join': { On: 1, Values: 'x' } },
            { 'Std:JsonGet': { Path: [] } },
          ),
        }),
      ),
      RetryPolicies: fc.jsonValue(),
      CacheConfig: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  steps: fc.array(tie('step'), { maxLength: 4, depthIdentifier: 'steps' }),
}));

const documentLike = fc.record(
  {
    Version: fc.oneof(fc.constant('2020-12-01'), fc.jsonValue()),
    Parameters: fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue())),
    Steps: pipelineLike.steps,
    [extensionKey]: fc.jsonValue(),
  },
  { requiredKeys: ['Steps'] },
);

describe('reading never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const { diagnostics } = parsePipelineText(text);
        for (const diagnostic of diagnostics) {
          expect(diagnosticCodes).toContain(diagnostic.code);
          expect(diagnostic.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('on arbitrary JSON values and pipeline-shaped nonsense, reporting only known codes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), documentLike), (value) => {
        const { diagnostics } = parsePipelineValue(value);
        for (const diagnostic of diagnostics) {
          expect(diagnosticCodes).toContain(diagnostic.code);
          expect(diagnostic.pointer === '' || diagnostic.pointer.startsWith('/')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives line and column for text that is not JSON', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom('{', ',', '}', ']', 'x'), (json, junk) => {
        fc.pre(json.length > 0);
        const { document, diagnostics } = parsePipelineText(`${json}${junk}`);
        expect(document).toBeNull();
        expect(diagnostics[0]).toMatchObject({ code: 'invalid-json', line: expect.any(Number) });
      }),
    );
  });
});

/** Generated valid pipelines: a chain of Processing steps, then a condition with nested branches. */
const validPipeline = fc
  .record({
    names: fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,15}$/), {
      minLength: 4,
      maxLength: 9,
      comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
    }),
    threshold: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    count: fc.integer({ min: 1, max: 8 }),
    withExtension: fc.boolean(),
    cache: fc.constantFrom(undefined, '30d', 'PT1H', 'p30d', 'P4DT12H'),
  })
  .map(({ names, threshold, count, withExtension, cache }) => {
    const [conditionName, failName, ...work] = names as [string, string, ...string[]];
    const processing = (name: string, index: number) => ({
      Name: name,
      Type: 'Processing',
      Arguments: {
        AppSpecification: { ImageUri: 'python:3', ContainerEntrypoint: ['python3', 'run.py'] },
        ProcessingResources: {
          ClusterConfig: {
            InstanceType: 'ml.m5.xlarge',
            InstanceCount: { Get: 'Parameters.Count' },
          },
        },
        ProcessingInputs:
          index === 0
            ? []
            : [
                {
                  InputName: 'upstream',
                  S3Input: {
                    S3Uri: {
                      Get: `Steps.${work[index - 1]}.ProcessingOutputConfig.Outputs['out'].S3Output.S3Uri`,
                    },
                    LocalPath: '/opt/ml/processing/input',
                  },
                },
              ],
        ProcessingOutputConfig: {
          Outputs: [
            {
              OutputName: 'out',
              S3Output: { LocalPath: '/opt/ml/processing/out', S3UploadMode: 'EndOfJob' },
            },
          ],
        },
      },
      PropertyFiles: [{ PropertyFileName: 'Report', OutputName: 'out', FilePath: 'report.json' }],
      ...(cache && { CacheConfig: { Enabled: true, ExpireAfter: cache } }),
    });
    const [first, ...rest] = work as [string, ...string[]];
    const branchSteps = rest.slice(Math.ceil(rest.length / 2));
    const topSteps = [first, ...rest.slice(0, Math.ceil(rest.length / 2))];
    const last = topSteps[topSteps.length - 1] as string;
    return {
      Version: '2020-12-01',
      Metadata: {},
      Parameters: [
        { Name: 'Threshold', Type: 'Float', DefaultValue: threshold },
        { Name: 'Count', Type: 'Integer', DefaultValue: count },
        { Name: 'Mode', Type: 'String', DefaultValue: 'fast', EnumValues: ['fast', 'slow'] },
      ],
      PipelineExperimentConfig: null,
      Steps: [
        ...topSteps.map((name, index) => processing(name, index)),
        {
          Name: conditionName,
          Type: 'Condition',
          Arguments: {
            Conditions: [
              {
                Type: 'LessThanOrEqualTo',
                LeftValue: {
                  'Std:JsonGet': {
                    PropertyFile: { Get: `Steps.${last}.PropertyFiles.Report` },
                    Path: 'mse',
                  },
                },
                RightValue: { Get: 'Parameters.Threshold' },
              },
            ],
            IfSteps: branchSteps.map((name, index) => ({
              ...processing(name, index + topSteps.length),
              ...(index === 0 && { Arguments: processing(name, 0).Arguments }),
            })),
            ElseSteps: [
              {
                Name: failName,
                Type: 'Fail',
                Arguments: {
                  ErrorMessage: {
                    'Std:Join': { On: ' ', Values: ['Above', { Get: 'Parameters.Threshold' }] },
                  },
                },
              },
            ],
          },
        },
      ],
      ...(withExtension && {
        [extensionKey]: {
          formatVersion: 1,
          positions: Object.fromEntries(
            names.map((name, index) => [name, { x: index * 10, y: 0 }]),
          ),
        },
      }),
    };
  });

describe('generated valid pipelines', () => {
  it('validate cleanly and round-trip through text to the same JSON value', () => {
    fc.assert(
      fc.property(validPipeline, (pipeline) => {
        const text = serializePipeline(pipeline);
        const { document, diagnostics } = parsePipelineText(text);
        expect(diagnostics).toEqual([]);
        expect(hasErrors(diagnostics)).toBe(false);
        expect(JSON.parse(serializePipeline(document!))).toEqual(JSON.parse(text));
        const exported = toSageMakerDefinition(document!);
        expect(exported).not.toHaveProperty(extensionKey);
        expect(parsePipelineValue(JSON.parse(serializePipeline(exported))).diagnostics).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
