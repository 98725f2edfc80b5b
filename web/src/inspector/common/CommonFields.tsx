import { bindField, useStepForm } from '../edit/StepFormContext';
import { Section } from '../fields/Section';
import { TextField } from '../fields/TextField';
import { commonForm } from '../mapping/common.mapping';
import { CacheFields } from './CacheFields';
import { DependsOnField } from './DependsOnField';
import { RetryPoliciesField } from './RetryPoliciesField';
import { StepNameField } from './StepNameField';

/** Step types SageMaker can cache and retry (sagemaker-definition.md §6). */
const jobTypes = new Set([
  'Processing',
  'Training',
  'Tuning',
  'AutoML',
  'Model',
  'RegisterModel',
  'Transform',
  'EMR',
  'EndpointConfig',
]);

/** Name, display name and description: first in every step's form. */
export function GeneralFields() {
  const form = useStepForm();
  return (
    <Section title="General">
      <StepNameField />
      <TextField label="Display name" {...bindField(form, commonForm, 'displayName')} />
      <TextField label="Description" multiline {...bindField(form, commonForm, 'description')} />
    </Section>
  );
}

/**
 * Dependencies, caching and retries: last in every step's form. Caching and retries show for the
 * job types that have them, or when a step has them anyway (so a misplaced one can be removed).
 */
export function ExecutionFields() {
  const form = useStepForm();
  const type = String(form.step.Type);
  const cache = jobTypes.has(type) || form.step.CacheConfig !== undefined;
  const retries = jobTypes.has(type) || form.step.RetryPolicies !== undefined;
  return (
    <>
      <Section title="Dependencies">
        <DependsOnField />
      </Section>
      {cache && (
        <Section title="Caching">
          <CacheFields />
        </Section>
      )}
      {retries && (
        <Section title="Retries">
          <RetryPoliciesField />
        </Section>
      )}
    </>
  );
}
