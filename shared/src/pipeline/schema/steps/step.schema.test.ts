import { describe, expect, it } from 'vitest';
import { StepSchema, stepSchemaByType } from './step.schema';

const get = (path: string) => ({ Get: path });

describe('step schemas accept what the SDK writes', () => {
  it.each<[string, unknown]>([
    [
      'Processing with expressions in its resources',
      {
        Name: 'Prep',
        Type: 'Processing',
        Arguments: {
          AppSpecification: { ImageUri: 'img', ContainerEntrypoint: ['python3', 'p.py'] },
          ProcessingResources: {
            ClusterConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: get('Parameters.N') },
          },
          ProcessingOutputConfig: {
            Outputs: [{ OutputName: 'train', S3Output: { LocalPath: '/opt/ml/processing/train' } }],
          },
        },
        PropertyFiles: [{ PropertyFileName: 'R', OutputName: 'train', FilePath: 'r.json' }],
      },
    ],
    // sagemaker-python-sdk test_pipeline_var_compatibility_template.py puts a pipeline variable in
    // every argument annotated Union[..., PipelineVariable]; these are the request fields they fill.
    [
      'Processing with pipeline variables in input/output names, modes and AppManaged',
      {
        Name: 'MyStep',
        Type: 'Processing',
        Arguments: {
          AppSpecification: { ImageUri: 'fakeimage' },
          ProcessingInputs: [
            {
              InputName: get('Parameters.input_name'),
              AppManaged: get('Parameters.app_managed'),
              S3Input: {
                S3Uri: 's3://my-bucket/processing_manifest',
                LocalPath: 'processing_manifest',
                S3DataType: get('Parameters.s3_data_type'),
                S3InputMode: get('Parameters.s3_input_mode'),
                S3DataDistributionType: get('Parameters.s3_data_distribution_type'),
                S3CompressionType: get('Parameters.s3_compression_type'),
              },
            },
          ],
          ProcessingOutputConfig: {
            Outputs: [
              {
                OutputName: get('Parameters.output_name'),
                AppManaged: get('Parameters.app_managed'),
                S3Output: {
                  LocalPath: '/opt/ml/processing/output',
                  S3UploadMode: get('Parameters.s3_upload_mode'),
                },
              },
            ],
            KmsKeyId: get('Parameters.output_kms_key'),
          },
        },
      },
    ],
    [
      'Training with pipeline variables in input modes, channel fields and metric definitions',
      {
        Name: 'MyTrainStep',
        Type: 'Training',
        Arguments: {
          AlgorithmSpecification: {
            TrainingImage: 'fakeimage',
            TrainingInputMode: get('Parameters.input_mode'),
            MetricDefinitions: [
              { Name: get('Parameters.metric_name'), Regex: get('Parameters.metric_regex') },
            ],
          },
          InputDataConfig: [
            {
              ChannelName: 'training',
              DataSource: {
                S3DataSource: {
                  S3Uri: 's3://my-bucket/train',
                  S3DataType: get('Parameters.s3_data_type'),
                  S3DataDistributionType: get('Parameters.distribution'),
                },
              },
              CompressionType: get('Parameters.compression'),
              InputMode: get('Parameters.input_mode'),
            },
          ],
        },
      },
    ],
    [
      'Transform with pipeline variables in split, compression, assembly and batch strategy',
      {
        Name: 'MyTransformStep',
        Type: 'Transform',
        Arguments: {
          ModelName: 'my-model',
          TransformInput: {
            DataSource: { S3DataSource: { S3Uri: 's3://b/in', S3DataType: get('Parameters.t') } },
            CompressionType: get('Parameters.compression_type'),
            SplitType: get('Parameters.split_type'),
          },
          TransformOutput: {
            S3OutputPath: 's3://b/out',
            AssembleWith: get('Parameters.assemble_with'),
          },
          BatchStrategy: get('Parameters.strategy'),
        },
      },
    ],
    [
      'Tuning with pipeline variables in strategy, objective, early stopping and scaling',
      {
        Name: 'MyTuningStep',
        Type: 'Tuning',
        Arguments: {
          HyperParameterTuningJobConfig: {
            Strategy: get('Parameters.strategy'),
            ResourceLimits: { MaxParallelTrainingJobs: 1 },
            TrainingJobEarlyStoppingType: get('Parameters.early_stopping_type'),
            HyperParameterTuningJobObjective: {
              Type: get('Parameters.objective_type'),
              MetricName: get('Parameters.objective_metric_name'),
            },
            ParameterRanges: {
              ContinuousParameterRanges: [
                { Name: 'lr', MinValue: '0.1', MaxValue: '0.5', ScalingType: get('Parameters.s') },
              ],
            },
          },
        },
      },
    ],
    [
      'Training with empty Arguments (SDK unit tests)',
      { Name: 'T', Type: 'Training', Arguments: {} },
    ],
    [
      'Tuning with every range kind',
      {
        Name: 'Tune',
        Type: 'Tuning',
        Arguments: {
          HyperParameterTuningJobConfig: {
            Strategy: 'Random',
            HyperParameterTuningJobObjective: { Type: 'Minimize', MetricName: 'val:mse' },
            ResourceLimits: { MaxNumberOfTrainingJobs: 4, MaxParallelTrainingJobs: 2 },
          },
          TrainingJobDefinition: {
            HyperParameterRanges: {
              IntegerParameterRanges: [{ Name: 'depth', MinValue: '2', MaxValue: '8' }],
              ContinuousParameterRanges: [
                { Name: 'eta', MinValue: '0.1', MaxValue: '0.5', ScalingType: 'Auto' },
              ],
              CategoricalParameterRanges: [{ Name: 'obj', Values: ['a', 'b'] }],
            },
          },
        },
      },
    ],
    [
      'Transform of a model from another step',
      {
        Name: 'Batch',
        Type: 'Transform',
        Arguments: {
          ModelName: get('Steps.M.ModelName'),
          TransformInput: {
            DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://b/in' } },
            SplitType: 'Line',
          },
          TransformOutput: { S3OutputPath: 's3://b/out' },
        },
      },
    ],
    [
      'Model',
      {
        Name: 'M',
        Type: 'Model',
        Arguments: {
          PrimaryContainer: {
            Image: 'i',
            ModelDataUrl: get('Steps.T.ModelArtifacts.S3ModelArtifacts'),
          },
        },
      },
    ],
    [
      'RegisterModel',
      {
        Name: 'R',
        Type: 'RegisterModel',
        Arguments: { ModelPackageGroupName: 'g', ModelApprovalStatus: get('Parameters.S') },
      },
    ],
    [
      'Condition with nested steps',
      {
        Name: 'C',
        Type: 'Condition',
        Arguments: {
          Conditions: [],
          IfSteps: [{ Name: 'F', Type: 'Fail', Arguments: { ErrorMessage: '' } }],
          ElseSteps: [],
        },
      },
    ],
    [
      'Fail with a Join',
      {
        Name: 'F',
        Type: 'Fail',
        Arguments: { ErrorMessage: { 'Std:Join': { On: ' ', Values: ['a', 1] } } },
      },
    ],
    [
      'Lambda',
      {
        Name: 'L',
        Type: 'Lambda',
        Arguments: { x: 1 },
        FunctionArn: 'arn:aws:lambda:us-west-2:1:function:f',
        OutputParameters: [{ OutputName: 'o', OutputType: 'String' }],
      },
    ],
    [
      'Callback',
      {
        Name: 'Cb',
        Type: 'Callback',
        Arguments: {},
        SqsQueueUrl: 'https://sqs',
        OutputParameters: [{ OutputName: 'o' }],
      },
    ],
    [
      'EMR',
      {
        Name: 'E',
        Type: 'EMR',
        Arguments: {
          ClusterId: 'j-1',
          StepConfig: { HadoopJarStep: { Jar: 's3://j.jar', Args: ['a'] } },
        },
      },
    ],
    [
      'an unknown type with anything',
      { Name: 'X', Type: 'BedrockModelImport', Arguments: [1, 2], Extra: null },
    ],
  ])('%s', (_label, step) => {
    expect(StepSchema.safeParse(step).success).toBe(true);
  });
});

