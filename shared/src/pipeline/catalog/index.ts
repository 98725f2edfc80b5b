export {
  type PropertyPathCheck,
  type PropertyPathCheckOptions,
  type PropertyPathFailure,
  checkPropertyPath,
} from './check-property-path';
export {
  type PropertyPathEntry,
  type PropertyValueType,
  listPropertyPaths,
} from './list-property-paths';
export { catalogedStepTypes, propertyShapeOf } from './property-catalog';
export type {
  DeclaredMember,
  MemberRule,
  ObjectShape,
  PropertyPathErrorCode,
  ScalarType,
  Shape,
} from './shape';
