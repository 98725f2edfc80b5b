import { autoMLProperties } from './automl.properties';
import { endpointConfigProperties, endpointProperties } from './endpoint.properties';
import { modelProperties, registerModelProperties } from './model.properties';
import {
  clarifyCheckProperties,
  conditionProperties,
  emrProperties,
  outputParameterProperties,
  qualityCheckProperties,
} from './other.properties';
import { processingProperties } from './processing.properties';
import type { ObjectShape } from './shape';
import { trainingProperties } from './training.properties';
import { transformProperties } from './transform.properties';
import { tuningProperties } from './tuning.properties';

/**
 * What `Steps.<X>.<path>` can reach, per step type: the boto Describe response of the job the
 * step runs (sagemaker-definition.md §5). `null` means the step type has no properties at all.
 */
const catalog = new Map<string, ObjectShape | null>([
  ['Processing', processingProperties],
  ['Training', trainingProperties],
  ['Tuning', tuningProperties],
  ['Transform', transformProperties],
  ['Model', modelProperties],
  ['RegisterModel', registerModelProperties],
  ['Condition', conditionProperties],
  ['Lambda', outputParameterProperties],
  ['Callback', outputParameterProperties],
  ['QualityCheck', qualityCheckProperties],
  ['ClarifyCheck', clarifyCheckProperties],
  ['EMR', emrProperties],
  ['AutoML', autoMLProperties],
  ['EndpointConfig', endpointConfigProperties],
  ['Endpoint', endpointProperties],
  ['Fail', null],
]);

/** Step types whose properties the catalog knows; any other type is preserved, not judged. */
export const catalogedStepTypes: readonly string[] = [...catalog.keys()];

/**
 * The property shape of a step type: an object shape, `null` for a type without properties
 * (Fail), or `undefined` for a type the catalog does not know (any path is accepted).
 */
export function propertyShapeOf(stepType: unknown): ObjectShape | null | undefined {
  return typeof stepType === 'string' ? catalog.get(stepType) : undefined;
}
