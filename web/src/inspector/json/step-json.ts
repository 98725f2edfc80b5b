import {
  type PipelineDocument,
  type Severity,
  pipelineJsonSchema,
  readJsonText,
  renameStep,
  updateStep,
  validatePipeline,
} from '@pipewright/shared';
import { findStepNode } from '../edit/step-lookup';
import { pointerWithin } from '../fields/field-problems';

type Raw = Record<string, unknown>;

/** A problem in the step's JSON text, placed at a line and column when it has one. */
export interface DraftProblem {
  severity: Severity;
  message: string;
  line?: number;
  column?: number;
}

export type DraftCheck =
  | { ok: true; document: PipelineDocument; name: string; problems: DraftProblem[] }
  | { ok: false; problems: DraftProblem[] };

const branchKeys = ['IfSteps', 'ElseSteps'] as const;

/**
 * The step as the JSON tab shows it. A Condition step's branch steps are left out: they are
 * steps of their own (each with its own JSON tab), and the canvas decides which branch holds them.
 */
export function stepJsonText(step: Raw): string {
  return `${JSON.stringify(withoutBranches(step), null, 2)}\n`;
}

function withoutBranches(step: Raw): Raw {
  const args = step.Arguments;
  if (step.Type !== 'Condition' || args === null || typeof args !== 'object') return step;
  const rest = Object.fromEntries(
    Object.entries(args).filter(([key]) => !(branchKeys as readonly string[]).includes(key)),
  );
  return { ...step, Arguments: rest };
}

/**
 * Reads the JSON tab's text and says what applying it would do: invalid JSON is refused with
 * its line and column; valid JSON gives the next document (a changed Name renames the step,
 * references included) and the step's diagnostics in it, placed in the text.
 */
export function checkStepDraft(
  document: PipelineDocument,
  stepName: string,
  text: string,
): DraftCheck {
  const read = readJsonText(text);
  if (!read.ok) {
    return {
      ok: false,
      problems: read.diagnostics.map((diagnostic) => ({
        severity: 'error',
        message: diagnostic.message,
        line: diagnostic.line,
        column: diagnostic.column,
      })),
    };
  }
  const at = (pointer: string) => read.locate(pointer) ?? { line: 1, column: 1 };
  const value = read.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ severity: 'error', message: 'A step is a JSON object.', ...at('') }],
    };
  }
  const step = value as Raw;
  if (typeof step.Name !== 'string') {
    return {
      ok: false,
      problems: [
        { severity: 'error', message: 'A step needs a "Name" (a string).', ...at('/Name') },
      ],
    };
  }
  const args = step.Arguments as Raw | undefined;
  const branch = branchKeys.find((key) => args && typeof args === 'object' && key in args);
  if (step.Type === 'Condition' && branch) {
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          message: `Branch steps are placed on the canvas: remove "${branch}" here.`,
          ...at(`/Arguments/${branch}`),
        },
      ],
    };
  }
  let next = document;
  if (step.Name !== stepName) {
    const renamed = renameStep(document, stepName, step.Name);
    if (!renamed.ok) {
      return {
        ok: false,
        problems: [{ severity: 'error', message: renamed.reason, ...at('/Name') }],
      };
    }
    next = renamed.document;
  }
  next = updateStep(next, step.Name, (current) => withBranchesOf(current, step));
  const node = findStepNode(next, step.Name);
  const problems = validatePipeline(next)
    .filter((diagnostic) => node !== undefined && pointerWithin(diagnostic.pointer, node.pointer))
    .map((diagnostic) => ({
      severity: diagnostic.severity,
      message: diagnostic.message,
      ...at(diagnostic.pointer.slice(node?.pointer.length ?? 0)),
    }));
  return { ok: true, document: next, name: step.Name, problems };
}

/** The edited step with the branch keys the current one had (their steps are put back by name). */
function withBranchesOf(current: Raw, edited: Raw): Raw {
  if (edited.Type !== 'Condition' || current.Type !== 'Condition') return edited;
  const currentArgs = (current.Arguments ?? {}) as Raw;
  const editedArgs = edited.Arguments;
  if (editedArgs === null || typeof editedArgs !== 'object' || Array.isArray(editedArgs))
    return edited;
  const kept = Object.fromEntries(
    branchKeys.filter((key) => key in currentArgs).map((key) => [key, currentArgs[key]]),
  );
  return { ...edited, Arguments: { ...editedArgs, ...kept } };
}

let documentSchema: Record<string, unknown> | undefined;

/**
 * A JSON Schema for one step of a type (completion and hover in the JSON tab), made from the
 * document's schema so the two never disagree.
 */
export function stepJsonSchema(type: string): Record<string, unknown> {
  documentSchema ??= pipelineJsonSchema();
  const defs = (documentSchema.$defs ?? {}) as Record<string, unknown>;
  const name = type === 'EMR' ? 'EmrStep' : `${type}Step`;
  return {
    $schema: documentSchema.$schema,
    $defs: defs,
    $ref: `#/$defs/${name in defs ? name : 'Step'}`,
  };
}
