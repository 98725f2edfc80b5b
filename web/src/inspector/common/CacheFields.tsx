import { bindField, useStepForm } from '../edit/StepFormContext';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';
import { commonForm } from '../mapping/common.mapping';

/** Step caching: on or off, and how long a cached result stays usable. */
export function CacheFields() {
  const form = useStepForm();
  const enabled = bindField(form, commonForm, 'cacheEnabled');
  const expireAfter = bindField(form, commonForm, 'cacheExpireAfter');
  return (
    <>
      <CheckboxField
        label="Reuse results of an identical earlier run"
        {...enabled}
        checked={enabled.value}
      />
      {(enabled.value || expireAfter.value !== '') && (
        <TextField
          label="Cache expires after"
          placeholder="P30D"
          mono
          help="An ISO 8601 duration: PT12H, P30D, P1Y…"
          {...expireAfter}
        />
      )}
    </>
  );
}
