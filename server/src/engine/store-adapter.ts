import type { PipelineDocument } from '@pipewright/shared';
import type { Store } from '../store';
import type { EngineStore } from './engine-ports';

/** SageMaker's limit on steps running at once in one execution, used when none is set. */
export const DEFAULT_MAX_PARALLEL = 50;

/** The engine's view of the SQLite store. */
export function engineStoreFrom(store: Store): EngineStore {
  return {
    pipelineDocument(pipelineName, version) {
      const found = store.pipelines.get(pipelineName, version);
      return { version: found.Version, document: found.Definition as PipelineDocument };
    },
    createExecution(input) {
      const { execution, created } = store.executions.create(input);
      return { executionId: execution.header.executionId, created };
    },
    execution(executionId) {
      const { header, state } = store.executions.get(executionId);
      return {
        executionId,
        pipelineName: header.pipelineName,
        version: header.pipelineVersion,
        maxParallel: header.maxParallel ?? DEFAULT_MAX_PARALLEL,
        state,
      };
    },
    appendEvents(executionId, events, stepProperties) {
      return store.executions.appendEvents(
        executionId,
        events,
        stepProperties ? { stepProperties } : {},
      );
    },
    stepProperties(executionId, stepName) {
      return store.executions.getStepProperties(executionId, stepName)?.properties;
    },
    findCachedRun: (query) => store.executions.findCachedRun(query),
    latestFinishedExecutionId(pipelineName) {
      let pageToken: string | undefined;
      do {
        const page = store.executions.list({
          pipelineName,
          limit: 100,
          ...(pageToken && { pageToken }),
        });
        const finished = page.items.find((execution) =>
          ['Succeeded', 'Failed', 'Stopped'].includes(execution.PipelineExecutionStatus),
        );
        if (finished) return finished.PipelineExecutionId;
        pageToken = page.nextPageToken;
      } while (pageToken);
      return undefined;
    },
    activeExecutionIds() {
      return store.executions.listActive().map((execution) => execution.header.executionId);
    },
  };
}
