import { modelApprovalStatuses } from '@pipewright/shared';
import { useStepForm } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';
import { EnumField } from '../fields/EnumField';
import { ExpressionListField } from '../fields/ExpressionListField';
import { Section } from '../fields/Section';
import { ListField } from '../fields/ListField';
import { TextField } from '../fields/TextField';
import {
  containerForm,
  metricsSourceForm,
  modelForm,
  modelMetricReports,
  newContainer,
  primaryContainerPath,
  registerModelForm,
  transformForm,
  usesContainerList,
} from '../mapping/model.mapping';
import type { Path } from '../mapping/lens';
import { binder } from './binders';
import { ResourceFields } from './ResourceFields';
import { EnvironmentField, EnvironmentSection } from './EnvironmentField';

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
      <Section title="Data processing">
        <ExpressionField
          label="Input filter"
          optional
          placeholder="$[1:]"
          help="A JSONPath applied to each input record before it reaches the model."
          {...field('inputFilter')}
        />
        <EnumField
          label="Join source"
          options={['None', 'Input']}
          empty="(not set)"
          {...field('joinSource')}
        />
        <ExpressionField
          label="Output filter"
          optional
          placeholder="$[-1]"
          help="A JSONPath selecting what to keep of each (joined) output record."
          {...field('outputFilter')}
        />
      </Section>
      <EnvironmentSection field={environment} />
      <Section title="Resources">
        <ResourceFields
          instanceType={field('instanceType')}
          instanceCount={field('instanceCount')}
        />
      </Section>
    </>
  );
}

/**
 * A Model step: its serving container (or, for a multi-container model, each of them and how
 * they are called) and the model artifact it serves.
 */
export function ModelForm() {
  const form = useStepForm();
  const field = binder(form, modelForm);
  const containers = field('containers');
  return (
    <>
      {usesContainerList(form.step) ? (
        <Section title="Containers">
          <ListField<Record<string, unknown>>
            label="Containers"
            hideLegend
            {...containers}
            items={containers.value}
            addLabel="Container"
            newItem={newContainer}
            itemLabel={(item, index) =>
              `Container "${String(item.ContainerHostname ?? index + 1)}"`
            }
            renderItem={(_, index) => (
              <ContainerFields base={['Arguments', 'Containers', index]} withHostname />
            )}
          />
          <EnumField
            label="Inference mode"
            options={['Serial', 'Direct']}
            empty="(not set)"
            {...field('inferenceMode')}
          />
        </Section>
      ) : (
        <Section title="Container">
          <ContainerFields base={primaryContainerPath} />
        </Section>
      )}
      <Section title="Permissions">
        <ExpressionField label="Execution role ARN" optional {...field('roleArn')} />
      </Section>
    </>
  );
}

/** The fields of one model container, at `base` inside the step. */
function ContainerFields({ base, withHostname = false }: { base: Path; withHostname?: boolean }) {
  const form = useStepForm();
  const field = binder(form, containerForm, base);
  const hostname = field('hostname');
  const environment = field('environment');
  return (
    <>
      {withHostname && (
        <TextField
          label="Hostname"
          mono
          {...hostname}
          value={typeof hostname.value === 'string' ? hostname.value : ''}
          onChange={(value) => hostname.onChange(value === '' ? undefined : value)}
        />
      )}
      <ExpressionField label="Image" {...field('image')} />
      <ExpressionField label="Model data" optional help={modelHelp} {...field('modelDataUrl')} />
      <EnvironmentField field={environment} />
    </>
  );
}

/** One report of a model package's ModelMetrics: where it is and what it is. */
function MetricsSourceFields({ label, path }: { label: string; path: readonly string[] }) {
  const form = useStepForm();
  const field = binder(form, metricsSourceForm, ['Arguments', 'ModelMetrics', ...path]);
  return (
    <div className="insp-field-row">
      <ExpressionField
        label={label}
        optional
        placeholder="s3://bucket/evaluation.json"
        {...field('uri')}
      />
      <ExpressionField
        label={`${label} content type`}
        optional
        placeholder="application/json"
        {...field('contentType')}
      />
    </div>
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
        <EnvironmentField field={environment} />
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
      <Section title="Model metrics">
        {modelMetricReports.map((report) => (
          <MetricsSourceFields key={report.label} label={report.label} path={report.path} />
        ))}
      </Section>
    </>
  );
}
