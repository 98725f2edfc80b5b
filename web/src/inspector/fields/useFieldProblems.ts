import type { Diagnostic } from '@pipewright/shared';
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../stores/DocumentStoreProvider';
import { diagnosticsOf } from '../../stores/document-store';
import { problemsAt } from './field-problems';

/** What a control needs to present its field's problems accessibly. */
export interface FieldProblems {
  problems: Diagnostic[];
  /** The id of the element listing the problems (for `aria-describedby`), when there are any. */
  problemsId: string | undefined;
  invalid: boolean;
}

/**
 * The diagnostics inside a field, read narrowly: a field re-renders when its own problems change,
 * not on every edit elsewhere.
 */
export function useFieldProblems(pointer: string, exact = false): FieldProblems {
  return useProblems((diagnostics) => problemsAt(diagnostics, pointer, exact));
}

/**
 * The diagnostics exactly at any of `pointers`: for a group (a Join, a condition) whose parts
 * show the problems inside them.
 */
export function useGroupProblems(...pointers: string[]): FieldProblems {
  return useProblems((diagnostics) =>
    diagnostics.filter((diagnostic) => pointers.includes(diagnostic.pointer)),
  );
}

function useProblems(select: (diagnostics: Diagnostic[]) => Diagnostic[]): FieldProblems {
  const id = useId();
  const problems = useDocumentStore(useShallow((state) => select(diagnosticsOf(state.document))));
  const invalid = problems.some((problem) => problem.severity === 'error');
  return { problems, problemsId: problems.length > 0 ? `${id}-problems` : undefined, invalid };
}
