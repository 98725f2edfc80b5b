import { modelApprovalStatuses } from '@pipewright/shared';
import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { EnumField } from '../fields/EnumField';
import { ExpressionListField } from '../fields/ExpressionListField';
import { KeyValueField } from '../fields/KeyValueField';
import { Section } from '../fields/Section';
import { modelForm, registerModelForm, transformForm } from '../mapping/model.mapping';
import { binder } from './binders';
import { ResourceFields } from './ResourceFields';

const modelHelp =
  'Usually an upstream Training step’s ModelArtifacts.S3ModelArtifacts: pick it with ƒx.';

/** A Transform step: the model, the data in and out, the instances. */
export function TransformForm() {
  const form = useStepForm();
  const field = binder(form, transformForm);
  const environment = field('environment');
  return (
    <>
      <Section title="Model">
        <ExpressionField
          label="Model name"
          help="Usually a Model step’s ModelName: pick it with ƒx."
          {...field('modelName')}
        />
      </Section>
      <Section title="Input">
        <ExpressionField label="Data" placeholder="s3://bucket/batch/" {...field('source')} />
        <div className="insp-field-row">
          <ExpressionField label="Content type" optional {...field('contentType')} />
          <EnumField
            label="Split"
            options={['None', 'Line', 'RecordIO', 'TFRecord']}
            empty="(not set)"
            {...field('splitType')}
          />
        </div>
      </Section>
      <Section title="Output">
        <ExpressionField label="Output path" {...field('outputPath')} />
        <div className="insp-field-row">
          <ExpressionField label="Accept" optional {...field('accept')} />
          <EnumField
            label="Assemble with"
            options={['None', 'Line']}
            empty="(not set)"
            {...field('assembleWith')}
          />
        </div>
      </Section>
      <Section title="Environment">
        <KeyValueField
          label="Environment"
          keyName="variable"
          hideLegend
          {...environment}
          entries={environment.value}
        />
      </Section>
      <Section title="Resources">
        <ResourceFields
          instanceType={field('instanceType')}
          instanceCount={field('instanceCount')}
        />
      </Section>
    </>
  );
}

/** A Model step: the serving container and the model artifact it serves. */
export function ModelForm() {
  const form = useStepForm();
  const field = binder(form, modelForm(form.step));
  const environment = field('environment');
  return (
    <>
      <Section title="Container">
        <ExpressionField label="Image" {...field('image')} />
        <ExpressionField label="Model data" optional help={modelHelp} {...field('modelDataUrl')} />
        <KeyValueField
          label="Environment"
          keyName="variable"
          {...environment}
          entries={environment.value}
        />
      </Section>
      <Section title="Permissions">
        <ExpressionField label="Execution role ARN" optional {...field('roleArn')} />
      </Section>
    </>
  );
}

/** A RegisterModel step: the package group and approval, and the inference container. */
export function RegisterModelForm() {
  const form = useStepForm();
  const field = binder(form, registerModelForm);
  const environment = field('environment');
  const contentTypes = field('contentTypes');
  const responseTypes = field('responseTypes');
  return (
    <>
      <Section title="Registry">
        <ExpressionField label="Model package group" {...field('group')} />
        <EnumField
          label="Approval status"
          options={modelApprovalStatuses}
          empty="(not set)"
          {...field('approvalStatus')}
        />
        <ExpressionField label="Description" optional {...field('description')} />
      </Section>
      <Section title="Inference container">
        <ExpressionField label="Image" {...field('image')} />
        <ExpressionField label="Model data" optional help={modelHelp} {...field('modelDataUrl')} />
        <KeyValueField
          label="Environment"
          keyName="variable"
          {...environment}
          entries={environment.value}
        />
        <ExpressionListField
          label="Content types"
          itemName="type"
          {...contentTypes}
          values={contentTypes.value}
        />
        <ExpressionListField
          label="Response types"
          itemName="type"
          {...responseTypes}
          values={responseTypes.value}
        />
      </Section>
    </>
  );
}
