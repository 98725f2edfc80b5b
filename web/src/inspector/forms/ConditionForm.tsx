import type { Condition } from '@pipewright/shared';
import { ConditionList } from '../condition/ConditionList';
import { useStepForm } from '../edit/StepFormContext';
import { Section } from '../fields/Section';
import { conditionForm } from '../mapping/control.mapping';
import { binder } from './binders';

/** A Condition step: the conditions (all must hold) and where each outcome leads. */
export function ConditionForm() {
  const form = useStepForm();
  const conditions = binder(form, conditionForm)('conditions');
  const args = (form.step.Arguments ?? {}) as Record<string, unknown>;
  return (
    <>
      <Section title="Conditions">
        <p className="insp-field__help">
          All must hold for the true branch. Each side may be a value or a reference (ƒx).
        </p>
        <ConditionList
          name="Condition "
          joiner="and"
          pointer={conditions.pointer}
          conditions={conditions.value}
          onChange={(next: Condition[]) => conditions.onChange(next)}
        />
      </Section>
      <Section title="Branches">
        <Branch label="If true" steps={args.IfSteps} />
        <Branch label="If false" steps={args.ElseSteps} />
        <p className="insp-field__help">
          Connect the node’s true and false handles on the canvas to change them.
        </p>
      </Section>
    </>
  );
}

function Branch({ label, steps }: { label: string; steps: unknown }) {
  const names = Array.isArray(steps)
    ? steps.map((step) => String((step as { Name?: unknown } | null)?.Name ?? '?'))
    : [];
  return (
    <p className="insp-branch">
      <span className="insp-branch__label">{label}</span>{' '}
      {names.length === 0 ? <em>nothing runs</em> : names.join(', ')}
    </p>
  );
}
