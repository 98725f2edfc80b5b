import {
  type ExecutionEvent,
  type PipelineDocument,
  createPipelineGraph,
} from '@pipewright/shared';
import { cliInstructions } from '../callbacks/callback-instructions';
import { declaredOutputs } from '../runtime/output-parameters';

/**
 * What `pipewright run` prints when a Callback step starts waiting: its token and the commands
 * that answer it from another terminal (`pipewright run` has no API to send them to).
 */
export function callbackWaitLines(
  event: ExecutionEvent,
  document: PipelineDocument,
  dataDir: string,
): string[] {
  if (event.type !== 'step-executing') return [];
  const token = event.metadata?.Callback?.CallbackToken;
  if (typeof token !== 'string') return [];
  const step = createPipelineGraph(document).byName.get(event.stepName)?.step ?? {};
  const commands = cliInstructions(token, declaredOutputs(step), dataDir);
  return [
    `  ⏸ ${event.stepName} waits for a callback, token ${token}. Answer it from another terminal:`,
    ...commands.map((command) => `      ${cliPrefix()}${command.replace(/^pipewright /, ' ')}`),
  ];
}

/** `npm run pipewright --` when this run was started that way, `pipewright` otherwise. */
function cliPrefix(): string {
  return process.env.npm_lifecycle_event === 'pipewright' ? 'npm run pipewright --' : 'pipewright';
}
