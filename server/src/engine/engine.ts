import {
  type ExecutionEvent,
  type ExecutionState,
  type PipelineDocument,
  type PipelineGraph,
  type StepMetadata,
  ConflictError,
  UserError,
  createPipelineGraph,
  evaluateExpression,
  extensionKey,
  hasErrors,
  isExecutionFinished,
  isStepActive,
  nextAttempt,
  parsePipelineValue,
  planExecution,
  reduceExecution,
  resolveParameterValues,
} from '@pipewright/shared';
import type { EventBus } from '../events/event-bus';
import { builtinStepTypes, runConditionStep, runFailStep, unsupportedStep } from './builtin-steps';
import type { EngineStore, StepOutcome, StepRuntime } from './engine-ports';
import { evaluationContextFor } from './evaluation-context';
import { LogBatcher } from './log-batcher';

export interface EngineOptions {
  store: EngineStore;
  runtime: StepRuntime;
  bus: EventBus;
  /** Steps running at once across all executions. */
  globalConcurrency: number;
  /** MaxParallelExecutionSteps when an execution does not set one. */
  defaultMaxParallel?: number;
}

export interface StartInput {
  pipelineName: string;
  version?: number;
  parameters?: Record<string, unknown> | { Name: string; Value: string }[];
  displayName?: string;
  description?: string;
  maxParallel?: number;
  idempotencyKey?: string;
}

interface LiveExecution {
  executionId: string;
  pipelineName: string;
  document: PipelineDocument;
  graph: PipelineGraph;
  maxParallel: number;
  state: ExecutionState;
  running: Map<string, AbortController>;
}

/**
 * The scheduler: keeps every Executing execution moving. It asks the pure `planExecution` what
 * to start after every change, runs steps, and records each change as events in the store (then
 * publishes them). Restart-safe: `recover()` picks up what was running when the server died.
 */
export class Engine {
  private readonly live = new Map<string, LiveExecution>();
  private globalRunning = 0;
  /** Set by `shutdown()`: nothing more is recorded, so a restart runs interrupted steps again. */
  private closing = false;
  private readonly settled = new Set<Promise<unknown>>();

  constructor(private readonly options: EngineOptions) {}

  /** Starts an execution of a stored pipeline; the same idempotency key twice gives one execution. */
  async start(input: StartInput): Promise<string> {
    const { store } = this.options;
    const { version, document } = store.pipelineDocument(input.pipelineName, input.version);
    const { diagnostics } = parsePipelineValue(document);
    if (hasErrors(diagnostics)) {
      throw new UserError(
        `Pipeline "${input.pipelineName}" version ${version} has errors and cannot run.`,
        {
          status: 400,
          details: diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
          hint: 'Fix the problems listed; `pipewright validate` shows them too.',
        },
      );
    }
    const parameters = resolveParameterValues(document.Parameters ?? [], input.parameters);
    if (!parameters.ok) {
      throw new UserError('The parameter values are not valid for this pipeline.', {
        status: 400,
        details: parameters.errors,
        hint: parameters.errors[0]?.hint,
      });
    }
    const { executionId, created } = store.createExecution({
      pipelineName: input.pipelineName,
      version,
      ...(input.displayName !== undefined && { displayName: input.displayName }),
      ...(input.description !== undefined && { description: input.description }),
      maxParallel: input.maxParallel ?? this.options.defaultMaxParallel ?? 50,
      ...(input.idempotencyKey !== undefined && { idempotencyKey: input.idempotencyKey }),
    });
    if (!created) return executionId;
    await this.options.runtime.materializeFiles(embeddedFiles(document));
    const graph = createPipelineGraph(document);
    this.append(executionId, [
      {
        type: 'execution-started',
        at: now(),
        parameters: parameters.values,
        stepNames: graph.nodes.map((node) => node.name),
      },
    ]);
    this.track(executionId);
    this.tickAll();
    return executionId;
  }

  /** Stops an execution: running steps get SIGTERM, then SIGKILL after the grace period. */
  stop(executionId: string): void {
    const record = this.options.store.execution(executionId);
    if (!record.state || isExecutionFinished(record.state.status)) {
      throw new ConflictError(
        `Execution ${executionId} has already ended (${record.state?.status}).`,
      );
    }
    if (record.state.status === 'Stopping') return;
    const live = this.live.get(executionId) ?? this.track(executionId);
    const events: ExecutionEvent[] = [{ type: 'execution-stopping', at: now() }];
    for (const step of Object.values(live.state.steps)) {
      if (step.status === 'Starting' || step.status === 'Executing') {
        events.push({ type: 'step-stopping', at: now(), stepName: step.stepName });
      }
    }
    this.append(executionId, events);
    for (const controller of live.running.values()) controller.abort();
    this.tick(live);
  }

