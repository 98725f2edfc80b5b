import type { Example } from '@pipewright/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { ApiError, api } from '../api/client';
import { exampleQueries } from '../api/examples.queries';
import { startExecution } from '../api/executions.queries';
import { createPipeline, pipelineQueries } from '../api/pipelines.queries';

/**
 * Makes sure the example is a pipeline on this server, named after it. An existing pipeline of
 * that name is kept as it is: someone who opened the example before and changed it finds their
 * changes, not the original over them.
 */
async function ensurePipeline(example: Example): Promise<string> {
  try {
    await api('GET', `/pipelines/${encodeURIComponent(example.id)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    await createPipeline(example.id, example.definition, `The ${example.title} example`);
  }
  return example.id;
}

/** "Open in the designer" and "Run" for a gallery card, each one click. */
export function useExampleActions(exampleId: string) {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const loadExample = () => queryClient.fetchQuery(exampleQueries.detail(exampleId));

  const open = useMutation({
    mutationFn: async () => ensurePipeline(await loadExample()),
    onSuccess: async (name) => {
      await queryClient.invalidateQueries({ queryKey: pipelineQueries.all() });
      navigate(`/pipelines/${encodeURIComponent(name)}`);
    },
  });
  const run = useMutation({
    mutationFn: async () => {
      const name = await ensurePipeline(await loadExample());
      return startExecution(name, { idempotencyKey: crypto.randomUUID() });
    },
    onSuccess: async (execution) => {
      await queryClient.invalidateQueries({ queryKey: pipelineQueries.all() });
      navigate(`/executions/${execution.PipelineExecutionId}`);
    },
  });
  return { open, run };
}
