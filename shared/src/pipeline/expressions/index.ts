export {
  type ExecutionVariable,
  executionVariables,
  isExecutionVariable,
} from './execution-variables';
export {
  type GetTarget,
  type ParseResult,
  type PathSegment,
  formatPropertyPath,
  parseGetTarget,
  parsePropertyPath,
} from './property-path';
export { parseJsonGetPath } from './json-get-path';
export { type PathFailure, type PathResolution, resolvePath } from './path-resolve';
export {
  type ExpressionKey,
  type MalformedExpression,
  type Reference,
  type ReferenceScan,
  expressionKeys,
  expressionKeyOf,
  scanReferences,
} from './references';
export {
  type EvaluationContext,
  type EvaluationError,
  type EvaluationResult,
  type ExperimentConfigField,
  experimentConfigFields,
} from './evaluation-context';
export { evaluateExpression } from './evaluate';
export { type ComparedAs, type Comparison, compareValues, equalValues } from './compare-values';
export {
  type ConditionDetail,
  type ConditionsEvaluation,
  evaluateConditions,
} from './condition-evaluate';
export { type Coercion, coerceParameterValue } from './parameter-coerce';
export {
  type ParameterValueError,
  type ParameterValueErrorCode,
  type ParameterValuesResult,
  type StartParameter,
  type SuppliedParameterValues,
  parameterValueErrorCodes,
  resolveParameterValues,
} from './parameter-values';
