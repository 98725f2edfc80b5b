// @vitest-environment jsdom
import { addStep, newStep } from '@pipewright/shared';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey, readDraft, writeDraft } from '../drafts/draft-storage';
import { tabId } from '../drafts/tab-id';
import { pendingImportState, readPendingImport } from '../files/pending-import';
import { useDocumentStore } from '../stores/DocumentStoreProvider';
import { emptyDocument } from '../stores/document-store';
import { useDesignerUi } from './designer-ui-store';
import { designerHarness, fakeServer, pipelineVersion } from './test-harness';
import { useOpenPipeline } from './useOpenPipeline';

const saved = addStep(emptyDocument(), newStep('Fail', 'Stop'));
const edited = addStep(saved, newStep('Fail', 'Stop2'));

function useDesigner(name: string | null) {
  return {
    status: useOpenPipeline(name),
    document: useDocumentStore((state) => state.document),
    dirty: useDocumentStore((state) => state.dirty),
    baseVersion: useDocumentStore((state) => state.baseVersion),
    notices: useDesignerUi((state) => state.notices),
  };
}

describe('opening a pipeline in the designer', () => {
  beforeEach(() => {
    localStorage.clear();
    fakeServer(({ path }) =>
      path === '/pipelines/churn'
        ? { status: 200, body: pipelineVersion('churn', 2, saved) }
        : { status: 404, body: { message: 'Pipeline "gone" not found.' } },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens the latest saved version, clean', async () => {
    const { result } = renderHook(() => useDesigner('churn'), designerHarness());
    await waitFor(() => expect(result.current.status).toEqual({ kind: 'ready' }));
    expect(result.current.document).toEqual(saved);
    expect(result.current.dirty).toBe(false);
    expect(result.current.baseVersion).toBe(2);
  });

  it('says plainly when the pipeline does not exist', async () => {
    const { result } = renderHook(() => useDesigner('gone'), designerHarness());
    await waitFor(() => expect(result.current.status.kind).toBe('error'));
    expect(result.current.status).toMatchObject({
      message: expect.stringContaining('no pipeline named “gone”'),
    });
  });

  it('restores unsaved changes from a draft and can discard them', async () => {
    writeDraft(localStorage, {
      pipelineName: 'churn',
      baseVersion: 2,
      document: edited,
      savedAt: '2026-01-01T12:00:00.000Z',
      tabId: 'another-tab',
    });
    const { result } = renderHook(() => useDesigner('churn'), designerHarness());
    await waitFor(() => expect(result.current.status).toEqual({ kind: 'ready' }));
    expect(result.current.document).toEqual(edited);
    expect(result.current.dirty).toBe(true);
    const [notice] = result.current.notices;
    expect(notice?.text).toMatch(/^Restored unsaved changes from /);

    act(() => notice?.actions?.find((a) => a.label === 'Discard draft')?.run());
    expect(result.current.document).toEqual(saved);
    expect(result.current.dirty).toBe(false);
    expect(result.current.notices).toEqual([]);
    expect(localStorage.getItem(draftKey('churn'))).toBeNull();
  });

  it('keeps a draft of edits as they are made, and none while nothing changed', async () => {
    const harness = designerHarness();
    const { result } = renderHook(() => useDesigner('churn'), harness);
    await waitFor(() => expect(result.current.status).toEqual({ kind: 'ready' }));
    // pagehide flushes a pending write at once, as a reload does.
    window.dispatchEvent(new Event('pagehide'));
    expect(readDraft(localStorage, 'churn')).toBeNull();

    act(() => harness.store.getState().apply(() => edited));
    window.dispatchEvent(new Event('pagehide'));
    expect(readDraft(localStorage, 'churn')).toMatchObject({ baseVersion: 2, document: edited });
  });

  it('opens a new pipeline empty, or with its draft and proposed name', async () => {
    const first = renderHook(() => useDesigner(null), designerHarness());
    await waitFor(() => expect(first.result.current.status).toEqual({ kind: 'ready' }));
    expect(first.result.current.document.Steps).toEqual([]);
    expect(first.result.current.notices).toEqual([]);
    first.unmount();

    writeDraft(localStorage, {
      pipelineName: null,
      proposedName: 'churn-v2',
      baseVersion: null,
      document: edited,
      savedAt: '2026-01-01T12:00:00.000Z',
      tabId: 'another-tab',
    });
    const { result } = renderHook(
      () => ({ ...useDesigner(null), name: useDesignerUi((state) => state.proposedName) }),
      designerHarness(),
    );
    await waitFor(() => expect(result.current.status).toEqual({ kind: 'ready' }));
    expect(result.current.document).toEqual(edited);
    expect(result.current.name).toBe('churn-v2');
    expect(result.current.notices[0]?.text).toMatch(/^Restored unsaved changes from /);
    // This tab owns the restored draft now, so its first save clears it.
    expect(readDraft(localStorage, null)?.tabId).toBe(tabId());
  });

  it('opens a definition imported on the pipelines page as a new, unsaved pipeline', async () => {
    window.history.replaceState(
      pendingImportState({ document: edited, name: 'abalone', fileName: 'abalone.json' }),
      '',
    );
    const { result } = renderHook(
      () => ({ ...useDesigner(null), name: useDesignerUi((state) => state.proposedName) }),
      designerHarness(),
    );
    await waitFor(() => expect(result.current.status).toEqual({ kind: 'ready' }));
    expect(result.current.document).toEqual(edited);
    expect(result.current.dirty).toBe(true);
    expect(result.current.name).toBe('abalone');
    expect(result.current.notices[0]?.text).toMatch(/^Opened abalone.json as a new pipeline/);
    // Kept as a draft at once, and not imported a second time by a reload.
    expect(readDraft(localStorage, null)?.document).toEqual(edited);
    expect(readPendingImport()).toBeNull();
  });
});
