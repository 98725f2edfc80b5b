import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { EnumField } from '../fields/EnumField';
import { ExpressionListField } from '../fields/ExpressionListField';
import { ListField } from '../fields/ListField';
import { TextField } from '../fields/TextField';
import { uniqueName } from '../mapping/processing.mapping';
import {
  type CategoricalRange,
  type IntegerOrContinuousRange,
  categoricalRangeForm,
  numericRangeForm,
  rangesPath,
  scalingTypes,
  tuningForm,
} from '../mapping/tuning.mapping';
import { binder } from './binders';

const kinds = {
  integerRanges: { label: 'Integer ranges', key: 'IntegerParameterRanges', min: '1', max: '10' },
  continuousRanges: {
    label: 'Continuous ranges',
    key: 'ContinuousParameterRanges',
    min: '0.0001',
    max: '0.1',
  },
} as const;

/** The hyperparameter ranges of each kind the tuning job searches. */
export function RangesFields() {
  const form = useStepForm();
  const field = binder(form, tuningForm(form.step));
  const categorical = field('categoricalRanges');
  return (
    <>
      {(['integerRanges', 'continuousRanges'] as const).map((kind) => {
        const ranges = field(kind);
        const { label, key, min, max } = kinds[kind];
        return (
          <ListField<IntegerOrContinuousRange>
            key={kind}
            label={label}
            {...ranges}
            items={ranges.value}
            empty="None."
            addLabel={label.replace(' ranges', ' range')}
            newItem={(items) => ({
              Name: uniqueName(
                kind === 'integerRanges' ? 'epochs' : 'learning_rate',
                items.map((item) => item.Name),
              ),
              MinValue: min,
              MaxValue: max,
              ScalingType: 'Auto',
            })}
            itemLabel={(item) => `${label.replace(' ranges', ' range')} "${item.Name}"`}
            renderItem={(_, index) => (
              <NumericRange base={[...rangesPath(form.step), key, index]} />
            )}
          />
        );
      })}
      <ListField<CategoricalRange>
        label="Categorical ranges"
        {...categorical}
        items={categorical.value}
        empty="None."
        addLabel="Categorical range"
        newItem={(items) => ({
          Name: uniqueName(
            'optimizer',
            items.map((item) => item.Name),
          ),
          Values: ['adam', 'sgd'],
        })}
        itemLabel={(item) => `Categorical range "${item.Name}"`}
        renderItem={(_, index) => (
          <CategoricalRangeFields
            base={[...rangesPath(form.step), 'CategoricalParameterRanges', index]}
          />
        )}
      />
    </>
  );
}

function NumericRange({ base }: { base: (string | number)[] }) {
  const form = useStepForm();
  const field = binder(form, numericRangeForm, base);
  return (
    <>
      <TextField label="Hyperparameter" mono {...field('name')} />
      <div className="insp-field-row">
        <ExpressionField label="From" {...field('min')} />
        <ExpressionField label="To" {...field('max')} />
      </div>
      <EnumField label="Scaling" options={scalingTypes} empty="(not set)" {...field('scaling')} />
    </>
  );
}

function CategoricalRangeFields({ base }: { base: (string | number)[] }) {
  const form = useStepForm();
  const field = binder(form, categoricalRangeForm, base);
  const values = field('values');
  return (
    <>
      <TextField label="Hyperparameter" mono {...field('name')} />
      <ExpressionListField label="Values" itemName="value" {...values} values={values.value} />
    </>
  );
}
