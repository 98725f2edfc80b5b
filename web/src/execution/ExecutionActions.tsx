import type { ExecutionSummary } from '@pipewright/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { executionQueries, retryExecution, stopExecution } from '../api/executions.queries';
import { StartRunDialog } from '../start-run/StartRunDialog';
import { ConfirmDialog } from './ConfirmDialog';

type Open = 'stop' | 'retry' | 'again' | null;

/** The run's parameters as the start dialog takes them. */
function parametersOf(summary: ExecutionSummary): Record<string, string> {
  return Object.fromEntries(summary.Parameters.map((p) => [p.Name, p.Value]));
}

/** Stop (while running), Retry (after a failure or stop) and Run again, each asked first. */
export function ExecutionActions({ summary }: { summary: ExecutionSummary }) {
  const [open, setOpen] = useState<Open>(null);
  const queryClient = useQueryClient();
  const status = summary.PipelineExecutionStatus;
  const id = summary.PipelineExecutionId;
  const close = () => setOpen(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: executionQueries.all() });

  return (
    <div className="pw-run-actions">
      {status === 'Executing' && (
        <button type="button" className="button button--danger" onClick={() => setOpen('stop')}>
          Stop
        </button>
      )}
      {(status === 'Failed' || status === 'Stopped') && (
        <button type="button" className="button" onClick={() => setOpen('retry')}>
          Retry
        </button>
      )}
      <button type="button" className="button" onClick={() => setOpen('again')}>
        Run again
      </button>
      {open === 'stop' && (
        <ConfirmDialog
          title="Stop this execution?"
          message="Running steps are stopped; steps not started yet will not run. You can retry it later."
          confirmLabel="Stop execution"
          danger
          onConfirm={async () => {
            await stopExecution(id);
            await refresh();
          }}
          onClose={close}
        />
      )}
      {open === 'retry' && (
        <ConfirmDialog
          title="Retry this execution?"
          message="The failed and stopped steps run again, with everything after them; steps that succeeded keep their results."
          confirmLabel="Retry execution"
          onConfirm={async () => {
            await retryExecution(id);
            await refresh();
          }}
          onClose={close}
        />
      )}
      <StartRunDialog
        pipelineName={summary.PipelineName}
        open={open === 'again'}
        onClose={close}
        initialParameters={parametersOf(summary)}
        title="Run again"
      />
    </div>
  );
}
