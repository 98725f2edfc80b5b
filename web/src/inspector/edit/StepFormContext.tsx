import { joinPointer, updateStep } from '@pipewright/shared';
import { type ReactNode, createContext, useContext, useMemo } from 'react';
import { type FormMapping, writeForm } from '../mapping/form-mapping';
import { type Path, getIn, setIn } from '../mapping/lens';
import type { DocumentEdit } from './useDocumentEdit';

type Raw = Record<string, unknown>;

/** The step the form edits, and how to change it. */
export interface StepForm {
  name: string;
  /** The step's JSON pointer in the document (`/Steps/3/Arguments/IfSteps/0`). */
  pointer: string;
  step: Raw;
  /** Changes the step; `group` folds consecutive edits of one field into one undo step. */
  update(change: (step: Raw) => Raw, group?: string): void;
  edit: DocumentEdit;
}

/** One bound field: its value, where it is, and how to change it. */
export interface BoundField<V> {
  value: V;
  pointer: string;
  onChange(value: V): void;
}

const StepFormContext = createContext<StepForm | null>(null);

export function StepFormProvider({
  name,
  pointer,
  step,
  edit,
  children,
}: {
  name: string;
  pointer: string;
  step: Raw;
  edit: DocumentEdit;
  children: ReactNode;
}) {
  const value = useMemo<StepForm>(
    () => ({
      name,
      pointer,
      step,
      edit,
      update: (change, group) =>
        edit.apply((document) => updateStep(document, name, change), group),
    }),
    [name, pointer, step, edit],
  );
  return <StepFormContext.Provider value={value}>{children}</StepFormContext.Provider>;
}

/** The step form around this component, if any (a reference picker asks which step it is in). */
export function useOptionalStepForm(): StepForm | null {
  return useContext(StepFormContext);
}

export function useStepForm(): StepForm {
  const form = useContext(StepFormContext);
  if (!form) throw new Error('useStepForm needs a <StepFormProvider> above it');
  return form;
}

/**
 * Binds one field of a form mapping. `base` is where the mapped object sits in the step: `[]`
 * for the step itself, `['Arguments', 'ProcessingInputs', 2]` for an item of a list.
 */
export function bindField<Values, K extends keyof Values>(
  form: StepForm,
  mapping: FormMapping<Values>,
  key: K,
  base: Path = [],
): BoundField<Values[K]> {
  const field = mapping[key];
  const source = (getIn(form.step, base) ?? {}) as Raw;
  const pointer = joinPointer(form.pointer, ...base, ...field.path);
  return {
    value: field.read(source),
    pointer,
    onChange: (value) =>
      form.update((step) => {
        const current = (getIn(step, base) ?? {}) as Raw;
        const partial = { [key]: value } as unknown as Partial<Values>;
        return setIn(step, base, writeForm(mapping, current, partial));
      }, pointer),
  };
}
