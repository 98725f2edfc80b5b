import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { createPipelineGraph } from '../graph';
import { migrateExtension } from '../document/extension-migrations';
import { definitionVersion, PipelineDocumentSchema } from '../schema/document.schema';
import { PipewrightExtensionSchema, extensionKey } from '../schema/extension.schema';
import { checkGraph } from './graph-rules';
import { checkParameters } from './parameter-rules';
import { checkPropertyFiles } from './property-file-rules';
import { checkReferences } from './reference-rules';
import { checkStepNames, checkSteps } from './step-rules';
import { issuesToDiagnostics } from './zod-issues';

/** The top level only: steps are checked one by one so each problem names its step. */
const TopLevelSchema = PipelineDocumentSchema.extend({
  Steps: z.array(z.unknown()),
  [extensionKey]: z.unknown().optional(),
});

/**
 * Validates a parsed pipeline document (native or pure SageMaker) and returns every problem
 * found. Never throws, whatever the input.
 */
export function validatePipeline(value: unknown): Diagnostic[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [
      {
        severity: 'error',
        code: 'invalid-shape',
        pointer: '',
        message: 'A pipeline definition must be a JSON object with "Version" and "Steps".',
        hint: `Start from {"Version": "${definitionVersion}", "Parameters": [], "Steps": []}.`,
      },
    ];
  }
  const document = value as Record<string, unknown>;
  const graph = createPipelineGraph(document);
  return [
    ...checkTopLevel(document),
    ...checkExtension(document[extensionKey]),
    ...checkParameters(document.Parameters),
    ...checkSteps(graph.nodes),
    ...checkStepNames(graph.nodes),
    ...checkPropertyFiles(graph.nodes),
    ...checkReferences(document, graph.nodes),
    ...checkGraph(graph),
  ];
}

function checkTopLevel(document: Record<string, unknown>): Diagnostic[] {
  const result = TopLevelSchema.safeParse(document, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Diagnostic[] => {
    if (issue.path.length === 1 && issue.path[0] === 'Version' && document.Version !== undefined) {
      return [
        {
          severity: 'error',
          code: 'unsupported-version',
          pointer: '/Version',
          message: `Definition version ${JSON.stringify(document.Version)} is not supported; SageMaker's only version is "${definitionVersion}".`,
          hint: `Set "Version": "${definitionVersion}".`,
        },
      ];
    }
    return issuesToDiagnostics([issue], '', undefined);
  });
}

function checkExtension(extension: unknown): Diagnostic[] {
  if (extension === undefined) return [];
  const pointer = `/${extensionKey}`;
  const problem = (at: string, message: string, hint: string): Diagnostic => ({
    severity: 'error',
    code: 'invalid-extension',
    pointer: at,
    message: `Pipewright data ("${extensionKey}"): ${message}`,
    hint,
  });
  if (extension === null || typeof extension !== 'object' || Array.isArray(extension)) {
    return [
      problem(
        pointer,
        'it must be an object.',
        `Remove "${extensionKey}" to import the pure SageMaker definition.`,
      ),
    ];
  }
  const migrated = migrateExtension(extension as Record<string, unknown>);
  if (!migrated.ok)
    return [problem(`${pointer}/formatVersion`, `${migrated.reason}.`, migrated.hint)];
  const result = PipewrightExtensionSchema.safeParse(migrated.extension, { reportInput: true });
  if (result.success) return [];
  return issuesToDiagnostics(result.error.issues, pointer, undefined).map((diagnostic) => ({
    ...diagnostic,
    code: 'invalid-extension',
    message: `Pipewright data ("${extensionKey}"): ${diagnostic.message}`,
  }));
}
