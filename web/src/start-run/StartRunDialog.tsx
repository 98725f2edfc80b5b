import type { PipelineVersion } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { pipelineQueries } from '../api/pipelines.queries';
import { Dialog } from '../ui/Dialog';
import { StartRunForm } from './StartRunForm';
import './start-run.css';

/**
 * Starts an execution of a pipeline's latest saved version: a form built from its parameters
 * (prefilled with `initialParameters` to run again with some changed), a display name, a
 * description and a step limit. With `selectedSteps` only those steps run, the rest reused from
 * `sourceExecutionArn`. On success it goes to the new execution's page.
 */
export function StartRunDialog({
  pipelineName,
  open,
  onClose,
  initialParameters,
  selectedSteps,
  sourceExecutionArn,
  title,
}: {
  pipelineName: string;
  open: boolean;
  onClose: () => void;
  initialParameters?: Record<string, string | number | boolean>;
  selectedSteps?: string[];
  sourceExecutionArn?: string;
  title?: string;
}) {
  if (!open) return null;
  return (
    <Dialog title={title ?? `Run ${pipelineName}`} onClose={onClose}>
      <LoadPipeline pipelineName={pipelineName} onClose={onClose}>
        {(version) => (
          <StartRunForm
            version={version}
            onClose={onClose}
            {...(initialParameters && { initialParameters })}
            {...(selectedSteps &&
              selectedSteps.length > 0 && {
                selective: {
                  selectedSteps,
                  ...(sourceExecutionArn && { sourceExecutionArn }),
                },
              })}
          />
        )}
      </LoadPipeline>
    </Dialog>
  );
}

function LoadPipeline({
  pipelineName,
  onClose,
  children,
}: {
  pipelineName: string;
  onClose: () => void;
  children: (version: PipelineVersion) => React.ReactNode;
}) {
  const pipeline = useQuery(pipelineQueries.detail(pipelineName));
  if (pipeline.data) return children(pipeline.data);
  return (
    <>
      {pipeline.isError ? (
        <p className="callout callout--error" role="alert">
          Could not load {pipelineName}: {pipeline.error.message}
        </p>
      ) : (
        <p className="start-run__note" role="status">
          Loading the pipeline’s parameters…
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </>
  );
}
