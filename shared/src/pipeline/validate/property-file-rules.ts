import type { Diagnostic } from '../diagnostics/diagnostic';
import type { StepNode } from '../graph';
import { joinPointer } from '../json/json-pointer';
import { suggestion } from '../text/closest-name';

/**
 * A property file is read from one of its Processing step's outputs, so its `OutputName` must
 * name an output of that step; otherwise every `Std:JsonGet` on it fails at run time.
 */
export function checkPropertyFiles(nodes: readonly StepNode[]): Diagnostic[] {
  return nodes.flatMap((node) => {
    const files = node.step.PropertyFiles;
    if (node.type !== 'Processing' || !Array.isArray(files)) return [];
    const outputs = outputNamesOf(node.step);
    return files.flatMap((file: unknown, index): Diagnostic[] => {
      const outputName = (file as Record<string, unknown> | null)?.OutputName;
      if (typeof outputName !== 'string' || outputs.includes(outputName)) return [];
      const fileName = (file as Record<string, unknown>).PropertyFileName;
      return [
        {
          severity: 'error',
          code: 'unknown-output',
          pointer: joinPointer(node.pointer, 'PropertyFiles', index, 'OutputName'),
          stepName: node.name,
          message: `Step "${node.name}": property file ${JSON.stringify(fileName)} is read from output "${outputName}", which the step does not have.`,
          hint: suggestion(outputName, outputs, 'output'),
        },
      ];
    });
  });
}

function outputNamesOf(step: Record<string, unknown>): string[] {
  const args = step.Arguments as Record<string, unknown> | undefined;
  const config = args?.ProcessingOutputConfig as Record<string, unknown> | undefined;
  const outputs = config?.Outputs;
  if (!Array.isArray(outputs)) return [];
  return outputs.flatMap((output: unknown) => {
    const name = (output as Record<string, unknown> | null)?.OutputName;
    return typeof name === 'string' ? [name] : [];
  });
}
