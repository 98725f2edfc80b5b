import { entriesAt, listAt, valueAt } from './form-mapping';
import { type Path, getIn } from './lens';

const args = 'Arguments';

/** A Transform step: the model, the data in and out, and the instances. */
export const transformForm = {
  modelName: valueAt([args, 'ModelName']),
  source: valueAt([args, 'TransformInput', 'DataSource', 'S3DataSource', 'S3Uri']),
  contentType: valueAt([args, 'TransformInput', 'ContentType']),
  splitType: valueAt([args, 'TransformInput', 'SplitType']),
  outputPath: valueAt([args, 'TransformOutput', 'S3OutputPath']),
  accept: valueAt([args, 'TransformOutput', 'Accept']),
  assembleWith: valueAt([args, 'TransformOutput', 'AssembleWith']),
  instanceType: valueAt([args, 'TransformResources', 'InstanceType']),
  instanceCount: valueAt([args, 'TransformResources', 'InstanceCount']),
  environment: entriesAt([args, 'Environment']),
  inputFilter: valueAt([args, 'DataProcessing', 'InputFilter']),
  outputFilter: valueAt([args, 'DataProcessing', 'OutputFilter']),
  joinSource: valueAt([args, 'DataProcessing', 'JoinSource']),
};

/** One container of a model, relative to the container object. */
export const containerForm = {
  hostname: valueAt(['ContainerHostname']),
  image: valueAt(['Image']),
  modelDataUrl: valueAt(['ModelDataUrl']),
  environment: entriesAt(['Environment']),
};

/**
 * Whether a Model step is a multi-container model (`Containers`) rather than one
 * `PrimaryContainer`; SageMaker takes one or the other.
 */
export function usesContainerList(step: Record<string, unknown>): boolean {
  return (
    getIn(step, [args, 'PrimaryContainer']) === undefined &&
    Array.isArray(getIn(step, [args, 'Containers']))
  );
}

/** A Model step: the role, its containers, and how a multi-container model calls them. */
export const modelForm = {
  roleArn: valueAt([args, 'ExecutionRoleArn']),
  containers: listAt<Record<string, unknown>>([args, 'Containers']),
  inferenceMode: valueAt([args, 'InferenceExecutionConfig', 'Mode']),
};

/** Where a Model step's single container lives. */
export const primaryContainerPath: Path = [args, 'PrimaryContainer'];

/** An empty container for a multi-container model, with a hostname no other one has. */
export function newContainer(existing: readonly Record<string, unknown>[]) {
  const taken = new Set(existing.map((container) => container.ContainerHostname));
  let index = existing.length + 1;
  while (taken.has(`container-${index}`)) index += 1;
  return { ContainerHostname: `container-${index}`, Image: '', Environment: {} };
}

const inference = [args, 'InferenceSpecification'];
const firstContainer = [...inference, 'Containers', 0];

/** A RegisterModel step: the package group, approval, and the inference container. */
export const registerModelForm = {
  group: valueAt([args, 'ModelPackageGroupName']),
  approvalStatus: valueAt([args, 'ModelApprovalStatus']),
  description: valueAt([args, 'ModelPackageDescription']),
  image: valueAt([...firstContainer, 'Image']),
  modelDataUrl: valueAt([...firstContainer, 'ModelDataUrl']),
  environment: entriesAt([...firstContainer, 'Environment']),
  contentTypes: listAt([...inference, 'SupportedContentTypes']),
  responseTypes: listAt([...inference, 'SupportedResponseMIMETypes']),
};

/**
 * The reports a model package carries (SageMaker's ModelMetrics): each a MetricsSource with an
 * S3 URI and a content type. Kinds the form leaves empty stay as the document has them.
 */
export const modelMetricReports = [
  { label: 'Model quality statistics', path: ['ModelQuality', 'Statistics'] },
  { label: 'Model quality constraints', path: ['ModelQuality', 'Constraints'] },
  { label: 'Data quality statistics', path: ['ModelDataQuality', 'Statistics'] },
  { label: 'Data quality constraints', path: ['ModelDataQuality', 'Constraints'] },
  { label: 'Bias report', path: ['Bias', 'Report'] },
  { label: 'Explainability report', path: ['Explainability', 'Report'] },
] as const;

/** One MetricsSource, relative to `Arguments.ModelMetrics.<kind>.<report>`. */
export const metricsSourceForm = {
  uri: valueAt(['S3Uri']),
  contentType: valueAt(['ContentType']),
};
