import { entityNamePattern } from '@pipewright/shared';
import { localArnPrefix } from '../runtime/processing-properties';

const executionPart = 12;
const maxNameLength = 63;

/**
 * The name a Model step gives its model: `<step>-<execution id>`, letters, digits and hyphens
 * only and at most 63 characters (SageMaker's rule for model names). The same step of the same
 * execution always gets the same name, so a step that runs again records the same model.
 */
export function modelNameFor(executionId: string, stepName: string): string {
  const room = maxNameLength - executionPart - 1;
  const step =
    stepName
      .replace(/[^A-Za-z0-9]+/g, '-')
      .slice(0, room)
      .replace(/^-+|-+$/g, '') || 'model';
  const name = `${step}-${executionId.slice(0, executionPart)}`;
  return entityNamePattern.test(name) ? name : `model-${executionId.slice(0, executionPart)}`;
}

/** `arn:aws:sagemaker:local:000000000000:model/<name>`, lower-cased as SageMaker ARNs are. */
export function modelArn(modelName: string): string {
  return `${localArnPrefix}:model/${modelName.toLowerCase()}`;
}

/** `arn:aws:sagemaker:local:000000000000:model-package-group/<group>`. */
export function modelPackageGroupArn(groupName: string): string {
  return `${localArnPrefix}:model-package-group/${groupName.toLowerCase()}`;
}

/** `arn:aws:sagemaker:local:000000000000:model-package/<group>/<version>`. */
export function modelPackageArn(groupName: string, version: number): string {
  return `${localArnPrefix}:model-package/${groupName.toLowerCase()}/${version}`;
}