  /** Runs the failed and stopped steps, and what depends on them, again. */
  async retry(executionId: string, input: { maxParallel?: number } = {}): Promise<string> {
    const record = this.options.store.execution(executionId);
    const status = record.state?.status;
    if (status !== 'Failed' && status !== 'Stopped') {
      throw new ConflictError(
        `Only a Failed or Stopped execution can be retried; ${executionId} is ${status}.`,
      );
    }
    const live = this.track(executionId);
    if (input.maxParallel !== undefined) live.maxParallel = input.maxParallel;
    const reset = new Set<string>();
    for (const step of Object.values(live.state.steps)) {
      if (step.status === 'Failed' || step.status === 'Stopped') {
        reset.add(step.stepName);
        for (const name of live.graph.downstream(step.stepName)) reset.add(name);
      }
    }
    const resetSteps = [...reset].filter((name) => live.state.steps[name]);
    this.append(executionId, [{ type: 'execution-retried', at: now(), resetSteps }]);
    this.tickAll();
    return executionId;
  }

  /**
   * After a restart: every Executing execution goes on. Steps that were running start again as a
   * new attempt (their processes died with the server); Stopping executions end as Stopped.
   */
  recover(): void {
    for (const executionId of this.options.store.activeExecutionIds()) {
      const live = this.track(executionId);
      const interrupted = Object.values(live.state.steps).filter((step) =>
        isStepActive(step.status),
      );
      const stopping = live.state.status === 'Stopping';
      this.append(
        executionId,
        interrupted.map((step): ExecutionEvent =>
          stopping
            ? {
                type: 'step-stopped',
                at: now(),
                stepName: step.stepName,
                attempt: step.attemptCount,
              }
            : {
                type: 'step-interrupted',
                at: now(),
                stepName: step.stepName,
                attempt: step.attemptCount,
                reason:
                  'The server stopped while this attempt ran; it runs again as a new attempt.',
              },
        ),
      );
      if (!stopping) for (const step of interrupted) this.launch(live, step.stepName);
    }
    this.tickAll();
  }

  /** Resolves once every step promise started so far has settled (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.settled.size > 0) await Promise.allSettled([...this.settled]);
  }

  /** Stops every running step without recording anything: the server is going away. */
  async shutdown(): Promise<void> {
    this.closing = true;
    for (const live of this.live.values())
      for (const controller of live.running.values()) controller.abort();
    await this.idle();
  }

  private track(executionId: string): LiveExecution {
    const existing = this.live.get(executionId);
    if (existing) return existing;
    const record = this.options.store.execution(executionId);
    const { document } = this.options.store.pipelineDocument(record.pipelineName, record.version);
    if (!record.state) throw new Error(`execution ${executionId} has no state`);
    const live: LiveExecution = {
      executionId,
      pipelineName: record.pipelineName,
      document,
      graph: createPipelineGraph(document),
      maxParallel: record.maxParallel,
      state: record.state,
      running: new Map(),
    };
    this.live.set(executionId, live);
    return live;
  }

  private append(
    executionId: string,
    events: ExecutionEvent[],
    properties?: Parameters<EngineStore['appendEvents']>[2],
  ) {
    if (events.length === 0 || this.closing) return;
    const published = this.options.store.appendEvents(executionId, events, properties);
    const live = this.live.get(executionId);
    // Fold the committed events with the same reducer the store used, instead of reading back.
    if (live) {
      live.state = published.reduce(
        (state, { event, seq }) => reduceExecution(state, event, seq),
        live.state,
      );
    }
    this.options.bus.publish(published);
  }

  private tickAll(): void {
    for (const live of [...this.live.values()]) this.tick(live);
  }

