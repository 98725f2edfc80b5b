import { afterEach, describe, expect, it, vi } from 'vitest';
import { pipelineQueries } from '../api/pipelines.queries';
import { createQueryClient, prefetchForAddress } from './query-client';

const version = { PipelineName: 'churn model', Version: 3, Definition: { Steps: [] } };

/** Answers every request with `version`, noting what was asked. */
function serverAnswering() {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return new Response(JSON.stringify(version), { status: 200 });
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('prefetchForAddress', () => {
  it('has the designer’s pipeline in the cache before the first render', async () => {
    const asked = serverAnswering();
    const client = createQueryClient();
    await prefetchForAddress(client, '/pipelines/churn%20model');
    expect(asked).toEqual(['/api/pipelines/churn%20model']);
    expect(client.getQueryData(pipelineQueries.detail('churn model').queryKey)).toEqual(version);
  });

  it('asks for nothing on pages that are not a pipeline’s designer', async () => {
    const asked = serverAnswering();
    const client = createQueryClient();
    for (const path of ['/', '/new', '/pipelines/churn/executions', '/pipelines/%E0%A4%A']) {
      await prefetchForAddress(client, path);
    }
    expect(asked).toEqual([]);
  });

  it('lets the page render when the server is slow to answer', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
    let settled = false;
    void prefetchForAddress(createQueryClient(), '/pipelines/slow').then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
