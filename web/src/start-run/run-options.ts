import type { ParameterValue, StartExecutionRequest } from '@pipewright/shared';
import {
  type ParameterField,
  type ParameterTexts,
  parameterErrors,
  parameterValues,
} from './parameter-form';

/** The start form's texts besides the parameters. */
export interface RunOptionTexts {
  displayName: string;
  description: string;
  maxParallel: string;
}

/** SageMaker's display name rule, the one `StartExecutionRequestSchema` checks. */
const displayNamePattern = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/;
const maxDescription = 3072;

/** What is wrong with each option, by field (`displayName`, …); empty when all are fine. */
export function runOptionErrors(
  options: RunOptionTexts,
): Partial<Record<keyof RunOptionTexts, string>> {
  const errors: Partial<Record<keyof RunOptionTexts, string>> = {};
  const displayName = options.displayName.trim();
  if (displayName !== '' && !displayNamePattern.test(displayName)) {
    errors.displayName =
      displayName.length > 82
        ? 'A display name has at most 82 characters.'
        : 'Use letters, digits and hyphens, starting and ending with a letter or digit.';
  }
  if (options.description.length > maxDescription) {
    errors.description = `A description has at most ${maxDescription} characters (this one has ${options.description.length}).`;
  }
  const maxParallel = options.maxParallel.trim();
  if (maxParallel !== '' && !/^\d{1,6}$/.test(maxParallel)) {
    errors.maxParallel = 'Give a whole number of at least 1, or leave it empty for the default.';
  } else if (maxParallel !== '' && Number(maxParallel) < 1) {
    errors.maxParallel = 'At least 1 step must be able to run.';
  }
  return errors;
}

/** A run of only some steps, reusing the rest from an earlier execution. */
export interface SelectiveRun {
  selectedSteps: readonly string[];
  sourceExecutionArn?: string;
}

/**
 * The start request the form describes, or `undefined` while a field is wrong. Empty options
 * are left out so the server's defaults apply.
 */
export function buildStartRequest(input: {
  fields: readonly ParameterField[];
  texts: ParameterTexts;
  options: RunOptionTexts;
  pipelineVersion?: number;
  selective?: SelectiveRun;
  idempotencyKey: string;
}): StartExecutionRequest | undefined {
  const { fields, texts, options, selective } = input;
  if (Object.keys(parameterErrors(fields, texts)).length > 0) return undefined;
  if (Object.keys(runOptionErrors(options)).length > 0) return undefined;
  const parameters: Record<string, ParameterValue | null> = parameterValues(fields, texts);
  const displayName = options.displayName.trim();
  const maxParallel = options.maxParallel.trim();
  return {
    ...(fields.length > 0 && { parameters }),
    ...(input.pipelineVersion !== undefined && { pipelineVersion: input.pipelineVersion }),
    ...(displayName && { displayName }),
    ...(options.description.trim() && { description: options.description }),
    ...(maxParallel && { maxParallelExecutionSteps: Number(maxParallel) }),
    idempotencyKey: input.idempotencyKey,
    ...(selective &&
      selective.selectedSteps.length > 0 && {
        selectiveExecutionConfig: {
          ...(selective.sourceExecutionArn && {
            SourcePipelineExecutionArn: selective.sourceExecutionArn,
          }),
          SelectedSteps: selective.selectedSteps.map((StepName) => ({ StepName })),
        },
      }),
  };
}

/** A fresh key for one press of Start, so a double click or a resend starts one run. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only in secure contexts; a page opened by LAN address is not one.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** Which form field a server problem is about: `/body/parameters/Epochs` → `Epochs`. */
export function problemField(
  path: string,
): { parameter: string } | { option: keyof RunOptionTexts } | undefined {
  const parameter = /^\/body\/parameters\/([^/]+)/.exec(path)?.[1];
  // Parameter names are letters, digits, hyphens and underscores: nothing a pointer escapes.
  if (parameter !== undefined) return { parameter };
  if (/^\/body\/displayName\b/.test(path)) return { option: 'displayName' };
  if (/^\/body\/description\b/.test(path)) return { option: 'description' };
  if (/^\/body\/maxParallelExecutionSteps\b/.test(path)) return { option: 'maxParallel' };
  return undefined;
}
