export {
  CodeEditor,
  type CodeEditorHandle,
  type CodeEditorMarker,
  type CodeEditorProps,
} from './CodeEditor';
export {
  type JsonSchemaRegistration,
  jsonSchemaRegistrations,
  onJsonSchemasChanged,
  registerJsonSchema,
} from './json-schema-registry';
