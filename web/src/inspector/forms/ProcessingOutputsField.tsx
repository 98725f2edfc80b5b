import type { ProcessingOutput, PropertyFile } from '@pipewright/shared';
import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { EnumField } from '../fields/EnumField';
import { ListField } from '../fields/ListField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import {
  newProcessingOutput,
  processingForm,
  processingOutputForm,
  propertyFileForm,
  uniqueName,
} from '../mapping/processing.mapping';
import { binder } from './binders';

/** The folders a Processing job writes, each uploaded as one output. */
export function ProcessingOutputsField() {
  const form = useStepForm();
  const outputs = binder(form, processingForm)('outputs');
  return (
    <ListField<ProcessingOutput>
      label="Outputs"
      hideLegend
      {...outputs}
      items={outputs.value}
      empty="No outputs."
      addLabel="Output"
      newItem={(items) =>
        newProcessingOutput(
          uniqueName(
            'output',
            items.map((item) => item.OutputName),
          ),
        )
      }
      itemLabel={(item) => `Output "${String(item.OutputName)}"`}
      renderItem={(_, index) => <OutputFields index={index} />}
    />
  );
}

function OutputFields({ index }: { index: number }) {
  const form = useStepForm();
  const field = binder(form, processingOutputForm, [
    'Arguments',
    'ProcessingOutputConfig',
    'Outputs',
    index,
  ]);
  return (
    <>
      <TextField label="Name" mono {...field('name')} />
      <ExpressionField label="Local path" {...field('localPath')} />
      <ExpressionField
        label="Upload to"
        optional
        placeholder="chosen by Pipewright when empty"
        {...field('destination')}
      />
      <EnumField label="Upload" options={['EndOfJob', 'Continuous']} {...field('uploadMode')} />
    </>
  );
}

/** JSON files an output holds, that later steps read with JsonGet (conditions, metrics). */
export function PropertyFilesField() {
  const form = useStepForm();
  const step = binder(form, processingForm);
  const files = step('propertyFiles');
  const outputNames = step('outputs').value.map((output) => String(output.OutputName));
  return (
    <ListField<PropertyFile>
      label="Property files"
      hideLegend
      {...files}
      items={files.value}
      empty="None: add one to let a condition read a metric this step writes."
      addLabel="Property file"
      newItem={(items) => ({
        PropertyFileName: uniqueName(
          'Report',
          items.map((item) => item.PropertyFileName),
        ),
        OutputName: outputNames[0] ?? '',
        FilePath: 'report.json',
      })}
      itemLabel={(item) => `Property file "${item.PropertyFileName}"`}
      renderItem={(_, index) => <PropertyFileFields index={index} outputNames={outputNames} />}
    />
  );
}

function PropertyFileFields({ index, outputNames }: { index: number; outputNames: string[] }) {
  const form = useStepForm();
  const field = binder(form, propertyFileForm, ['PropertyFiles', index]);
  const output = field('outputName');
  return (
    <>
      <TextField label="Name" mono {...field('name')} />
      <SelectField
        label="In output"
        options={outputNames}
        {...output}
        onChange={(value) => output.onChange(value ?? '')}
      />
      <TextField label="File path" mono placeholder="evaluation.json" {...field('filePath')} />
    </>
  );
}
