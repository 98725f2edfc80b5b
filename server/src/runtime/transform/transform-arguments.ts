import { z } from 'zod';
import { parseResolvedArguments } from '../resolved-arguments';
import { RuntimeUserError } from '../runtime-error';

// A resolved value SageMaker takes as a string (a Join or a parameter may give a number).
const text = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/**
 * A Transform step's Arguments once the engine has resolved every expression: the
 * CreateTransformJob request without its name. Defaults are filled in as DescribeTransformJob
 * shows them.
 */
export const ResolvedTransformArgumentsSchema = z.looseObject({
  ModelName: text,
  TransformInput: z.looseObject({
    DataSource: z.looseObject({
      S3DataSource: z.looseObject({ S3Uri: text, S3DataType: text.default('S3Prefix') }),
    }),
    ContentType: text.optional(),
    SplitType: text.default('None'),
    CompressionType: text.default('None'),
  }),
  TransformOutput: z.looseObject({
    S3OutputPath: text,
    Accept: text.optional(),
    AssembleWith: text.default('None'),
  }),
  Environment: z.record(z.string(), text).default({}),
  BatchStrategy: text.optional(),
  MaxPayloadInMB: z.number().nonnegative().optional(),
  MaxConcurrentTransforms: z.number().nonnegative().optional(),
  ModelClientConfig: z
    .looseObject({ InvocationsTimeoutInSeconds: z.number().positive().optional() })
    .optional(),
  DataProcessing: z
    .looseObject({
      InputFilter: text.optional(),
      OutputFilter: text.optional(),
      JoinSource: text.optional(),
    })
    .optional(),
});
export type ResolvedTransformArguments = z.infer<typeof ResolvedTransformArgumentsSchema>;

/** Validates resolved Arguments; a problem is a user error listing every issue. */
export function parseTransformArguments(value: unknown): ResolvedTransformArguments {
  return parseResolvedArguments(ResolvedTransformArgumentsSchema, value);
}

/** Refuses what the local batch transform cannot do, with a sentence saying what and why. */
export function checkTransformRunnable(args: ResolvedTransformArguments): void {
  const unsupported = (message: string) => new RuntimeUserError('unsupported', message);
  const input = args.TransformInput;
  const dataType = input.DataSource.S3DataSource.S3DataType;
  if (dataType !== 'S3Prefix') {
    throw unsupported(
      `TransformInput: S3DataType ${dataType} is not supported locally; use S3Prefix`,
    );
  }
  if (input.CompressionType !== 'None') {
    throw unsupported(
      `TransformInput: CompressionType ${input.CompressionType} is not supported locally; use None`,
    );
  }
  if (input.SplitType !== 'Line' && input.SplitType !== 'None') {
    throw unsupported(
      `TransformInput: SplitType ${input.SplitType} is not supported locally; use Line or None`,
    );
  }
  const assembleWith = args.TransformOutput.AssembleWith;
  if (assembleWith !== 'Line' && assembleWith !== 'None') {
    throw new RuntimeUserError(
      'invalid-arguments',
      `TransformOutput: AssembleWith ${assembleWith} is not valid; use Line or None`,
    );
  }
  const processing = args.DataProcessing;
  const filters = [processing?.InputFilter, processing?.OutputFilter];
  if (filters.some((filter) => filter !== undefined && filter !== '$')) {
    throw unsupported('DataProcessing: InputFilter and OutputFilter are not supported locally');
  }
  if (processing?.JoinSource !== undefined && processing.JoinSource !== 'None') {
    throw unsupported(
      `DataProcessing: JoinSource ${processing.JoinSource} is not supported locally`,
    );
  }
}
