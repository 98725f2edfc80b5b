// @vitest-environment jsdom
import { updateStep } from '@pipewright/shared';
import { ReactFlowProvider } from '@xyflow/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DocumentStoreProvider } from '../stores/DocumentStoreProvider';
import { createDocumentStore } from '../stores/document-store';
import { smallPipeline } from './test-documents';
import { useCanvasFlow } from './useCanvasFlow';

function setup() {
  const store = createDocumentStore(smallPipeline());
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DocumentStoreProvider store={store}>
      <ReactFlowProvider>{children}</ReactFlowProvider>
    </DocumentStoreProvider>
  );
  const hook = renderHook(() => useCanvasFlow(), { wrapper });
  return { store, hook };
}

describe('the canvas’s nodes and edges', () => {
  it('are not rebuilt by a keystroke in a field no node shows', () => {
    const { store, hook } = setup();
    const { nodes, edges } = hook.result.current;
    act(() =>
      store
        .getState()
        .apply((document) =>
          updateStep(document, 'Train', (step) => ({ ...step, Description: 'typing…' })),
        ),
    );
    expect(hook.result.current.nodes).toBe(nodes);
    expect(hook.result.current.edges).toBe(edges);
  });

  it('rebuild only the node whose shown content changed', () => {
    const { store, hook } = setup();
    const [prep, train] = hook.result.current.nodes;
    act(() =>
      store
        .getState()
        .apply((document) =>
          updateStep(document, 'Train', (step) => ({ ...step, DisplayName: 'Fit model' })),
        ),
    );
    const [nextPrep, nextTrain] = hook.result.current.nodes;
    expect(nextPrep).toBe(prep);
    expect(nextTrain).not.toBe(train);
    expect(nextTrain?.data).toMatchObject({ displayName: 'Fit model' });
  });

  it('show the store’s selection and send React Flow’s selection to the store', () => {
    const { store, hook } = setup();
    act(() => store.getState().select({ steps: ['Train'] }));
    expect(hook.result.current.nodes.map((node) => node.selected)).toEqual([false, true, false]);
    act(() =>
      hook.result.current.onNodesChange([
        { id: 'Train', type: 'select', selected: false },
        { id: 'Check', type: 'select', selected: true },
      ]),
    );
    expect(store.getState().selection.steps).toEqual(['Check']);
    expect(hook.result.current.nodes.map((node) => node.selected)).toEqual([false, false, true]);
  });

  it('write a drop as one undoable edit, not one per frame', () => {
    const { store, hook } = setup();
    act(() =>
      hook.result.current.onNodesChange([
        { id: 'Prep', type: 'position', position: { x: 10, y: 10 }, dragging: true },
      ]),
    );
    act(() =>
      hook.result.current.onNodesChange([
        { id: 'Prep', type: 'position', position: { x: 20.4, y: 30.6 }, dragging: true },
      ]),
    );
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(hook.result.current.nodes[0]?.position).toEqual({ x: 20.4, y: 30.6 });
    act(() =>
      hook.result.current.onNodesChange([
        { id: 'Prep', type: 'position', position: { x: 20.4, y: 30.6 }, dragging: false },
      ]),
    );
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(store.getState().document['x-pipewright']?.positions?.Prep).toEqual({ x: 20, y: 31 });
  });
});
