import type { Diagnostic } from '../diagnostics/diagnostic';
import { checkPropertyPath } from '../catalog';
import { executionVariables } from '../expressions/execution-variables';
import { formatPropertyPath } from '../expressions/property-path';
import { type Reference, scanReferences } from '../expressions/references';
import { type StepNode, scanStepReferences } from '../graph';
import { joinPointer } from '../json/json-pointer';
import { suggestion } from '../text/closest-name';

interface ReferenceContext {
  parameterNames: string[];
  nodesByName: Map<string, StepNode>;
}

/**
 * Every expression must point at something that exists: a defined parameter, one of the eight
 * execution variables, an experiment-config field, or a step and one of its properties.
 */
export function checkReferences(
  document: Record<string, unknown>,
  nodes: readonly StepNode[],
): Diagnostic[] {
  const context: ReferenceContext = {
    parameterNames: parameterNamesOf(document),
    nodesByName: new Map(nodes.filter((node) => node.name !== '').map((node) => [node.name, node])),
  };
  const diagnostics: Diagnostic[] = [];
  const experiment = scanReferences(document.PipelineExperimentConfig, '/PipelineExperimentConfig');
  for (const reference of experiment.references) {
    diagnostics.push(...checkReference(reference, undefined, context));
  }
  for (const node of nodes) {
    const stepName = node.name === '' ? undefined : node.name;
    const scan = scanStepReferences(node);
    for (const malformed of scan.malformed) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid-expression',
        pointer: malformed.pointer,
        ...(stepName !== undefined && { stepName }),
        message: `${prefix(stepName)}this ${malformed.key} expression is malformed: ${malformed.reason}.`,
        hint: expressionHint,
      });
    }
    for (const reference of scan.references) {
      diagnostics.push(...checkReference(reference, stepName, context));
    }
  }
  return diagnostics;
}

const expressionHint =
  'Expressions look like {"Get": "Parameters.X"}, {"Std:Join": {"On": "/", "Values": [...]}} or {"Std:JsonGet": {"PropertyFile": {"Get": "Steps.S.PropertyFiles.F"}, "Path": "a.b"}}.';

function checkReference(
  reference: Reference,
  stepName: string | undefined,
  context: ReferenceContext,
): Diagnostic[] {
  const at = joinPointer(reference.pointer, 'Get');
  const problem = (code: Diagnostic['code'], message: string, hint: string): Diagnostic[] => [
    {
      severity: 'error',
      code,
      pointer: at,
      ...(stepName !== undefined && { stepName }),
      message: `${prefix(stepName)}${message}`,
      hint,
    },
  ];
  const { target } = reference;
  if (target === null) {
    return problem(
      'invalid-expression',
      `"${reference.text}" is not a valid reference: ${reference.parseError}.`,
      expressionHint,
    );
  }
  if (
    reference.asPropertyFile &&
    (target.root !== 'Steps' ||
      target.path[0]?.kind !== 'property' ||
      target.path[0].name !== 'PropertyFiles')
  ) {
    return problem(
      'invalid-expression',
      `a JsonGet PropertyFile must reference a property file, not "${reference.text}".`,
      'Write {"Get": "Steps.<ProcessingStep>.PropertyFiles.<PropertyFileName>"}.',
    );
  }
  switch (target.root) {
    case 'Parameters':
      return context.parameterNames.includes(target.name)
        ? []
        : problem(
            'unknown-parameter',
            `"${reference.text}" refers to parameter "${target.name}", which is not defined.`,
            suggestion(target.name, context.parameterNames, 'parameter'),
          );
    case 'Execution':
      return (executionVariables as readonly string[]).includes(target.variable)
        ? []
        : problem(
            'unknown-execution-variable',
            `"${reference.text}" is not an execution variable.`,
            suggestion(target.variable, executionVariables, 'execution variable'),
          );
    case 'PipelineExperimentConfig':
      return ['ExperimentName', 'TrialName'].includes(target.field)
        ? []
        : problem(
            'unknown-property-path',
            `"${reference.text}" is not a field of the experiment config.`,
            'Use PipelineExperimentConfig.ExperimentName or PipelineExperimentConfig.TrialName.',
          );
    case 'Steps':
      return checkStepReference(reference, target, stepName, context, problem);
  }
}

function checkStepReference(
  reference: Reference,
  target: Extract<Reference['target'], { root: 'Steps' }>,
  stepName: string | undefined,
  context: ReferenceContext,
  problem: (code: Diagnostic['code'], message: string, hint: string) => Diagnostic[],
): Diagnostic[] {
  const referenced = context.nodesByName.get(target.stepName);
  if (!referenced) {
    return problem(
      'unknown-step',
      `"${reference.text}" refers to step "${target.stepName}", which does not exist.`,
      suggestion(target.stepName, [...context.nodesByName.keys()], 'step'),
    );
  }
  if (referenced.type === 'Fail') {
    return problem(
      'fail-step-referenced',
      `"${reference.text}" refers to Fail step "${target.stepName}"; a Fail step has no properties and ends the run.`,
      'Remove the reference; nothing can run after a Fail step.',
    );
  }
  const checked = checkPropertyPath(referenced.type, target.path, referenced.step, {
    usage: reference.asPropertyFile ? 'property-file' : 'value',
  });
  if (checked.ok) return [];
  const path = formatPropertyPath(target.path);
  const hint = checked.suggestions.length
    ? `Available here: ${checked.suggestions.slice(0, 6).join(', ')}${checked.suggestions.length > 6 ? ', …' : ''}.`
    : `See the property catalog for ${referenced.type} steps in docs/document-format.md.`;
  return problem(
    checked.code,
    `"${path}" on ${referenced.type} step "${target.stepName}": ${checked.reason}.`,
    hint,
  );
}

function parameterNamesOf(document: Record<string, unknown>): string[] {
  const parameters = document.Parameters;
  if (!Array.isArray(parameters)) return [];
  return parameters.flatMap((parameter: unknown) => {
    const name = (parameter as Record<string, unknown> | null)?.Name;
    return typeof name === 'string' ? [name] : [];
  });
}

function prefix(stepName: string | undefined): string {
  return stepName === undefined ? '' : `Step "${stepName}": `;
}
