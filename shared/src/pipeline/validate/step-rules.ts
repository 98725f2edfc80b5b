import type { Diagnostic } from '../diagnostics/diagnostic';
import type { StepNode } from '../graph';
import { joinPointer } from '../json/json-pointer';
import { stepNamePattern } from '../schema/steps/step-common.schema';
import { cloudOnlyStepTypes, isKnownStepType, stepSchemaByType } from '../schema/steps/step.schema';
import { checkStepPolicies } from './step-policy-rules';
import { issuesToDiagnostics } from './zod-issues';

const branchKeys = ['IfSteps', 'ElseSteps'];

/** Shape, name, runnability and policy checks for each step, nested branch steps included. */
export function checkSteps(nodes: readonly StepNode[]): Diagnostic[] {
  return nodes.flatMap((node) => checkStep(node));
}

function checkStep(node: StepNode): Diagnostic[] {
  const { step, pointer } = node;
  if (typeof step.Name !== 'string') {
    return [shapeProblem(joinPointer(pointer, 'Name'), 'A step has no "Name" (a string).')];
  }
  const name = step.Name;
  const diagnostics: Diagnostic[] = [];
  if (!stepNamePattern.test(name)) {
    diagnostics.push({
      severity: 'error',
      code: 'invalid-step-name',
      pointer: joinPointer(pointer, 'Name'),
      stepName: name,
      message: `Step name "${name}" is not valid.`,
      hint: 'Use 1–64 letters, digits, "-" or "_" (no spaces or dots).',
    });
  }
  if (typeof step.Type !== 'string') {
    diagnostics.push(
      shapeProblem(joinPointer(pointer, 'Type'), `Step "${name}" has no "Type" (a string).`, name),
    );
    return diagnostics;
  }
  const type = step.Type;
  if (!isKnownStepType(type)) {
    diagnostics.push(notRunnable(node, name, `its type "${type}" is not one Pipewright knows`));
    return diagnostics;
  }
  const result = stepSchemaByType[type].safeParse(step, { reportInput: true });
  if (!result.success) {
    const ownIssues = result.error.issues.filter((issue) => !isInsideBranchStep(issue.path, step));
    diagnostics.push(...issuesToDiagnostics(ownIssues, pointer, name));
  }
  if (cloudOnlyStepTypes.includes(type)) {
    diagnostics.push(notRunnable(node, name, `${type} steps need AWS services`));
  }
  diagnostics.push(...checkStepPolicies(step, pointer, name));
  return diagnostics;
}

/**
 * Nested branch steps are validated as nodes of their own; the Condition step's schema would
 * only repeat their problems as an unhelpful union error. A branch entry that is not an object
 * is kept, since no node exists to report it.
 */
function isInsideBranchStep(path: readonly PropertyKey[], step: Record<string, unknown>): boolean {
  const [argumentsKey, branchKey, index] = path;
  if (argumentsKey !== 'Arguments' || !branchKeys.includes(String(branchKey))) return false;
  if (typeof index !== 'number') return false;
  const branch = (step.Arguments as Record<string, unknown>)[String(branchKey)];
  const entry = Array.isArray(branch) ? (branch[index] as unknown) : undefined;
  return entry !== null && typeof entry === 'object' && !Array.isArray(entry);
}

function notRunnable(node: StepNode, name: string, why: string): Diagnostic {
  return {
    severity: 'warning',
    code: 'not-runnable-locally',
    pointer: joinPointer(node.pointer, 'Type'),
    stepName: name,
    message: `Step "${name}" cannot run locally: ${why}. It is kept as written and exported unchanged.`,
    hint: 'Run this pipeline on SageMaker, or replace the step with a Processing step for local runs.',
  };
}

function shapeProblem(pointer: string, message: string, stepName?: string): Diagnostic {
  return {
    severity: 'error',
    code: 'invalid-shape',
    pointer,
    ...(stepName !== undefined && { stepName }),
    message,
    hint: 'Every step needs a "Name" and a "Type", e.g. {"Name": "Prepare", "Type": "Processing", "Arguments": {…}}.',
  };
}

/** Duplicate step names anywhere in the document, and steps listed in both branches. */
export function checkStepNames(nodes: readonly StepNode[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstByName = new Map<string, StepNode>();
  for (const node of nodes) {
    if (node.name === '') continue;
    const first = firstByName.get(node.name);
    if (!first) {
      firstByName.set(node.name, node);
      continue;
    }
    const sameCondition =
      first.parent && node.parent && first.parent.conditionName === node.parent.conditionName;
    if (sameCondition && first.parent?.branch !== node.parent?.branch) {
      diagnostics.push({
        severity: 'error',
        code: 'step-in-both-branches',
        pointer: node.pointer,
        stepName: node.name,
        message: `Step "${node.name}" is in both the if and the else branch of "${node.parent?.conditionName}".`,
        hint: 'A step runs in one branch only; remove it from one branch, or move it after the condition.',
      });
      continue;
    }
    diagnostics.push({
      severity: 'error',
      code: 'duplicate-step-name',
      pointer: joinPointer(node.pointer, 'Name'),
      stepName: node.name,
      message: `Step name "${node.name}" is used more than once (first at ${first.pointer}).`,
      hint: 'Step names must be unique across the whole pipeline, steps inside condition branches included.',
    });
  }
  return diagnostics;
}
