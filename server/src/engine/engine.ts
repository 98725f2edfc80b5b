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
  parseExpireAfter,
  checkSelection,
  parsePipelineValue,
  executionArn,
  type RetryPolicy,
  type StepNode,
  planExecution,
  reduceExecution,
  resolveParameterValues,
} from '@pipewright/shared';
import type { EventBus } from '../events/event-bus';
import { builtinStepTypes, runConditionStep, runFailStep, unsupportedStep } from './builtin-steps';
import type { EngineStore, StepOutcome, StepRuntime } from './engine-ports';
import { cacheKeyOf, isCacheable } from './cache-key';
import { evaluationContextFor } from './evaluation-context';
import { LogBatcher } from './log-batcher';
import { classifyFailure, retryDelayMs } from './retry-policy';

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
  /** SageMaker's SelectiveExecutionConfig: run only these steps, reusing the source's results upstream. */
  selectiveExecution?: { sourceExecutionId?: string; selectedSteps: string[] };
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
  /**
   * Writes a saved version's embedded files (scripts, data) to their `s3://` locations, as the
   * SageMaker SDK uploads code when it creates or updates a pipeline. So a script fixed and saved
   * is what the next attempt reads, a retry of an earlier execution included.
   */
  async publishFiles(document: PipelineDocument): Promise<void> {
    await this.options.runtime.materializeFiles(embeddedFiles(document));
  }

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
    const graph = createPipelineGraph(document);
    const selection =
      input.selectiveExecution &&
      this.checkSelection(input.pipelineName, graph, input.selectiveExecution);
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
    this.append(executionId, [
      {
        type: 'execution-started',
        at: now(),
        parameters: parameters.values,
        stepNames: graph.nodes.map((node) => node.name),
        ...stepBranchesOf(graph),
        ...(selection && {
          selectedSteps: selection.selectedSteps,
          sourcePipelineExecutionArn: executionArn(input.pipelineName, selection.sourceExecutionId),
        }),
      },
    ]);
    if (selection) this.reuseFromSource(executionId, input.pipelineName, selection);
    this.track(executionId);
    this.tickAll();
    return executionId;
  }

  /** Finds the source execution and checks the selection against SageMaker's rules. */
  private checkSelection(
    pipelineName: string,
    graph: PipelineGraph,
    config: NonNullable<StartInput['selectiveExecution']>,
  ): { selectedSteps: string[]; sourceExecutionId: string; reused: string[] } {
    const { store } = this.options;
    const sourceExecutionId =
      config.sourceExecutionId ?? store.latestFinishedExecutionId(pipelineName);
    if (sourceExecutionId === undefined) {
      throw new UserError(
        `Pipeline "${pipelineName}" has no finished execution to reuse results from.`,
        {
          status: 400,
          path: '/body/selectiveExecutionConfig',
          hint: 'Run the whole pipeline once, or name a source execution.',
        },
      );
    }
    const source = store.execution(sourceExecutionId);
    const reusable = ['Succeeded', 'Failed', 'Stopped'];
    if (
      source.pipelineName !== pipelineName ||
      !source.state ||
      !reusable.includes(source.state.status)
    ) {
      throw new UserError(
        `Execution ${sourceExecutionId} cannot be the source: it must be a Succeeded, Failed or Stopped execution of "${pipelineName}".`,
        { status: 400, path: '/body/selectiveExecutionConfig/SourcePipelineExecutionArn' },
      );
    }
    const checked = checkSelection(graph, config.selectedSteps, source.state);
    if (!checked.ok) {
      throw new UserError('The selected steps cannot run on their own.', {
        status: 400,
        path: '/body/selectiveExecutionConfig/SelectedSteps',
        details: checked.problems,
        hint: checked.problems[0]?.message,
      });
    }
    return {
      selectedSteps: [...new Set(config.selectedSteps)],
      sourceExecutionId,
      reused: checked.reused,
    };
  }

  /** Unselected steps upstream of the selection take their results from the source execution. */
  private reuseFromSource(
    executionId: string,
    pipelineName: string,
    selection: { sourceExecutionId: string; reused: string[] },
  ): void {
    const { store } = this.options;
    const source = store.execution(selection.sourceExecutionId).state;
    const reused = {
      sourcePipelineExecutionArn: executionArn(pipelineName, selection.sourceExecutionId),
    };
    for (const stepName of selection.reused) {
      const metadata = source?.steps[stepName]?.metadata;
      const properties = store.stepProperties(selection.sourceExecutionId, stepName);
      this.append(
        executionId,
        [
          { type: 'step-starting', at: now(), stepName, attempt: 1 },
          {
            type: 'step-succeeded',
            at: now(),
            stepName,
            attempt: 1,
            reused,
            ...(metadata && { metadata }),
          },
        ],
        properties === undefined ? undefined : [{ stepName, attempt: 1, properties }],
      );
    }
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

  /** Steps allowed to run at once across all executions. */
  get globalConcurrency(): number {
    return this.options.globalConcurrency;
  }

  /**
   * Changes how many steps run at once across all executions. Raising it starts waiting steps
   * now; lowering it stops nothing: running steps finish and fewer start after them.
   */
  setGlobalConcurrency(limit: number): void {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new Error(`global concurrency must be a positive whole number, got ${limit}`);
    }
    this.options.globalConcurrency = limit;
    this.tickAll();
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
      .catch((error: unknown) => ({
        // The attempt that was running when the error escaped: the latest one started.
        attempt: live.state.steps[stepName]?.attemptCount ?? attempt,
        outcome: {
          status: 'Failed',
          reason: `Pipewright could not run the step: ${error instanceof Error ? error.message : String(error)}`,
        } satisfies StepOutcome as StepOutcome,
      }))
      .then((result) => this.finishStep(live, stepName, result.attempt, result.outcome));
    this.settled.add(promise);
    void promise.finally(() => this.settled.delete(promise));
  }

  private async runStep(
    live: LiveExecution,
    stepName: string,
    attempt: number,
    signal: AbortSignal,
  ): Promise<{ outcome: StepOutcome; attempt: number }> {
    const done = (outcome: StepOutcome) => ({ outcome, attempt });
    const node = live.graph.byName.get(stepName);
    if (!node)
      return done({ status: 'Failed', reason: `Step "${stepName}" is not in the pipeline.` });
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
    if (builtinStepTypes.has(node.type)) {
      this.appendExecuting(live, stepName, attempt);
      return done(
        node.type === 'Condition'
          ? runConditionStep(node.step, node.pointer, context)
          : runFailStep(node.step, node.pointer, context),
      );
    }
    if (!this.options.runtime.canRun(node.type)) return done(unsupportedStep(node.type));
    const resolved = evaluateExpression(
      node.step.Arguments ?? {},
      context,
      `${node.pointer}/Arguments`,
    );
    if (!resolved.ok) {
      return done({
        status: 'Failed',
        reason: `An expression could not be resolved: ${resolved.error.message}`,
      });
    }
    const cache = this.cacheFor(live, node.type, node.step, resolved.value);
    if (cache?.hit) return done(cache.hit);
    const result = await this.runWithRetries(live, node, attempt, resolved.value, signal);
    if (cache && result.outcome.status === 'Succeeded') {
      return { ...result, outcome: { ...result.outcome, cacheKey: cache.key } };
    }
    return result;
  }

  /** The step's cache key and, when an earlier run matches, its reused result. */
  private cacheFor(
    live: LiveExecution,
    stepType: string,
    step: Record<string, unknown>,
    resolvedArguments: unknown,
  ): { key: string; hit?: StepOutcome } | undefined {
    const config = step.CacheConfig as { Enabled?: boolean; ExpireAfter?: string } | undefined;
    if (!config?.Enabled || !isCacheable(stepType)) return undefined;
    const key = cacheKeyOf(stepType, resolvedArguments, embeddedFiles(live.document));
    const expireMs = config.ExpireAfter ? parseExpireAfter(config.ExpireAfter) : null;
    const notBefore = expireMs === null ? '' : new Date(Date.now() - expireMs).toISOString();
    const stepName = step.Name as string;
    const run = this.options.store.findCachedRun({
      pipelineName: live.pipelineName,
      stepName,
      cacheKey: key,
      notBefore,
    });
    if (!run) return { key };
    return {
      key,
      hit: {
        status: 'Succeeded',
        properties: run.properties,
        ...(run.metadata && { metadata: run.metadata }),
        cacheKey: key,
        cacheHit: { sourcePipelineExecutionArn: executionArn(live.pipelineName, run.executionId) },
      },
    };
  }

  /**
   * Runs attempts until one succeeds, is stopped, or fails in a way the step's RetryPolicies do
   * not retry. Each attempt has its own number, log and folder; the wait between attempts ends
   * early when the step is stopped.
   */
  private async runWithRetries(
    live: LiveExecution,
    node: StepNode,
    firstAttempt: number,
    resolvedArguments: unknown,
    signal: AbortSignal,
  ): Promise<{ outcome: StepOutcome; attempt: number }> {
    const startedAt = Date.now();
    const policies = node.step.RetryPolicies as RetryPolicy[] | undefined;
    let attempt = firstAttempt;
    for (let retries = 0; ; retries++) {
      const outcome = await this.runAttempt(live, node, attempt, resolvedArguments, signal);
      if (outcome.status !== 'Failed' || signal.aborted) return { outcome, attempt };
      const exceptionType = classifyFailure(outcome.reason, outcome.exceptionType);
      const delay = retryDelayMs(policies, exceptionType, retries, Date.now() - startedAt);
      if (delay === undefined) return { outcome, attempt };
      this.append(live.executionId, [
        {
          type: 'log',
          at: now(),
          stepName: node.name,
          attempt,
          stream: 'stderr',
          text: `[pipewright] attempt ${attempt} failed (${exceptionType}); retrying in ${delay / 1000} s\n`,
        },
      ]);
      if (!(await sleep(delay, signal))) return { outcome: { status: 'Stopped' }, attempt };
      attempt++;
      this.append(live.executionId, [
        { type: 'step-starting', at: now(), stepName: node.name, attempt },
      ]);
    }
  }

  private async runAttempt(
    live: LiveExecution,
    node: StepNode,
    attempt: number,
    resolvedArguments: unknown,
    signal: AbortSignal,
  ): Promise<StepOutcome> {
    const stepName = node.name;
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
        arguments: resolvedArguments,
        onExecuting: (metadata) => this.appendExecuting(live, stepName, attempt, metadata),
        onLog: (stream, text) => logs.add(stream, text),
        signal,
      });
    } finally {
      logs.flush();
    }
  }

  private appendExecuting(
    live: LiveExecution,
    stepName: string,
    attempt: number,
    metadata?: StepMetadata,
  ): void {
    this.append(live.executionId, [
      { type: 'step-executing', at: now(), stepName, attempt, ...(metadata && { metadata }) },
    ]);
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
            ...(outcome.cacheKey !== undefined && { cacheKey: outcome.cacheKey }),
            ...(outcome.cacheHit && { cacheHit: outcome.cacheHit }),
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

/** Waits `ms`; resolves false at once when the signal aborts (the step was stopped). */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function now(): string {
  return new Date().toISOString();
}

/** Which Condition branch each nested step sits in, so step counts can leave untaken ones out. */
function stepBranchesOf(graph: PipelineGraph) {
  const nested = graph.nodes.flatMap((node) =>
    node.parent && node.name !== '' ? [[node.name, { ...node.parent }] as const] : [],
  );
  return nested.length > 0 ? { stepBranches: Object.fromEntries(nested) } : {};
}
