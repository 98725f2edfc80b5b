import type { BoundField } from '../edit/StepFormContext';
import { KeyValueField } from '../fields/KeyValueField';
import { Section } from '../fields/Section';
import type { Entry } from '../mapping/form-mapping';

/** A step's or a container's environment variables, as name-value rows. */
export function EnvironmentField({
  field,
  hideLegend = false,
}: {
  field: BoundField<Entry[]>;
  hideLegend?: boolean;
}) {
  return (
    <KeyValueField
      label="Environment"
      keyName="variable"
      hideLegend={hideLegend}
      {...field}
      entries={field.value}
    />
  );
}

/** The "Environment" section of a job's form (Processing, Training, Transform). */
export function EnvironmentSection({ field }: { field: BoundField<Entry[]> }) {
  return (
    <Section title="Environment">
      <EnvironmentField field={field} hideLegend />
    </Section>
  );
}
