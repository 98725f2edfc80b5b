// @vitest-environment jsdom
import { addStep, newStep } from '@pipewright/shared';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { designerUiStoreFor } from '../designer/designer-ui-store';
import { designerHarness, fakeServer, pipelineVersion } from '../designer/test-harness';
import { readDraft, writeDraft } from '../drafts/draft-storage';
import { tabId } from '../drafts/tab-id';
import { createDocumentStore, emptyDocument } from '../stores/document-store';
import { useSavePipeline } from './useSavePipeline';

const v2 = addStep(emptyDocument(), newStep('Fail', 'Stop'));
const mine = addStep(v2, newStep('Fail', 'Mine'));
const theirs = addStep(v2, newStep('Fail', 'Theirs'));

/** A designer that opened version 2 of "churn" and edited it. */
function editedStore() {
  const store = createDocumentStore();
  store.getState().load(v2, { pipelineName: 'churn', version: 2 });
  store.getState().apply(() => mine);
  writeDraft(localStorage, {
    pipelineName: 'churn',
    baseVersion: 2,
    document: mine,
    savedAt: new Date().toISOString(),
    tabId: tabId(),
  });
  return store;
}

describe('saving as a new version', () => {
  let latest: number;
  let server: ReturnType<typeof fakeServer>;
  beforeEach(() => {
    localStorage.clear();
    server = fakeServer(({ method, body }) => {
      if (method === 'GET') {
        return { status: 200, body: pipelineVersion('churn', latest, latest === 2 ? v2 : theirs) };
      }
      latest += 1;
      const definition = (body as { definition: typeof mine }).definition;
      return { status: 200, body: pipelineVersion('churn', latest, definition) };
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('saves on top of the version it started from, and clears the draft', async () => {
    latest = 2;
    const harness = designerHarness(editedStore());
    const onDone = vi.fn();
    const { result } = renderHook(() => useSavePipeline(onDone), harness);
    await act(() => result.current.save('adds Mine'));

    expect(server.requests.filter((r) => r.method === 'PUT')).toEqual([
      { method: 'PUT', path: '/pipelines/churn', body: { definition: mine, message: 'adds Mine' } },
    ]);
    expect(harness.store.getState()).toMatchObject({ baseVersion: 3, dirty: false });
    expect(readDraft(localStorage, 'churn')).toBeNull();
    expect(onDone).toHaveBeenCalled();
  });

  it('stops at a conflict when another tab saved first, and saves only when asked', async () => {
    latest = 3;
    const harness = designerHarness(editedStore());
    const { result } = renderHook(() => useSavePipeline(() => {}), harness);
    await act(() => result.current.save('adds Mine'));

    expect(result.current.state).toMatchObject({
      kind: 'conflict',
      check: { latestVersion: 3, baseVersion: 2 },
    });
    expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);
    expect(harness.store.getState().dirty).toBe(true);

    await act(() => result.current.saveAnyway('adds Mine'));
    expect(harness.store.getState()).toMatchObject({ baseVersion: 4, dirty: false });
  });

  it('can open the latest instead, discarding the unsaved edits', async () => {
    latest = 3;
    const harness = designerHarness(editedStore());
    const { result } = renderHook(() => useSavePipeline(() => {}), harness);
    await act(() => result.current.save(''));
    await act(() => result.current.discardMine());

    expect(harness.store.getState()).toMatchObject({
      document: theirs,
      baseVersion: 3,
      dirty: false,
    });
    expect(readDraft(localStorage, 'churn')).toBeNull();
    expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('refuses to create a pipeline without a valid name', async () => {
    const harness = designerHarness();
    harness.store.getState().apply(() => mine);
    designerUiStoreFor(harness.store).getState().setProposedName('not valid');
    const { result } = renderHook(() => useSavePipeline(() => {}), harness);
    await act(() => result.current.save(''));
    await waitFor(() => expect(result.current.state.kind).toBe('failed'));
    expect(server.requests).toEqual([]);
  });
});
