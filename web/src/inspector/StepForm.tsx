import type { ComponentType } from 'react';
import { ExecutionFields, GeneralFields } from './common/CommonFields';
import { useStepForm } from './edit/StepFormContext';
import { ConditionForm } from './forms/ConditionForm';
import { CallbackForm, FailForm, LambdaForm } from './forms/ControlForms';
import { ModelForm, RegisterModelForm, TransformForm } from './forms/ModelForms';
import { ProcessingForm } from './forms/ProcessingForm';
import { TrainingForm } from './forms/TrainingForm';
import { TuningForm } from './forms/TuningForm';

/** The form of each step type Pipewright runs; other types get the common fields and JSON. */
const typeForms: Partial<Record<string, ComponentType>> = {
  Processing: ProcessingForm,
  Training: TrainingForm,
  Tuning: TuningForm,
  Transform: TransformForm,
  Model: ModelForm,
  RegisterModel: RegisterModelForm,
  Condition: ConditionForm,
  Fail: FailForm,
  Lambda: LambdaForm,
  Callback: CallbackForm,
};

/** The "Form" tab: common fields first and last, the step type's own fields between. */
export function StepForm() {
  const form = useStepForm();
  const type = String(form.step.Type);
  const TypeForm = typeForms[type];
  return (
    <div className="insp-step-form">
      <GeneralFields />
      {TypeForm ? (
        <TypeForm />
      ) : (
        <p className="insp-field__help insp-step-form__other">
          {type} steps have no form of their own: edit their arguments in the JSON tab.
        </p>
      )}
      <ExecutionFields />
    </div>
  );
}
