import {
  type Condition,
  type EvaluationContext,
  cloudOnlyStepTypes,
  evaluateConditions,
  evaluateExpression,
  isKnownStepType,
} from '@pipewright/shared';
import type { StepOutcome } from './engine-ports';

/** Step types the engine decides itself, without a process. */
export const builtinStepTypes = new Set(['Condition', 'Fail']);

/** Evaluates a Condition step: its outcome is SageMaker's `Metadata.Condition.Outcome`. */
export function runConditionStep(
  step: Record<string, unknown>,
  pointer: string,
  context: EvaluationContext,
): StepOutcome {
  const conditions = ((step.Arguments as { Conditions?: Condition[] } | undefined)?.Conditions ??
    []) as Condition[];
  const result = evaluateConditions(conditions, context, `${pointer}/Arguments/Conditions`);
  if (!result.ok) return { status: 'Failed', reason: result.error.message };
  return {
    status: 'Succeeded',
    properties: { Outcome: result.outcome, Details: result.details },
    metadata: { Condition: { Outcome: result.outcome ? 'True' : 'False' } },
  };
}

/** A Fail step fails with its evaluated ErrorMessage (`""` when it has none). */
export function runFailStep(
  step: Record<string, unknown>,
  pointer: string,
  context: EvaluationContext,
): StepOutcome {
  const message = (step.Arguments as { ErrorMessage?: unknown } | undefined)?.ErrorMessage ?? '';
  const result = evaluateExpression(message, context, `${pointer}/Arguments/ErrorMessage`);
  const text = result.ok
    ? textOf(result.value)
    : `The error message could not be evaluated: ${result.error.message}`;
  return { status: 'Failed', reason: text, metadata: { Fail: { ErrorMessage: text } } };
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The failure for a step type with no local runner, saying why. */
export function unsupportedStep(stepType: string): StepOutcome {
  if (!isKnownStepType(stepType) || cloudOnlyStepTypes.includes(stepType)) {
    return {
      status: 'Failed',
      reason: `${stepType} steps are not runnable locally: they need AWS services. Run this pipeline on SageMaker, or replace the step with a Processing step.`,
    };
  }
  return {
    status: 'Failed',
    reason: `${stepType} steps have no local runner in this version of Pipewright.`,
  };
}
