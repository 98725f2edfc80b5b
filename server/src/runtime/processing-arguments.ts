import { z } from 'zod';
import { RuntimeUserError } from './runtime-error';

// A resolved value that SageMaker takes as a string (a Join or a parameter may give a number).
const text = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const S3InputSchema = z.looseObject({
  S3Uri: z.string(),
  LocalPath: z.string(),
  S3DataType: z.string().default('S3Prefix'),
  S3InputMode: z.string().default('File'),
  S3DataDistributionType: z.string().default('FullyReplicated'),
  S3CompressionType: z.string().default('None'),
});

const S3OutputSchema = z.looseObject({
  S3Uri: z.string().optional(),
  LocalPath: z.string(),
  S3UploadMode: z.string().default('EndOfJob'),
});

/**
 * A Processing step's Arguments once the engine has resolved every expression: the
 * CreateProcessingJob request without its name. Defaults are filled in as DescribeProcessingJob
 * shows them.
 */
export const ResolvedProcessingArgumentsSchema = z.looseObject({
  AppSpecification: z.looseObject({
    ImageUri: z.string(),
    ContainerEntrypoint: z.array(text).optional(),
    ContainerArguments: z.array(text).optional(),
  }),
  ProcessingInputs: z
    .array(
      z.looseObject({
        InputName: z.string(),
        AppManaged: z.boolean().default(false),
        S3Input: S3InputSchema.optional(),
      }),
    )
    .default([]),
  ProcessingOutputConfig: z
    .looseObject({
      Outputs: z.array(
        z.looseObject({
          OutputName: z.string(),
          AppManaged: z.boolean().default(false),
          S3Output: S3OutputSchema.optional(),
        }),
      ),
    })
    .optional(),
  Environment: z.record(z.string(), text).default({}),
  StoppingCondition: z.looseObject({ MaxRuntimeInSeconds: z.number().positive() }).optional(),
});
export type ResolvedProcessingArguments = z.infer<typeof ResolvedProcessingArgumentsSchema>;

/** Validates resolved Arguments; a problem (an expression left unresolved, a missing field) is a user error. */
export function parseProcessingArguments(value: unknown): ResolvedProcessingArguments {
  const parsed = ResolvedProcessingArgumentsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'Arguments'}: ${issue.message}`,
  );
  throw new RuntimeUserError(
    'invalid-arguments',
    `The step's Arguments are not valid: ${problems.join('; ')}`,
  );
}

/** Refuses what cannot run without AWS, with a sentence saying what and why. */
export function checkRunnableLocally(args: ResolvedProcessingArguments): void {
  const unsupported = (message: string) => new RuntimeUserError('unsupported', message);
  for (const input of args.ProcessingInputs) {
    const s3 = input.S3Input;
    const name = `Input "${input.InputName}"`;
    if (s3 === undefined) {
      throw unsupported(
        `${name}: only S3Input inputs run locally (a DatasetDefinition needs Athena or Redshift)`,
      );
    }
    if (s3.S3DataType !== 'S3Prefix')
      throw unsupported(
        `${name}: S3DataType ${s3.S3DataType} is not supported locally; use S3Prefix`,
      );
    if (s3.S3InputMode === 'Pipe')
      throw unsupported(`${name}: S3InputMode Pipe is not supported locally; use File`);
    if (s3.S3CompressionType !== 'None') {
      throw unsupported(
        `${name}: S3CompressionType ${s3.S3CompressionType} is not supported locally; use None`,
      );
    }
  }
  for (const output of args.ProcessingOutputConfig?.Outputs ?? []) {
    if (output.S3Output === undefined) {
      throw unsupported(
        `Output "${output.OutputName}": only S3Output outputs run locally (not a Feature Store output)`,
      );
    }
  }
}
