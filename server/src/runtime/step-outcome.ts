/** SageMaker's per-step `Metadata`: one member keyed by kind, e.g. `{ ProcessingJob: { Arn } }`. */
export type StepMetadata = Record<string, Record<string, unknown>>;

/**
 * How a step attempt ended, as the engine records it. `properties` is the step's Describe-shaped
 * JSON that `{"Get": "Steps.<Name>...."}` reads.
 */
export type StepOutcome =
  | {
      status: 'Succeeded';
      properties: Record<string, unknown>;
      metadata: StepMetadata;
      /** Each property file's URI by PropertyFileName, for `Std:JsonGet` (read with `readJsonSync`). */
      propertyFiles: Record<string, string>;
    }
  | {
      status: 'Failed';
      /** SageMaker's FailureReason style, at most 1024 characters. */
      reason: string;
      properties?: Record<string, unknown>;
      metadata?: StepMetadata;
    }
  | { status: 'Stopped'; properties?: Record<string, unknown>; metadata?: StepMetadata };

/** SageMaker limits FailureReason (and ExitMessage) to 1024 characters. */
export const maxReasonLength = 1024;

/**
 * Fits a reason into 1024 characters. The end is kept: the last lines of a traceback say what
 * went wrong, so the head is shortened first, then the start of the detail.
 */
export function fitReason(head: string, detail = ''): string {
  const joined = detail === '' ? head : `${head}\n${detail}`;
  if (joined.length <= maxReasonLength) return joined;
  if (head.length >= maxReasonLength) return `${head.slice(0, maxReasonLength - 1)}…`;
  const room = maxReasonLength - head.length - 2;
  return `${head}\n…${detail.slice(detail.length - room)}`;
}
