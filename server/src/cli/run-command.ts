import { basename, dirname, extname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  type ExecutionState,
  type PipelineDocument,
  UserError,
  hasErrors,
  reduceExecution,
} from '@pipewright/shared';
import type { PublishedEvent } from '../events/event-bus';
import { openServices } from '../services';
import { type CliIo, exitCodes } from './cli-io';
import { callbackWaitLines } from './callback-hint';
import { formatDiagnostics } from './format-diagnostics';
import { readPipelineFile } from './read-pipeline-file';
import { describeEvent } from './run-progress';

export interface RunOptions {
  param?: string[];
  parallel?: number;
  data?: string;
  name?: string;
  logs?: boolean;
  /** Run steps without bubblewrap even where it exists. */
  sandbox?: 'auto' | 'host';
}

/**
 * `pipewright run FILE`: runs a pipeline with the same engine as the server, no server needed.
 * Exit 0 when the execution succeeded, 1 when it failed or was stopped, 2 when the file or the
 * parameters are invalid.
 */
export async function runCommand(
  file: string,
  options: RunOptions,
  io: CliIo,
  signals: { onInterrupt: (handler: () => void) => void } = { onInterrupt: () => {} },
): Promise<number> {
  const read = await readPipelineFile(file);
  if (!read.ok) {
    io.stderr(`✖ ${file}: cannot read the file: ${read.reason}\n`);
    return exitCodes.unreadable;
  }
  const { document, diagnostics } = read.parsed;
  if (document === null || hasErrors(diagnostics)) {
    io.stderr(formatDiagnostics(file, diagnostics));
    return exitCodes.unreadable;
  }
  const parameters = parseParams(options.param ?? []);
  if (!parameters.ok) {
    io.stderr(`✖ ${parameters.reason}\n`);
    return exitCodes.unreadable;
  }
  const dataDir = resolve(options.data ?? '.pipewright');
  const services = await openServices({
    dataDir,
    sandbox: options.sandbox ?? 'auto',
  });
  try {
    const pipelineName = options.name ?? pipelineNameFrom(file);
    const version = storeDocument(services.store, pipelineName, document, file);
    let state: ExecutionState | undefined;
    // Events arrive from the moment the execution starts, before its id is known here; other
    // executions in the same data directory (resumed ones) may run too, so hold events until then.
    const run: { id?: string; early: PublishedEvent[] } = { early: [] };
    let resolveFinished: (state: ExecutionState) => void = () => {};
    const finished = new Promise<ExecutionState>((resolve) => (resolveFinished = resolve));
    const show = (events: readonly PublishedEvent[]) => {
      for (const { executionId, seq, event } of events) {
        if (executionId !== run.id) continue;
        state = reduceExecution(state, event, seq);
        for (const line of describeEvent(event, state, options.logs ?? false)) {
          io.stdout(`${line}\n`);
        }
        for (const line of callbackWaitLines(event, document, dataDir)) io.stdout(`${line}\n`);
        if (event.type === 'execution-finished') resolveFinished(state);
      }
    };
    services.bus.subscribe((events) =>
      run.id === undefined ? run.early.push(...events) : show(events),
    );
    io.stdout(`Running ${pipelineName} (version ${version}) from ${file}\n`);
    const executionId = await services.engine.start({
      pipelineName,
      version,
      parameters: parameters.values,
      ...(options.parallel !== undefined && { maxParallel: options.parallel }),
    });
    run.id = executionId;
    show(run.early);
    signals.onInterrupt(() => {
      services.engine.stop(executionId);
    });
    const final = await finished;
    io.stdout(
      `Execution ${executionId}; its data is in ${resolve(options.data ?? '.pipewright')}\n`,
    );
    return final.status === 'Succeeded' ? exitCodes.ok : exitCodes.problems;
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`✖ ${error.message}\n${describeDetails(error.details)}`);
      return exitCodes.unreadable;
    }
    throw error;
  } finally {
    await services.close();
  }
}

/** `NAME=VALUE` pairs, as SageMaker's start request sends them: values are strings until typed. */
function parseParams(
  pairs: string[],
): { ok: true; values: { Name: string; Value: string }[] } | { ok: false; reason: string } {
  const values: { Name: string; Value: string }[] = [];
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals <= 0) return { ok: false, reason: `--param ${pair}: write it as NAME=VALUE` };
    values.push({ Name: pair.slice(0, equals), Value: pair.slice(equals + 1) });
  }
  return { ok: true, values };
}

/** Saves the document as the pipeline's next version, unless it is the same as the latest. */
function storeDocument(
  store: Awaited<ReturnType<typeof openServices>>['store'],
  name: string,
  document: PipelineDocument,
  file: string,
): number {
  const message = `pipewright run ${file}`;
  try {
    const latest = store.pipelines.get(name);
    if (isDeepStrictEqual(latest.Definition, document)) return latest.Version;
    return store.pipelines.saveVersion({ name, document, message }).Version;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    return store.pipelines.create({ name, document, message }).Version;
  }
}

/**
 * A SageMaker pipeline name from a file name (its folder's for a `pipeline.json`): letters,
 * digits and hyphens.
 */
export function pipelineNameFrom(file: string): string {
  const stemOf = (path: string) => basename(path, extname(path));
  const stem = stemOf(file) === 'pipeline' ? basename(dirname(resolve(file))) : stemOf(file);
  const name = stem
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 256);
  return name === '' ? 'pipeline' : name;
}

function describeDetails(details: readonly unknown[] | undefined): string {
  return (details ?? [])
    .map((detail) => {
      const { message, hint } = detail as { message?: string; hint?: string };
      return `  - ${message ?? JSON.stringify(detail)}${hint ? `\n    hint: ${hint}` : ''}\n`;
    })
    .join('');
}
