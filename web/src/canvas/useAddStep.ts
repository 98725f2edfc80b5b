import type { KnownStepType } from '@pipewright/shared';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { addStepOfType } from './canvas-edits';
import { type CanvasNode, STEP_NODE_SIZE } from './canvas-model';
import { freeSpot } from './fallback-layout';

/** The centre of the canvas on screen, where keyboard-added things go. */
export function useCanvasCenter() {
  const flow = useStoreApi();
  return useCallback(() => {
    const box = flow.getState().domNode?.getBoundingClientRect();
    return box
      ? { x: box.left + box.width / 2, y: box.top + box.height / 2 }
      : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
  }, [flow]);
}

/**
 * Adds a step of a type with its defaults and a unique name, and selects it (so the inspector
 * opens it). Given a screen point (a drop, the quick-add menu) it is centred there; otherwise
 * (palette click or Enter) it goes to the middle of the view, below anything already there.
 */
export function useAddStep() {
  const store = useDocumentStoreApi();
  const { screenToFlowPosition, getNodes } = useReactFlow<CanvasNode>();
  const canvasCenter = useCanvasCenter();
  return useCallback(
    (type: KnownStepType, screenPoint?: { x: number; y: number }) => {
      const point = screenToFlowPosition(screenPoint ?? canvasCenter());
      const centred = {
        x: Math.round(point.x - STEP_NODE_SIZE.width / 2),
        y: Math.round(point.y - STEP_NODE_SIZE.height / 2),
      };
      const position = screenPoint
        ? centred
        : freeSpot(
            centred,
            getNodes().map((node) => node.position),
          );
      const { document, name } = addStepOfType(store.getState().document, type, position);
      store.getState().apply(() => document);
      store.getState().select({ steps: [name], notes: [] });
      return name;
    },
    [store, screenToFlowPosition, getNodes, canvasCenter],
  );
}
