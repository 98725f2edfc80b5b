import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/shell/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import './monaco-environment';
import { jsonSchemaRegistrations, onJsonSchemasChanged } from './json-schema-registry';

/**
 * The one Monaco of the app: the editor core with its features, three tokenizers and the JSON
 * language service, instead of the default entry point's eighty languages. `@monaco-editor/react`
 * is pointed at it, so its loader never injects the CDN script it uses by default.
 */
loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

function applyJsonSchemas() {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    // Pipeline files are strict JSON, as the server reads them.
    allowComments: false,
    trailingCommas: 'error',
    // Schemas come only from the registry: the JSON worker must never fetch one.
    enableSchemaRequest: false,
    schemas: jsonSchemaRegistrations(),
  });
}

applyJsonSchemas();
onJsonSchemasChanged(applyJsonSchemas);

export { monaco };
