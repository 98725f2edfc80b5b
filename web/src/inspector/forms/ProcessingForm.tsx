import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { ExpressionListField } from '../fields/ExpressionListField';
import { Section } from '../fields/Section';
import { processingForm } from '../mapping/processing.mapping';
import { binder } from './binders';
import { ProcessingInputsField } from './ProcessingInputsField';
import { ProcessingOutputsField, PropertyFilesField } from './ProcessingOutputsField';
import { ResourceFields } from './ResourceFields';
import { ScriptEditor } from './ScriptEditor';
import { createProcessingScript, processingScript } from './script-files';
import { EnvironmentSection } from './EnvironmentField';

/** A Processing step: container, script, inputs, outputs, property files, environment, resources. */
export function ProcessingForm() {
  const form = useStepForm();
  const field = binder(form, processingForm);
  const entrypoint = field('entrypoint');
  const containerArguments = field('containerArguments');
  const environment = field('environment');
  return (
    <>
      <Section title="Container">
        <ExpressionField label="Image" placeholder="python:3.11" {...field('image')} />
        <ExpressionListField
          label="Entrypoint"
          itemName="word"
          {...entrypoint}
          values={entrypoint.value}
        />
        <ExpressionListField
          label="Arguments"
          itemName="argument"
          {...containerArguments}
          values={containerArguments.value}
        />
      </Section>
      <Section title="Script">
        <ScriptEditor
          label={`Script of ${form.name}`}
          location={processingScript(form.step)}
          create={
            <button
              type="button"
              className="insp-button"
              onClick={() =>
                form.edit.apply((document) => createProcessingScript(document, form.name))
              }
            >
              Create script
            </button>
          }
        />
      </Section>
      <Section title="Inputs">
        <ProcessingInputsField />
      </Section>
      <Section title="Outputs">
        <ProcessingOutputsField />
      </Section>
      <Section title="Property files">
        <PropertyFilesField />
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
