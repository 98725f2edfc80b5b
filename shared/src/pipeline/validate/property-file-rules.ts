import type { Diagnostic } from '../diagnostics/diagnostic';
import { type StepNode, scanStepReferences } from '../graph';
import { joinPointer } from '../json/json-pointer';
import { suggestion } from '../text/closest-name';

/**
 * A property file is read from one of its Processing step's outputs, so its `OutputName` must
 * name an output of that step; otherwise every `Std:JsonGet` on it fails at run time. The SDK
 * itself only rejects this when a JsonGet reads the file (`_validate_json_get_property_file_reference`)
 * and emits unread property files on steps without outputs (test_steps.py::test_processing_step),
 * so an unread one is only a warning.
 */
export function checkPropertyFiles(nodes: readonly StepNode[]): Diagnostic[] {
  const read = readPropertyFiles(nodes);
  return nodes.flatMap((node) => {
    const files = node.step.PropertyFiles;
    if (node.type !== 'Processing' || !Array.isArray(files)) return [];
    const outputs = outputNamesOf(node.step);
    // An output named by an expression could be any name: nothing can be said.
    if (outputs === null) return [];
    return files.flatMap((file: unknown, index): Diagnostic[] => {
      const outputName = (file as Record<string, unknown> | null)?.OutputName;
      if (typeof outputName !== 'string' || outputs.includes(outputName)) return [];
      const fileName = (file as Record<string, unknown>).PropertyFileName;
      const isRead =
        typeof fileName === 'string' && read.has(`Steps.${node.name}.PropertyFiles.${fileName}`);
      const problem = `Step "${node.name}": property file ${JSON.stringify(fileName)} is read from output "${outputName}", which the step does not have`;
      return [
        {
          severity: isRead ? 'error' : 'warning',
          code: 'unknown-output',
          pointer: joinPointer(node.pointer, 'PropertyFiles', index, 'OutputName'),
          stepName: node.name,
          message: isRead
            ? `${problem}.`
            : `${problem}; nothing reads it yet, but any Std:JsonGet on it would fail at run time.`,
          hint: suggestion(outputName, outputs, 'output'),
        },
      ];
    });
  });
}

/** The `Get` texts of every Std:JsonGet PropertyFile in the document. */
function readPropertyFiles(nodes: readonly StepNode[]): Set<string> {
  return new Set(
    nodes.flatMap((node) =>
      scanStepReferences(node).references.flatMap((reference) =>
        reference.asPropertyFile ? [reference.text] : [],
      ),
    ),
  );
}

/** The step's output names; null when one is not a literal (the SDK allows a pipeline variable). */
function outputNamesOf(step: Record<string, unknown>): string[] | null {
  const args = step.Arguments as Record<string, unknown> | undefined;
  const config = args?.ProcessingOutputConfig as Record<string, unknown> | undefined;
  const outputs = config?.Outputs;
  if (!Array.isArray(outputs)) return [];
  const names: string[] = [];
  for (const output of outputs as unknown[]) {
    const name = (output as Record<string, unknown> | null)?.OutputName;
    if (name === undefined) continue;
    if (typeof name !== 'string') return null;
    names.push(name);
  }
  return names;
}
