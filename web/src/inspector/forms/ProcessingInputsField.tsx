import type { ProcessingInput } from '@pipewright/shared';
import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { EnumField } from '../fields/EnumField';
import { ListField } from '../fields/ListField';
import { TextField } from '../fields/TextField';
import {
  newProcessingInput,
  processingForm,
  processingInputForm,
  uniqueName,
} from '../mapping/processing.mapping';
import { binder } from './binders';

/** The data a Processing job reads: each from a parameter, an upstream output, or an S3 URI. */
export function ProcessingInputsField() {
  const form = useStepForm();
  const inputs = binder(form, processingForm)('inputs');
  return (
    <ListField<ProcessingInput>
      label="Inputs"
      hideLegend
      {...inputs}
      items={inputs.value}
      empty="No inputs."
      addLabel="Input"
      newItem={(items) =>
        newProcessingInput(
          uniqueName(
            'input',
            items.map((item) => item.InputName),
          ),
        )
      }
      itemLabel={(item) => `Input "${String(item.InputName)}"`}
      renderItem={(_, index) => <InputFields index={index} />}
    />
  );
}

function InputFields({ index }: { index: number }) {
  const form = useStepForm();
  const field = binder(form, processingInputForm, ['Arguments', 'ProcessingInputs', index]);
  const name = field('name');
  return (
    <>
      <TextField label="Name" mono {...name} />
      <ExpressionField
        label="Source"
        placeholder="s3://bucket/prefix/"
        help={
          name.value === 'code'
            ? 'The script below is embedded at this URI.'
            : 'A parameter, an upstream step’s output (ƒx), or an S3 URI.'
        }
        {...field('source')}
      />
      <ExpressionField label="Local path" {...field('localPath')} />
      <div className="insp-field-row">
        <EnumField
          label="Data type"
          options={['S3Prefix', 'ManifestFile']}
          {...field('dataType')}
        />
        <EnumField label="Input mode" options={['File', 'Pipe']} {...field('inputMode')} />
      </div>
    </>
  );
}
