import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PropertyFile } from '@pipewright/shared';
import { attemptDirFor, defaultOutputPrefixFor } from '../runtime/attempt-paths';
import type { ImageMap } from '../runtime/image-map';
import { killLeftoverProcess } from '../runtime/leftover-process';
import type { ObjectStore } from '../runtime/object-store';
import { runProcessingStep } from '../runtime/processing-runner';
import type { Sandbox } from '../runtime/sandbox';
import type { StepRuntime } from './engine-ports';

export interface RuntimeAdapterOptions {
  dataDir: string;
  objectStore: ObjectStore;
  imageMap: ImageMap;
  sandbox: Sandbox;
  /** Where step processes start; relative script paths resolve from here. */
  workingDir?: string;
  stopGraceMs?: number;
}

/** The engine's view of the local runtime: where each attempt runs and with what. */
export function stepRuntimeFrom(options: RuntimeAdapterOptions): StepRuntime {
  const { dataDir, objectStore } = options;
  return {
    async materializeFiles(files) {
      const scratch = await mkdtemp(join(tmpdir(), 'pipewright-files-'));
      let index = 0;
      for (const [uri, file] of Object.entries(files)) {
        if (!uri.startsWith('s3://')) continue;
        const source = join(scratch, `file-${index++}`);
        await writeFile(source, file.content);
        await objectStore.put(source, uri);
      }
    },
    async run(request) {
      const attemptDir = attemptDirFor(
        dataDir,
        request.executionId,
        request.stepName,
        request.attempt,
      );
      return runProcessingStep({
        executionId: request.executionId,
        stepName: request.stepName,
        attempt: request.attempt,
        arguments: request.arguments,
        propertyFiles: (request.step.PropertyFiles ?? []) as PropertyFile[],
        attemptDir,
        objectStore,
        imageMap: options.imageMap,
        sandbox: options.sandbox,
        defaultOutputPrefix: defaultOutputPrefixFor(request.executionId, request.stepName),
        onStarted: request.onExecuting,
        onLog: request.onLog,
        signal: request.signal,
        ...(options.workingDir !== undefined && { workingDir: options.workingDir }),
        ...(options.stopGraceMs !== undefined && { stopGraceMs: options.stopGraceMs }),
      });
    },
    readJsonSync: (uri) => objectStore.readJsonSync(uri),
    killLeftovers(executionId, stepName, attempt) {
      killLeftoverProcess(attemptDirFor(dataDir, executionId, stepName, attempt));
    },
  };
}
