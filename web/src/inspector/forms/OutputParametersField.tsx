import type { OutputParameter } from '@pipewright/shared';
import { useStepForm } from '../edit/StepFormContext';
import { ListField } from '../fields/ListField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { outputParameterForm, outputTypes } from '../mapping/control.mapping';
import { uniqueName } from '../mapping/processing.mapping';
import { binder } from './binders';

/** The named, typed values a Lambda or Callback step hands to later steps. */
export function OutputParametersField({
  items,
  pointer,
  onChange,
}: {
  items: OutputParameter[];
  pointer: string;
  onChange: (items: OutputParameter[]) => void;
}) {
  return (
    <ListField<OutputParameter>
      label="Output parameters"
      hideLegend
      pointer={pointer}
      items={items}
      onChange={onChange}
      empty="None: later steps cannot read a result from this step."
      addLabel="Output parameter"
      newItem={(current) => ({
        OutputName: uniqueName(
          'result',
          current.map((item) => item.OutputName),
        ),
        OutputType: 'String',
      })}
      itemLabel={(item) => `Output parameter "${item.OutputName}"`}
      renderItem={(_, index) => <OutputParameterFields index={index} />}
    />
  );
}

function OutputParameterFields({ index }: { index: number }) {
  const form = useStepForm();
  const field = binder(form, outputParameterForm, ['OutputParameters', index]);
  const type = field('type');
  return (
    <div className="insp-field-row">
      <TextField label="Name" mono {...field('name')} />
      <SelectField
        label="Type"
        options={outputTypes}
        {...type}
        value={type.value || 'String'}
        onChange={(value) => type.onChange(value ?? '')}
      />
    </div>
  );
}
