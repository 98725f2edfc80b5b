import type { KnownStepType } from '../schema/steps/step.schema';

const role = 'arn:aws:iam::000000000000:role/SageMakerRole';
const code = (file: string) => `s3://pipewright/code/${file}`;

/**
 * A new step of each type with sensible defaults: valid on its own, runnable locally where the
 * type allows, and shaped like the SDK's output so it exports unchanged.
 */
export function newStep(type: KnownStepType, name: string): Record<string, unknown> {
  const base = { Name: name, Type: type };
  switch (type) {
    case 'Processing':
      return {
        ...base,
        Arguments: {
          ProcessingResources: {
            ClusterConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 30 },
          },
          AppSpecification: {
            ImageUri: 'python:3.11',
            ContainerEntrypoint: ['python3', `/opt/ml/processing/input/code/${name}.py`],
          },
          RoleArn: role,
          ProcessingInputs: [
            {
              InputName: 'code',
              S3Input: {
                S3Uri: code(`${name}.py`),
                LocalPath: '/opt/ml/processing/input/code',
                S3DataType: 'S3Prefix',
                S3InputMode: 'File',
              },
            },
          ],
          ProcessingOutputConfig: {
            Outputs: [
              {
                OutputName: 'output',
                S3Output: { LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' },
              },
            ],
          },
        },
      };
    case 'Training':
      return {
        ...base,
        Arguments: {
          AlgorithmSpecification: {
            TrainingImage: 'python:3.11',
            TrainingInputMode: 'File',
            MetricDefinitions: [],
          },
          HyperParameters: {
            sagemaker_program: `"${name}.py"`,
            sagemaker_submit_directory: `"${code('')}"`,
          },
          InputDataConfig: [],
          OutputDataConfig: { S3OutputPath: `s3://pipewright/models/${name}` },
          ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 30 },
          StoppingCondition: { MaxRuntimeInSeconds: 86400 },
          RoleArn: role,
        },
      };
    case 'Tuning':
      return {
        ...base,
        Arguments: {
          HyperParameterTuningJobConfig: {
            Strategy: 'Random',
            HyperParameterTuningJobObjective: { Type: 'Minimize', MetricName: 'validation:loss' },
            ResourceLimits: { MaxNumberOfTrainingJobs: 4, MaxParallelTrainingJobs: 2 },
          },
          TrainingJobDefinition: {
            AlgorithmSpecification: {
              TrainingImage: 'python:3.11',
              TrainingInputMode: 'File',
              MetricDefinitions: [
                { Name: 'validation:loss', Regex: 'validation:loss=([0-9\\.]+)' },
              ],
            },
            HyperParameterRanges: {
              IntegerParameterRanges: [],
              ContinuousParameterRanges: [],
              CategoricalParameterRanges: [],
            },
            StaticHyperParameters: {
              sagemaker_program: '"train.py"',
              sagemaker_submit_directory: `"${code('')}"`,
            },
            OutputDataConfig: { S3OutputPath: `s3://pipewright/models/${name}` },
            ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 30 },
            StoppingCondition: { MaxRuntimeInSeconds: 86400 },
            RoleArn: role,
          },
        },
      };
    case 'Transform':
      return {
        ...base,
        Arguments: {
          ModelName: '',
          TransformInput: {
            DataSource: {
              S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://pipewright/batch/' },
            },
            SplitType: 'Line',
          },
          TransformOutput: { S3OutputPath: `s3://pipewright/predictions/${name}` },
          TransformResources: { InstanceCount: 1, InstanceType: 'ml.m5.large' },
        },
      };
    case 'Model':
      return {
        ...base,
        Arguments: {
          ExecutionRoleArn: role,
          PrimaryContainer: { Image: 'python:3.11', Environment: {} },
        },
      };
    case 'RegisterModel':
      return {
        ...base,
        Arguments: {
          ModelPackageGroupName: 'models',
          ModelApprovalStatus: 'PendingManualApproval',
          InferenceSpecification: {
            Containers: [{ Image: 'python:3.11' }],
            SupportedContentTypes: ['text/csv'],
            SupportedResponseMIMETypes: ['text/csv'],
          },
        },
      };
    case 'Condition':
      return { ...base, Arguments: { Conditions: [], IfSteps: [], ElseSteps: [] } };
    case 'Fail':
      return { ...base, Arguments: { ErrorMessage: 'The pipeline failed.' } };
    case 'Lambda':
      return {
        ...base,
        Arguments: {},
        FunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${name}`,
        OutputParameters: [],
      };
    case 'Callback':
      return {
        ...base,
        Arguments: {},
        SqsQueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/approvals',
        OutputParameters: [],
      };
    case 'EMR':
      return {
        ...base,
        Arguments: {
          ClusterId: 'j-XXXXXXXXXXXXX',
          StepConfig: { HadoopJarStep: { Jar: 'command-runner.jar', Args: [] } },
        },
      };
    case 'Endpoint':
      return { ...base, Arguments: { EndpointName: name, EndpointConfigName: '' } };
    default:
      return { ...base, Arguments: {} };
  }
}