  private tick(live: LiveExecution): void {
    if (this.closing) return;
    if (isExecutionFinished(live.state.status)) {
      this.live.delete(live.executionId);
      return;
    }
    const runningHere = Object.values(live.state.steps).filter((step) =>
      isStepActive(step.status),
    ).length;
    const capacity = Math.min(
      live.maxParallel - runningHere,
      this.options.globalConcurrency - this.globalRunning,
    );
    const plan = planExecution(live.graph, live.state, capacity);
    if (plan.finish) {
      this.append(live.executionId, [
        {
          type: 'execution-finished',
          at: now(),
          status: plan.finish.status,
          ...(plan.finish.failureReason !== undefined && {
            failureReason: plan.finish.failureReason,
          }),
        },
      ]);
      this.live.delete(live.executionId);
      return;
    }
    for (const stepName of plan.start) this.launch(live, stepName);
  }

  private launch(live: LiveExecution, stepName: string): void {
    const attempt = nextAttempt(live.state, stepName);
    this.append(live.executionId, [{ type: 'step-starting', at: now(), stepName, attempt }]);
    const controller = new AbortController();
    live.running.set(stepName, controller);
    this.globalRunning++;
    const promise = this.runStep(live, stepName, attempt, controller.signal)
      .catch((error: unknown): StepOutcome => ({
        status: 'Failed',
        reason: `Pipewright could not run the step: ${error instanceof Error ? error.message : String(error)}`,
      }))
      .then((outcome) => this.finishStep(live, stepName, attempt, outcome));
    this.settled.add(promise);
    void promise.finally(() => this.settled.delete(promise));
  }

  private async runStep(
    live: LiveExecution,
    stepName: string,
    attempt: number,
    signal: AbortSignal,
  ): Promise<StepOutcome> {
    const node = live.graph.byName.get(stepName);
    if (!node) return { status: 'Failed', reason: `Step "${stepName}" is not in the pipeline.` };
    const context = evaluationContextFor({
      executionId: live.executionId,
      pipelineName: live.pipelineName,
      stepName,
      stepType: node.type,
      state: live.state,
      document: live.document,
      store: this.options.store,
      readJsonSync: (uri) => this.options.runtime.readJsonSync(uri),
    });
    const executing = (metadata?: StepMetadata) =>
      this.append(live.executionId, [
        { type: 'step-executing', at: now(), stepName, attempt, ...(metadata && { metadata }) },
      ]);
    if (builtinStepTypes.has(node.type)) {
      executing();
      return node.type === 'Condition'
        ? runConditionStep(node.step, node.pointer, context)
        : runFailStep(node.step, node.pointer, context);
    }
    if (!this.options.runtime.canRun(node.type)) return unsupportedStep(node.type);
    const resolved = evaluateExpression(
      node.step.Arguments ?? {},
      context,
      `${node.pointer}/Arguments`,
    );
    if (!resolved.ok)
      return {
        status: 'Failed',
        reason: `An expression could not be resolved: ${resolved.error.message}`,
      };
    const logs = new LogBatcher((chunks) =>
      this.append(
        live.executionId,
        chunks.map((chunk) => ({ type: 'log', at: now(), stepName, attempt, ...chunk })),
      ),
    );
    try {
      return await this.options.runtime.run({
        executionId: live.executionId,
        pipelineName: live.pipelineName,
        stepName,
        stepType: node.type,
        attempt,
        step: node.step,
        arguments: resolved.value,
        onExecuting: executing,
        onLog: (stream, text) => logs.add(stream, text),
        signal,
      });
    } finally {
      logs.flush();
    }
  }

  private finishStep(
    live: LiveExecution,
    stepName: string,
    attempt: number,
    outcome: StepOutcome,
  ): void {
    live.running.delete(stepName);
    this.globalRunning--;
    const at = now();
    if (outcome.status === 'Succeeded') {
      this.append(
        live.executionId,
        [
          {
            type: 'step-succeeded',
            at,
            stepName,
            attempt,
            ...(outcome.metadata && { metadata: outcome.metadata }),
          },
        ],
        outcome.properties === undefined
          ? undefined
          : [{ stepName, attempt, properties: outcome.properties }],
      );
    } else if (outcome.status === 'Failed') {
      this.append(live.executionId, [
        {
          type: 'step-failed',
          at,
          stepName,
          attempt,
          reason: outcome.reason,
          ...(outcome.metadata && { metadata: outcome.metadata }),
        },
      ]);
    } else {
      this.append(live.executionId, [{ type: 'step-stopped', at, stepName, attempt }]);
    }
    this.tickAll();
  }
}

function embeddedFiles(document: PipelineDocument): Record<string, { content: string }> {
  return (document[extensionKey]?.files ?? {}) as Record<string, { content: string }>;
}

function now(): string {
  return new Date().toISOString();
}
