import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { EnumField } from '../fields/EnumField';
import { KeyValueField } from '../fields/KeyValueField';
import { Section } from '../fields/Section';
import { tuningForm, tuningStrategies } from '../mapping/tuning.mapping';
import { binder } from './binders';
import { RangesFields } from './RangesFields';
import { ResourceFields } from './ResourceFields';

/** A Tuning step: strategy, objective, limits, hyperparameter ranges and the training job. */
export function TuningForm() {
  const form = useStepForm();
  const field = binder(form, tuningForm(form.step));
  const staticHyperparameters = field('staticHyperparameters');
  return (
    <>
      <Section title="Search">
        <EnumField label="Strategy" options={tuningStrategies} {...field('strategy')} />
        <div className="insp-field-row">
          <EnumField
            label="Objective"
            options={['Minimize', 'Maximize']}
            {...field('objectiveType')}
          />
          <ExpressionField
            label="Objective metric"
            placeholder="validation:loss"
            {...field('objectiveMetric')}
          />
        </div>
        <EnumField
          label="Early stopping"
          options={['Off', 'Auto']}
          empty="(not set)"
          {...field('earlyStopping')}
        />
      </Section>
      <Section title="Limits">
        <div className="insp-field-row">
          <ExpressionField
            label="Training jobs"
            literal="number"
            optional
            {...field('maxTrainingJobs')}
          />
          <ExpressionField
            label="In parallel"
            literal="number"
            {...field('maxParallelTrainingJobs')}
          />
        </div>
      </Section>
      <Section title="Ranges">
        <RangesFields />
      </Section>
      <Section title="Training job">
        <ExpressionField label="Image" {...field('image')} />
        <KeyValueField
          label="Static hyperparameters"
          keyName="hyperparameter"
          newKey="param"
          {...staticHyperparameters}
          entries={staticHyperparameters.value}
        />
        <ExpressionField label="Model output path" {...field('outputPath')} />
        <ResourceFields
          instanceType={field('instanceType')}
          instanceCount={field('instanceCount')}
        />
      </Section>
    </>
  );
}
