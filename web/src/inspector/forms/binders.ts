import { type BoundField, type StepForm, bindField } from '../edit/StepFormContext';
import type { FormMapping } from '../mapping/form-mapping';
import type { Path } from '../mapping/lens';

/** `field('image')` for a form mapping, at `base` inside the step. */
export function binder<Values>(form: StepForm, mapping: FormMapping<Values>, base: Path = []) {
  return <K extends keyof Values>(key: K): BoundField<Values[K]> =>
    bindField(form, mapping, key, base);
}
