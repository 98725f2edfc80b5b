import { type RetryPolicy, retryExceptionTypes } from '@pipewright/shared';
import { bindField, useStepForm } from '../edit/StepFormContext';
import { ListField } from '../fields/ListField';
import { NumberField } from '../fields/NumberField';
import { ProblemList } from '../fields/ProblemList';
import { useFieldProblems } from '../fields/useFieldProblems';
import { commonForm, newRetryPolicy, retryPolicyForm } from '../mapping/common.mapping';

/** The step's retry policies: which failures to retry, how often and for how long. */
export function RetryPoliciesField() {
  const form = useStepForm();
  const policies = bindField(form, commonForm, 'retryPolicies');
  return (
    <ListField<RetryPolicy>
      label="Retry policies"
      hideLegend
      {...policies}
      items={policies.value}
      empty="Failures are not retried."
      addLabel="Retry policy"
      newItem={newRetryPolicy}
      itemLabel={(_, index) => `Retry policy ${index + 1}`}
      renderItem={(_, index) => <RetryPolicyFields index={index} />}
    />
  );
}

function RetryPolicyFields({ index }: { index: number }) {
  const form = useStepForm();
  const base = ['RetryPolicies', index];
  const field = <K extends keyof typeof retryPolicyForm>(key: K) =>
    bindField(form, retryPolicyForm, key, base);
  const types = field('exceptionTypes');
  const typeProblems = useFieldProblems(types.pointer);
  const unknown = types.value.filter(
    (type) => !(retryExceptionTypes as readonly string[]).includes(type),
  );
  const toggle = (type: string, on: boolean) =>
    types.onChange(on ? [...types.value, type] : types.value.filter((other) => other !== type));
  return (
    <>
      <fieldset className="insp-checkbox-group" data-pointer={types.pointer}>
        <legend className="insp-field__label">Retry on</legend>
        {[...retryExceptionTypes, ...unknown].map((type) => (
          <label key={type} className="insp-checkbox-group__option">
            <input
              type="checkbox"
              checked={types.value.includes(type)}
              aria-invalid={typeProblems.invalid || undefined}
              onChange={(event) => toggle(type, event.target.checked)}
            />
            <span className="insp-input--mono">{type}</span>
          </label>
        ))}
        <ProblemList id={typeProblems.problemsId} problems={typeProblems.problems} />
      </fieldset>
      <div className="insp-field-row">
        <NumberField label="Interval (seconds)" {...field('intervalSeconds')} />
        <NumberField label="Backoff rate" {...field('backoffRate')} />
      </div>
      <div className="insp-field-row">
        <NumberField label="Max attempts" {...field('maxAttempts')} />
        <NumberField label="Expire after (minutes)" {...field('expireAfterMin')} />
      </div>
    </>
  );
}
