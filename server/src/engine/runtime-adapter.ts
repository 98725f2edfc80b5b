import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attemptDirFor, defaultOutputPrefixFor } from '../runtime/attempt-paths';
import { writeResolvedArguments } from '../runtime/attempt-record';
import { killLeftoverProcess } from '../runtime/leftover-process';
import type { StepRuntime } from './engine-ports';
import { type RunnerServices, stepRunners } from './step-runners';

/** The engine's view of the local runtime: where each attempt runs and with what. */
export function stepRuntimeFrom(services: RunnerServices): StepRuntime {
  const { dataDir, objectStore } = services;
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
    canRun: (stepType) => stepType in stepRunners,
    async run(request) {
      const runner = stepRunners[request.stepType];
      if (!runner) throw new Error(`no local runner for ${request.stepType} steps`);
      const attemptDir = attemptDirFor(
        dataDir,
        request.executionId,
        request.stepName,
        request.attempt,
      );
      await writeResolvedArguments(attemptDir, request.arguments);
      return runner({
        ...request,
        attemptDir,
        defaultOutputPrefix: defaultOutputPrefixFor(
          services.defaultBucket,
          request.executionId,
          request.stepName,
        ),
        services,
      });
    },
    readJsonSync: (uri) => objectStore.readJsonSync(uri),
    killLeftovers(executionId, stepName, attempt) {
      killLeftoverProcess(attemptDirFor(dataDir, executionId, stepName, attempt));
    },
  };
}
