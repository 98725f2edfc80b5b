import {
  callLoader,
  type EvaluationContext,
  type EvaluationResult,
  evaluationFailure,
  experimentConfigFields,
} from './evaluation-context';
import { executionVariables, isExecutionVariable } from './execution-variables';
import { resolvePath } from './path-resolve';
import { formatPropertyPath, type GetTarget, parseGetTarget } from './property-path';
import { aKindOf } from './value-text';

/**
 * Resolves the string of a `{"Get": ...}` against the context. `pointer` is the pointer to the
 * Get object, used for every error it reports.
 */
export function resolveGet(
  text: unknown,
  context: EvaluationContext,
  pointer: string,
): EvaluationResult {
  if (typeof text !== 'string') {
    return evaluationFailure(pointer, `"Get" must be a string, not ${aKindOf(text)}`);
  }
  const parsed = parseGetTarget(text);
  if (!parsed.ok) {
    return evaluationFailure(pointer, `"${text}" is not a valid reference: ${parsed.reason}`);
  }
  const fail = (message: string) => evaluationFailure(pointer, message);
  const target = parsed.value;
  switch (target.root) {
    case 'Parameters': {
      const { parameters } = context;
      const value = Object.hasOwn(parameters, target.name) ? parameters[target.name] : undefined;
      return value === undefined
        ? fail(`Parameter "${target.name}" has no value`)
        : { ok: true, value };
    }
    case 'Execution':
      return resolveExecution(target.variable, context, fail);
    case 'PipelineExperimentConfig':
      return resolveExperimentConfig(target.field, context, fail);
    case 'Steps':
      return resolveStepProperty(target, context, fail);
  }
}

type Fail = (message: string) => EvaluationResult;

function resolveExecution(variable: string, context: EvaluationContext, fail: Fail) {
  if (!isExecutionVariable(variable)) {
    return fail(
      `"Execution.${variable}" is not an execution variable: expected one of ${executionVariables.join(', ')}`,
    );
  }
  const value = context.execution[variable];
  return value === undefined
    ? fail(`Execution variable "${variable}" has no value in this run`)
    : { ok: true as const, value };
}

function resolveExperimentConfig(field: string, context: EvaluationContext, fail: Fail) {
  const config = context.experimentConfig;
  if (config === undefined) {
    return fail(
      `The pipeline has no PipelineExperimentConfig, so "PipelineExperimentConfig.${field}" has no value`,
    );
  }
  const known = experimentConfigFields.find((name) => name === field);
  if (known === undefined) {
    return fail(
      `"${field}" is not a PipelineExperimentConfig field: expected ${experimentConfigFields.join(' or ')}`,
    );
  }
  const value = config[known];
  return value === undefined
    ? fail(`PipelineExperimentConfig field "${field}" has no value`)
    : { ok: true as const, value };
}

function resolveStepProperty(
  target: GetTarget & { root: 'Steps' },
  context: EvaluationContext,
  fail: Fail,
): EvaluationResult {
  const { stepName, path } = target;
  // Describe responses have no PropertyFiles: the SDK only reads them through JsonGet.
  if (path[0]?.kind === 'property' && path[0].name === 'PropertyFiles') {
    return fail(
      `"Steps.${stepName}.${formatPropertyPath(path)}" is a property file: read a value from it with Std:JsonGet`,
    );
  }
  const loaded = callLoader(
    context.stepProperties,
    [stepName],
    `the properties of step "${stepName}"`,
  );
  if (!loaded.ok) return fail(loaded.message);
  if (loaded.value === undefined) {
    return fail(
      `Step "${stepName}" has no properties yet: it has not run, or no step has that name`,
    );
  }
  const resolved = resolvePath(loaded.value, path, 'the step');
  if (resolved.ok) return resolved;
  const { failure } = resolved;
  const base = `Step "${stepName}" has no property "${formatPropertyPath(path)}"`;
  return fail(failure.at === 0 && failure.kind === 'missing' ? base : `${base}: ${failure.reason}`);
}
