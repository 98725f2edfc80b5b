import { afterEach, describe, expect, it } from 'vitest';
import { toExecutionSteps } from '@pipewright/shared';
import type { Services } from '../services';
import { qualityGateExample, testServices } from './engine-test-helpers';

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

/** The quality-gate example with caching on for every Processing step. */
async function cachedExample(edit?: (files: Record<string, { content: string }>) => void) {
  const document = await qualityGateExample();
  const withCache = JSON.parse(JSON.stringify(document), (_key, value: unknown) =>
    value !== null &&
    typeof value === 'object' &&
    (value as { Type?: unknown }).Type === 'Processing'
      ? { ...(value as object), CacheConfig: { Enabled: true, ExpireAfter: 'P30D' } }
      : value,
  );
  edit?.(withCache['x-pipewright'].files);
  return withCache;
}

async function run(services: Services) {
  const id = await services.engine.start({ pipelineName: 'cached' });
  await services.engine.idle();
  return { id, state: services.store.executions.get(id).state! };
}

describe('step caching', () => {
  it('serves every cacheable step of an unchanged second run from the first run', async () => {
    services = await testServices();
    services.store.pipelines.create({ name: 'cached', document: await cachedExample() });
    const first = await run(services);
    const second = await run(services);
    expect(second.state.status).toBe('Succeeded');
    const hits = toExecutionSteps(second.state)
      .filter((step) => step.CacheHitResult)
      .map((step) => step.StepName)
      .sort();
    expect(hits).toEqual(['Evaluate', 'Prepare', 'Publish']);
    expect(second.state.steps.Prepare?.cacheHitResult?.SourcePipelineExecutionArn).toContain(
      first.id,
    );
    // The condition still evaluates, reading the reused evaluation report.
    expect(second.state.steps.CheckQuality?.metadata).toEqual({ Condition: { Outcome: 'True' } });
  });

  it('re-runs a step whose script changed, and what depends on it, reusing the rest', async () => {
    services = await testServices();
    services.store.pipelines.create({ name: 'cached', document: await cachedExample() });
    await run(services);
    services.store.pipelines.saveVersion({
      name: 'cached',
      document: await cachedExample((files) => {
        const uri = 's3://pipewright-examples/quality-gate/code/evaluate.py';
        files[uri] = { content: `${files[uri]!.content}\nprint("changed")\n` };
      }),
    });
    const second = await run(services);
    expect(second.state.steps.Prepare?.cacheHitResult).toBeDefined();
    expect(second.state.steps.Evaluate?.cacheHitResult).toBeUndefined();
    expect(second.state.steps.Publish?.cacheHitResult).toBeUndefined();
  });

  it('never reuses a failed run', async () => {
    services = await testServices();
    const document = await cachedExample((files) => {
      files['s3://pipewright-examples/quality-gate/code/evaluate.py'] = {
        content: 'raise SystemExit(3)\n',
      };
    });
    services.store.pipelines.create({ name: 'cached', document });
    expect((await run(services)).state.status).toBe('Failed');
    const second = await run(services);
    expect(second.state.steps.Prepare?.cacheHitResult).toBeDefined();
    expect(second.state.steps.Evaluate?.cacheHitResult).toBeUndefined();
    expect(second.state.steps.Evaluate?.status).toBe('Failed');
  });
});
