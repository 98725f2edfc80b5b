import { useStoreApi } from '@xyflow/react';
import { type KeyboardEvent, useCallback, useState } from 'react';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import type { CanvasNode } from './canvas-model';
import { type NodeBox, arrowDirections, nearestInDirection } from './step-focus';

/** The output a keyboard connection leaves from: a Condition's branch, or the only one. */
export type ConnectHandle = 'out' | 'true' | 'false';

export type ConnectMode =
  | { phase: 'idle' }
  /** A Condition source: which branch first. */
  | { phase: 'branch'; source: string; name: string }
  /** Waiting for the step to connect to. */
  | { phase: 'target'; source: string; name: string; handle: ConnectHandle };

const idle: ConnectMode = { phase: 'idle' };

/** The step node that has the keyboard focus, if any. */
function focusedStepId(): string | undefined {
  const active = document.activeElement;
  const node = active instanceof HTMLElement ? active.closest('.react-flow__node-step') : null;
  return node instanceof HTMLElement ? node.dataset.id : undefined;
}

/**
 * Connecting steps without a mouse. "C" on a focused (or the one selected) step starts connect
 * mode; a Condition first asks which branch. Tab or the arrow keys move focus between steps,
 * Enter connects the focused step to the source (as a drag between handles would: `connect`,
 * which reports a refusal such as a cycle itself), Escape cancels. Outside connect mode the
 * arrow keys also move focus from a step that is not selected (a selected one they move, as
 * React Flow does), and Escape on a step calls `onEscape` (close menus, or clear the selection).
 * `announcement` is for a role=status region.
 */
export function useKeyboardConnect(
  connect: (source: string, target: string, handle: ConnectHandle) => boolean,
  onEscape: () => void,
) {
  const flow = useStoreApi<CanvasNode>();
  const store = useDocumentStoreApi();
  const [mode, setMode] = useState<ConnectMode>(idle);
  const [announcement, setAnnouncement] = useState('');

  const stepNode = useCallback(
    (nodeId: string) => {
      const node = flow.getState().nodeLookup.get(nodeId);
      return node?.type === 'step' ? node : undefined;
    },
    [flow],
  );
  const nameOf = useCallback(
    (nodeId: string) => (stepNode(nodeId)?.data as { name?: string } | undefined)?.name ?? nodeId,
    [stepNode],
  );

  const start = useCallback(() => {
    let source = focusedStepId();
    if (!source) {
      const selected = store.getState().selection.steps;
      const only = selected.length === 1 ? selected[0] : undefined;
      source = [...flow.getState().nodeLookup.values()].find(
        (node) => node.type === 'step' && (node.data as { name?: string }).name === only,
      )?.id;
    }
    const node = source === undefined ? undefined : stepNode(source);
    if (!source || !node) {
      setAnnouncement('To connect, first move the focus to a step (or select one), then press C.');
      return;
    }
    const name = nameOf(source);
    const stepType = (node.data as { stepType?: string }).stepType;
    if (stepType === 'Condition') {
      setMode({ phase: 'branch', source, name });
      setAnnouncement(`Connect the true or the false branch of ${name}?`);
      return;
    }
    setMode({ phase: 'target', source, name, handle: 'out' });
    setAnnouncement(
      `Connecting from ${name}: move to a step with Tab or the arrow keys and press Enter. Escape cancels.`,
    );
  }, [flow, nameOf, stepNode, store]);

  const focusStep = useCallback(
    (nodeId: string) => {
      const element = flow
        .getState()
        .domNode?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
      element?.focus();
    },
    [flow],
  );

  const chooseBranch = useCallback(
    (handle: 'true' | 'false') => {
      if (mode.phase !== 'branch') return;
      setMode({ ...mode, phase: 'target', handle });
      setAnnouncement(
        `Connecting the ${handle} branch of ${mode.name}: move to a step with Tab or the arrow keys and press Enter. Escape cancels.`,
      );
      // Back on the Condition, so the next Tab or arrow starts from it.
      focusStep(mode.source);
    },
    [focusStep, mode],
  );

  const cancel = useCallback(() => {
    if (mode.phase === 'idle') return false;
    setMode(idle);
    setAnnouncement('Connecting cancelled.');
    if (mode.phase === 'branch') focusStep(mode.source);
    return true;
  }, [focusStep, mode]);

  /** Moves focus to the nearest step that way (none that way: it stays). */
  const moveFocus = useCallback(
    (from: string, key: string) => {
      const direction = arrowDirections[key];
      if (!direction) return;
      const boxes: NodeBox[] = [];
      for (const node of flow.getState().nodeLookup.values()) {
        if (node.type !== 'step') continue;
        const { x, y } = node.internals.positionAbsolute;
        boxes.push({
          id: node.id,
          x,
          y,
          width: node.measured.width ?? 0,
          height: node.measured.height ?? 0,
        });
      }
      const origin = boxes.find((box) => box.id === from);
      const next = origin && nearestInDirection(origin, boxes, direction);
      if (next) focusStep(next);
    },
    [flow, focusStep],
  );

  /** Keys on the canvas, before React Flow's own (which select and move nodes). */
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const focused = focusedStepId();
      if (mode.phase !== 'idle' && event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        cancel();
        return;
      }
      if (!focused) return;
      if (event.key === 'Escape') {
        // React Flow's Escape selects a focused step that is not selected (and blurs one that
        // is). Here it does what it does elsewhere on the page, and the focus stays put.
        event.preventDefault();
        event.stopPropagation();
        onEscape();
        return;
      }
      const selected = stepNode(focused)?.selected === true;
      if (event.key in arrowDirections && (mode.phase === 'target' || !selected)) {
        event.preventDefault();
        event.stopPropagation();
        moveFocus(focused, event.key);
        return;
      }
      if (mode.phase === 'target' && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        event.stopPropagation();
        const target = nameOf(focused);
        setMode(idle);
        if (connect(mode.source, focused, mode.handle)) {
          setAnnouncement(
            mode.handle === 'out'
              ? `Connected: ${target} runs after ${mode.name}.`
              : `Connected: ${target} runs in the ${mode.handle} branch of ${mode.name}.`,
          );
        } else {
          setAnnouncement('Not connected.');
        }
      }
    },
    [cancel, connect, mode, moveFocus, nameOf, onEscape, stepNode],
  );

  return { mode, announcement, start, chooseBranch, cancel, onKeyDownCapture, focusStep };
}
