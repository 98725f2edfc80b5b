import { z } from 'zod';
import { RuntimeUserError } from './runtime-error';

// A resolved value that SageMaker takes as a string (a Join or a parameter may give a number).
const text = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const ChannelSchema = z.looseObject({
  // The channel becomes a folder name under /opt/ml/input/data: SageMaker's own pattern keeps it one segment.
  ChannelName: z
    .string()
    .regex(/^[A-Za-z0-9.\-_]+$/, 'use letters, digits, ".", "-" and "_" only')
    .refine((name) => !/^\.+$/.test(name), 'a channel cannot be named "." or ".."'),
  DataSource: z.looseObject({
    S3DataSource: z
      .looseObject({
        S3Uri: z.string(),
        S3DataType: z.string().default('S3Prefix'),
        S3DataDistributionType: z.string().default('FullyReplicated'),
      })
      .optional(),
    FileSystemDataSource: z.unknown().optional(),
  }),
  ContentType: z.string().optional(),
  CompressionType: z.string().default('None'),
  RecordWrapperType: z.string().default('None'),
  InputMode: z.string().optional(),
});
export type TrainingChannel = z.infer<typeof ChannelSchema>;

/**
 * A Training step's Arguments once every expression is resolved: the CreateTrainingJob request
 * without its name, with the defaults DescribeTrainingJob shows. A TrainingJobDefinition of a
 * Tuning step becomes one of these for each of its training jobs.
 */
export const ResolvedTrainingArgumentsSchema = z.looseObject({
  AlgorithmSpecification: z.looseObject({
    TrainingImage: z.string().optional(),
    AlgorithmName: z.string().optional(),
    TrainingInputMode: z.string().default('File'),
    MetricDefinitions: z.array(z.looseObject({ Name: z.string(), Regex: z.string() })).default([]),
    ContainerEntrypoint: z.array(text).optional(),
    ContainerArguments: z.array(text).optional(),
  }),
  HyperParameters: z.record(z.string(), text).default({}),
  InputDataConfig: z.array(ChannelSchema).default([]),
  OutputDataConfig: z
    .looseObject({
      S3OutputPath: z.string().optional(),
      CompressionType: z.string().default('GZIP'),
    })
    .prefault({}),
  ResourceConfig: z
    .looseObject({
      InstanceType: z.string().optional(),
      InstanceCount: z.number().default(1),
    })
    .optional(),
  StoppingCondition: z
    .looseObject({ MaxRuntimeInSeconds: z.number().positive().optional() })
    .optional(),
  Environment: z.record(z.string(), text).default({}),
});
export type ResolvedTrainingArguments = z.infer<typeof ResolvedTrainingArgumentsSchema>;

/** Validates resolved Arguments; a problem (an expression left unresolved, a missing field) is a user error. */
export function parseTrainingArguments(value: unknown): ResolvedTrainingArguments {
  const parsed = ResolvedTrainingArgumentsSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'Arguments'}: ${issue.message}`,
    );
    throw new RuntimeUserError(
      'invalid-arguments',
      `The step's Arguments are not valid: ${problems.join('; ')}`,
    );
  }
  const names = parsed.data.InputDataConfig.map((channel) => channel.ChannelName);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) {
    throw new RuntimeUserError(
      'invalid-arguments',
      `InputDataConfig: the channel name "${repeated}" is used twice`,
    );
  }
  return parsed.data;
}

/** Refuses what cannot run without AWS, with a sentence saying what and why. */
export function checkTrainingRunnableLocally(args: ResolvedTrainingArguments): void {
  const unsupported = (message: string) => new RuntimeUserError('unsupported', message);
  const algorithm = args.AlgorithmSpecification;
  if (algorithm.TrainingImage === undefined) {
    throw unsupported(
      algorithm.AlgorithmName === undefined
        ? 'AlgorithmSpecification: give a TrainingImage'
        : `AlgorithmSpecification: AlgorithmName "${algorithm.AlgorithmName}" (a Marketplace or registered algorithm) cannot run locally; give a TrainingImage`,
    );
  }
  if (algorithm.TrainingInputMode === 'Pipe') {
    throw unsupported('TrainingInputMode Pipe is not supported locally; use File or FastFile');
  }
  if (args.OutputDataConfig.CompressionType !== 'GZIP') {
    throw unsupported(
      `OutputDataConfig: CompressionType ${args.OutputDataConfig.CompressionType} is not supported locally; use GZIP`,
    );
  }
  for (const channel of args.InputDataConfig) {
    const name = `Channel "${channel.ChannelName}"`;
    const s3 = channel.DataSource.S3DataSource;
    if (s3 === undefined) {
      throw unsupported(
        `${name}: only S3DataSource channels run locally (a FileSystemDataSource needs EFS or FSx)`,
      );
    }
    if (s3.S3DataType !== 'S3Prefix') {
      throw unsupported(
        `${name}: S3DataType ${s3.S3DataType} is not supported locally; use S3Prefix`,
      );
    }
    if (channel.InputMode === 'Pipe') {
      throw unsupported(`${name}: InputMode Pipe is not supported locally; use File`);
    }
    if (channel.CompressionType !== 'None') {
      throw unsupported(
        `${name}: CompressionType ${channel.CompressionType} is not supported locally; use None`,
      );
    }
  }
}
