export {
  type Diagnostic,
  type DiagnosticCode,
  type Severity,
  diagnosticCodes,
  hasErrors,
} from './diagnostics/diagnostic';
export { escapePointerToken, joinPointer, parsePointer, toPointer } from './json/json-pointer';
export { type JsonTextResult, type TextPosition, positionAt, readJsonText } from './json/json-text';
export { parseExpireAfter } from './duration';
export * from './schema';
export * from './expressions';
export * from './graph';
export * from './catalog';
export {
  type ParsedPipeline,
  parsePipelineText,
  parsePipelineValue,
} from './document/parse-pipeline';
export { serializePipeline, toSageMakerDefinition } from './document/export-sagemaker';
export {
  type MigrationResult,
  extensionMigrations,
  migrateExtension,
} from './document/extension-migrations';
export { validatePipeline } from './validate/validate-pipeline';
export * from './edit';
