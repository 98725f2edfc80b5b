import { Background, BackgroundVariant, Panel } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { KnownStepType } from '@pipewright/shared';
import { type MouseEvent, useCallback, useRef, useState } from 'react';
import { CanvasFlow } from './CanvasFlow';
import { CanvasMiniMap } from './CanvasMiniMap';
import { CanvasToolbar } from './CanvasToolbar';
import { ConnectStatus } from './ConnectStatus';
import { FindStep } from './FindStep';
import { QuickAddMenu } from './QuickAddMenu';
import { ShortcutsDialog } from './ShortcutsDialog';
import { noteKeysOf, stepKeysOf } from './canvas-model';
import { useAddNote } from './useAddNote';
import { useAddStep } from './useAddStep';
import { useAutoLayout } from './useAutoLayout';
import { useCanvasEdits } from './useCanvasEdits';
import { type ShortcutActions, useCanvasShortcuts } from './useCanvasShortcuts';
import { useClipboard } from './useClipboard';
import { useKeyboardConnect } from './useKeyboardConnect';
import { useDocumentStore, useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import './canvas-tokens.css';
import './canvas.css';
import './canvas-overlays.css';

const QUICK_ADD_SIZE = { width: 280, height: 340 };

/** Keyboard shortcuts in a leaf: undo state changes on every edit, and only this re-renders. */
function CanvasShortcuts({ actions }: { actions: ShortcutActions }) {
  useCanvasShortcuts(actions);
  return null;
}

/**
 * The pipeline canvas: steps and notes from the document, edges derived from it (DependsOn,
 * data references and Condition branches, each drawn its own way), with selection, moves,
 * connections (by mouse or keyboard), deletion, copy and paste, undo, auto-layout, find,
 * quick-add and a minimap.
 */
export function PipelineCanvas() {
  const [message, setMessageState] = useState<{ text: string; key: number } | null>(null);
  const [quickAdd, setQuickAdd] = useState<{ left: number; top: number; at: Point } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const container = useRef<HTMLElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const pointer = useRef<Point | null>(null);
  const messageCount = useRef(0);
  // A fresh key per message, so a repeated refusal is announced again.
  const setMessage = useCallback((text: string | null) => {
    messageCount.current += 1;
    setMessageState(text === null ? null : { text, key: messageCount.current });
  }, []);

  const hasNodes = useDocumentStore(
    (state) => stepKeysOf(state.document).length + noteKeysOf(state.document).length > 0,
  );
  const edits = useCanvasEdits(setMessage);
  const store = useDocumentStoreApi();
  const escapeOnStep = useCallback(() => {
    if (!quickAdd && !message) store.getState().select({ steps: [], notes: [] });
    setQuickAdd(null);
    setMessage(null);
  }, [message, quickAdd, setMessage, store]);
  const keyboardConnect = useKeyboardConnect(edits.connect, escapeOnStep);
  const { tidy, busy } = useAutoLayout(setMessage);
  const addStep = useAddStep();
  const addNote = useAddNote();
  useClipboard();

  const openQuickAdd = useCallback((at?: Point) => {
    const box = container.current?.getBoundingClientRect();
    if (!box) return;
    const point = at ??
      pointer.current ?? { x: box.left + box.width / 2, y: box.top + box.height / 3 };
    const clamp = (value: number, max: number) => Math.max(8, Math.min(value, max));
    setQuickAdd({
      left: clamp(point.x - box.left, box.width - QUICK_ADD_SIZE.width - 8),
      top: clamp(point.y - box.top, box.height - QUICK_ADD_SIZE.height - 8),
      at: point,
    });
  }, []);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeQuickAdd = useCallback(() => setQuickAdd(null), []);
  const runTidy = useCallback(() => void tidy(), [tidy]);

  const pickQuickAdd = (type: KnownStepType) => {
    if (quickAdd) addStep(type, quickAdd.at);
    setQuickAdd(null);
  };

  const onDoubleClick = (event: MouseEvent) => {
    // Only the empty canvas: a double-click on a node or a control means something else.
    if ((event.target as Element).classList.contains('react-flow__pane')) {
      openQuickAdd({ x: event.clientX, y: event.clientY });
    }
  };

  const actions: ShortcutActions = {
    openFind: () => findInput.current?.focus(),
    openQuickAdd: () => openQuickAdd(),
    openHelp,
    tidy: runTidy,
    startConnect: keyboardConnect.start,
    closeOverlays: () => {
      if (keyboardConnect.cancel()) return true;
      if (!quickAdd && !message) return false;
      setQuickAdd(null);
      setMessage(null);
      return true;
    },
  };

  return (
    <section
      ref={container}
      className="pw-canvas"
      aria-label="Pipeline canvas"
      onMouseMove={(event) => {
        pointer.current = { x: event.clientX, y: event.clientY };
      }}
      onMouseLeave={() => {
        pointer.current = null;
      }}
      onDoubleClick={onDoubleClick}
      onDragOver={edits.onDragOver}
      onDrop={edits.onDrop}
      onKeyDownCapture={keyboardConnect.onKeyDownCapture}
    >
      <CanvasFlow onConnect={edits.onConnect} onDelete={edits.onDelete} onPaneClick={closeQuickAdd}>
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        {hasNodes && <CanvasMiniMap />}
        <Panel position="top-left">
          <FindStep inputRef={findInput} />
        </Panel>
        <Panel position="top-right">
          <CanvasToolbar tidying={busy} onTidy={runTidy} onAddNote={addNote} onHelp={openHelp} />
        </Panel>
        {message && (
          <Panel position="top-center" className="pw-canvas__message">
            <div key={message.key} className="pw-alert" role="alert">
              <span>{message.text}</span>
              <button
                type="button"
                className="pw-alert__close"
                aria-label="Dismiss message"
                onClick={() => setMessage(null)}
              >
                ×
              </button>
            </div>
          </Panel>
        )}
        <Panel position="bottom-center">
          <ConnectStatus
            mode={keyboardConnect.mode}
            announcement={keyboardConnect.announcement}
            onChooseBranch={keyboardConnect.chooseBranch}
            onCancel={keyboardConnect.cancel}
          />
        </Panel>
      </CanvasFlow>
      {!hasNodes && (
        <div className="pw-canvas__empty" aria-hidden="true">
          <strong>Start your pipeline</strong>
          <span>Drag a step here from the palette, or press A to add one.</span>
        </div>
      )}
      {quickAdd && (
        <QuickAddMenu
          left={quickAdd.left}
          top={quickAdd.top}
          onPick={pickQuickAdd}
          onClose={closeQuickAdd}
        />
      )}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <CanvasShortcuts actions={actions} />
    </section>
  );
}

interface Point {
  x: number;
  y: number;
}