describe('step schemas reject broken steps, saying where', () => {
  it.each<[string, keyof typeof stepSchemaByType, unknown, (string | number)[]]>([
    [
      'Processing without AppSpecification',
      'Processing',
      { Name: 'P', Type: 'Processing', Arguments: {} },
      ['Arguments', 'AppSpecification'],
    ],
    [
      'a Processing output without a name',
      'Processing',
      {
        Name: 'P',
        Type: 'Processing',
        Arguments: {
          AppSpecification: { ImageUri: 'i' },
          ProcessingOutputConfig: { Outputs: [{ S3Output: { LocalPath: '/x' } }] },
        },
      },
      ['Arguments', 'ProcessingOutputConfig', 'Outputs', 0, 'OutputName'],
    ],
    [
      'a Tuning objective that is neither Minimize nor Maximize',
      'Tuning',
      {
        Name: 'T',
        Type: 'Tuning',
        Arguments: {
          HyperParameterTuningJobConfig: {
            Strategy: 'Grid',
            ResourceLimits: { MaxParallelTrainingJobs: 1 },
            HyperParameterTuningJobObjective: { Type: 'Lowest', MetricName: 'm' },
          },
        },
      },
      ['Arguments', 'HyperParameterTuningJobConfig', 'HyperParameterTuningJobObjective', 'Type'],
    ],
    [
      'Transform without an output path',
      'Transform',
      {
        Name: 'B',
        Type: 'Transform',
        Arguments: {
          ModelName: 'm',
          TransformInput: { DataSource: { S3DataSource: { S3Uri: 's3://x' } } },
          TransformOutput: {},
        },
      },
      ['Arguments', 'TransformOutput', 'S3OutputPath'],
    ],
    [
      'a condition of an unknown type',
      'Condition',
      {
        Name: 'C',
        Type: 'Condition',
        Arguments: { Conditions: [{ Type: 'NotEquals', LeftValue: 1, RightValue: 2 }] },
      },
      ['Arguments', 'Conditions', 0, 'Type'],
    ],
    [
      'Lambda without a function',
      'Lambda',
      { Name: 'L', Type: 'Lambda', Arguments: {} },
      ['FunctionArn'],
    ],
    [
      'a Get that is not a string',
      'Fail',
      { Name: 'F', Type: 'Fail', Arguments: { ErrorMessage: { Get: 3 } } },
      ['Arguments', 'ErrorMessage'],
    ],
    [
      'DependsOn that is not a list',
      'Training',
      { Name: 'T', Type: 'Training', Arguments: {}, DependsOn: 'A' },
      ['DependsOn'],
    ],
    [
      'a cache config without Enabled',
      'Training',
      { Name: 'T', Type: 'Training', Arguments: {}, CacheConfig: { ExpireAfter: 'PT1H' } },
      ['CacheConfig', 'Enabled'],
    ],
  ])('%s', (_label, type, step, path) => {
    const result = stepSchemaByType[type].safeParse(step);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});
