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
};

/**
 * The container a Model step's form edits: PrimaryContainer, or the first of Containers when the
 * step only has those (a multi-container model's other containers stay in the JSON tab).
 */
export function modelContainerPath(step: Record<string, unknown>): Path {
  const usesList =
    getIn(step, [args, 'PrimaryContainer']) === undefined &&
    Array.isArray(getIn(step, [args, 'Containers']));
  return usesList ? [args, 'Containers', 0] : [args, 'PrimaryContainer'];
}

/** A Model step: the role and its container. */
export function modelForm(step: Record<string, unknown>) {
  const container = modelContainerPath(step);
  return {
    roleArn: valueAt([args, 'ExecutionRoleArn']),
    image: valueAt([...container, 'Image']),
    modelDataUrl: valueAt([...container, 'ModelDataUrl']),
    environment: entriesAt([...container, 'Environment']),
  };
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
