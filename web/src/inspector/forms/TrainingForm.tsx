import type { TrainingChannel } from '@pipewright/shared';
import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { EnumField } from '../fields/EnumField';
import { KeyValueField } from '../fields/KeyValueField';
import { ListField } from '../fields/ListField';
import { Section } from '../fields/Section';
import { TextField } from '../fields/TextField';
import { uniqueName } from '../mapping/processing.mapping';
import {
  channelForm,
  metricDefinitionForm,
  newChannel,
  trainingForm,
} from '../mapping/training.mapping';
import { binder } from './binders';
import { ResourceFields } from './ResourceFields';
import { ScriptEditor } from './ScriptEditor';
import { createTrainingScript, trainingScript } from './script-files';
import { EnvironmentSection } from './EnvironmentField';

const hyperparametersPath = ['Arguments', 'HyperParameters'];

/** A Training step: image, script (script mode), hyperparameters, channels, metrics, output. */
export function TrainingForm() {
  const form = useStepForm();
  const field = binder(form, trainingForm);
  const hyperparameters = field('hyperparameters');
  const channels = field('channels');
  const metrics = field('metricDefinitions');
  const environment = field('environment');
  return (
    <>
      <Section title="Container">
        <ExpressionField label="Image" placeholder="python:3.11" {...field('image')} />
        <EnumField
          label="Input mode"
          options={['File', 'Pipe', 'FastFile']}
          {...field('inputMode')}
        />
      </Section>
      <Section title="Script">
        <div className="insp-field-row">
          <TextField label="Program" mono placeholder="train.py" {...field('program')} />
          <TextField
            label="Source folder"
            mono
            placeholder="s3://bucket/code/"
            {...field('sourceDirectory')}
          />
        </div>
        <ScriptEditor
          label={`Script of ${form.name}`}
          location={trainingScript(form.step, hyperparametersPath)}
          create={
            <button
              type="button"
              className="insp-button"
              onClick={() =>
                form.edit.apply((document) =>
                  createTrainingScript(document, form.name, hyperparametersPath),
                )
              }
            >
              Create script
            </button>
          }
        />
      </Section>
      <Section title="Hyperparameters">
        <KeyValueField
          label="Hyperparameters"
          hideLegend
          keyName="hyperparameter"
          newKey="param"
          help="Passed to the script as --name value."
          {...hyperparameters}
          entries={hyperparameters.value}
        />
      </Section>
      <Section title="Data channels">
        <ListField<TrainingChannel>
          label="Channels"
          hideLegend
          {...channels}
          items={channels.value}
          empty="No input data."
          addLabel="Channel"
          newItem={(items) =>
            newChannel(
              uniqueName(
                'train',
                items.map((item) => item.ChannelName),
              ),
            )
          }
          itemLabel={(item) => `Channel "${item.ChannelName}"`}
          renderItem={(_, index) => <ChannelFields index={index} />}
        />
      </Section>
      <Section title="Metrics">
        <ListField
          label="Metric definitions"
          hideLegend
          {...metrics}
          items={metrics.value}
          empty="No metrics are read from the log."
          addLabel="Metric"
          newItem={() => ({ Name: 'validation:loss', Regex: 'validation:loss=([0-9\\.]+)' })}
          itemLabel={(item, index) =>
            `Metric ${typeof item.Name === 'string' ? `"${item.Name}"` : index + 1}`
          }
          renderItem={(_, index) => <MetricFields index={index} />}
        />
      </Section>
      <Section title="Output">
        <ExpressionField
          label="Model output path"
          placeholder="s3://bucket/models/"
          {...field('outputPath')}
        />
      </Section>
      <EnvironmentSection field={environment} />
      <Section title="Resources">
        <ResourceFields
          instanceType={field('instanceType')}
          instanceCount={field('instanceCount')}
          volumeSizeInGB={field('volumeSizeInGB')}
          maxRuntimeInSeconds={field('maxRuntimeInSeconds')}
          roleArn={field('roleArn')}
        />
      </Section>
    </>
  );
}

function ChannelFields({ index }: { index: number }) {
  const form = useStepForm();
  const field = binder(form, channelForm, ['Arguments', 'InputDataConfig', index]);
  return (
    <>
      <TextField label="Name" mono {...field('name')} />
      <ExpressionField
        label="Source"
        help="Usually an upstream output: pick it with ƒx."
        {...field('source')}
      />
      <ExpressionField label="Content type" optional {...field('contentType')} />
    </>
  );
}

function MetricFields({ index }: { index: number }) {
  const form = useStepForm();
  const field = binder(form, metricDefinitionForm, [
    'Arguments',
    'AlgorithmSpecification',
    'MetricDefinitions',
    index,
  ]);
  return (
    <>
      <ExpressionField label="Name" {...field('name')} />
      <ExpressionField label="Regex" help="Its first group is the value." {...field('regex')} />
    </>
  );
}
