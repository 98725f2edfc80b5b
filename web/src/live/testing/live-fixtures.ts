import type { ExecutionEvent, ExecutionSummary } from '@pipewright/shared';
import type { LiveEvent } from '../execution-feed';

export const executionId = 'k3v9x2m1q8zt';
const at = '2026-01-01T00:00:00.000Z';

/** Events 1…n of a run of step Train: started, Train starting and executing, then log lines. */
export function runEvents(count: number, from = 1): LiveEvent[] {
  const all: ExecutionEvent[] = [
    { type: 'execution-started', at, parameters: {}, stepNames: ['Train'] },
    { type: 'step-starting', at, stepName: 'Train', attempt: 1 },
    { type: 'step-executing', at, stepName: 'Train', attempt: 1 },
  ];
  const events: LiveEvent[] = [];
  for (let seq = from; seq < from + count; seq += 1) {
    const event: ExecutionEvent = all[seq - 1] ?? {
      type: 'log',
      at,
      stepName: 'Train',
      attempt: 1,
      stream: 'stdout',
      text: `line ${seq}\n`,
    };
    events.push({ seq, event });
  }
  return events;
}

export function summaryOf(id: string, status: 'Executing' | 'Succeeded'): ExecutionSummary {
  return {
    PipelineExecutionArn: `arn:aws:sagemaker:local:000000000000:pipeline/p/execution/${id}`,
    PipelineExecutionId: id,
    PipelineArn: 'arn:aws:sagemaker:local:000000000000:pipeline/p',
    PipelineName: 'p',
    PipelineVersion: 1,
    PipelineExecutionDisplayName: 'run',
    PipelineExecutionStatus: status,
    CreationTime: at,
    StartTime: at,
    LastModifiedTime: at,
    Parameters: [],
    StepCounts: {
      Total: 1,
      NotStarted: 0,
      Starting: 0,
      Executing: status === 'Executing' ? 1 : 0,
      Stopping: 0,
      Stopped: 0,
      Failed: 0,
      Succeeded: status === 'Succeeded' ? 1 : 0,
    },
  };
}
