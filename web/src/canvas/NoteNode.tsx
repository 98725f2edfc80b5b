import { type NodeProps, NodeResizer } from '@xyflow/react';
import { memo, useState } from 'react';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import type { NoteFlowNode } from './canvas-model';
import { removeNotes, updateNote } from './notes';

/**
 * A sticky note, stored in `x-pipewright.notes`. Typing stays local and is saved when the text
 * box loses focus: one undo step per edit of the note, not one per keystroke.
 */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<NoteFlowNode>) {
  const store = useDocumentStoreApi();
  const [draft, setDraft] = useState(data.text);
  const [saved, setSaved] = useState(data.text);
  // Undo, redo or another editor changed the text: show theirs.
  if (saved !== data.text) {
    setSaved(data.text);
    setDraft(data.text);
  }

  const commit = () => {
    if (draft !== data.text) {
      store.getState().apply((document) => updateNote(document, data.noteId, { text: draft }));
    }
  };

  return (
    <div className="pw-note" data-selected={selected || undefined}>
      <NodeResizer
        isVisible={selected}
        minWidth={140}
        minHeight={80}
        lineClassName="pw-note__resize-line"
        handleClassName="pw-note__resize-handle"
        onResizeEnd={(_, size) =>
          store.getState().apply((document) =>
            updateNote(document, data.noteId, {
              position: { x: size.x, y: size.y },
              width: Math.round(size.width),
              height: Math.round(size.height),
            }),
          )
        }
      />
      <div className="pw-note__grip" title="Drag to move the note">
        <span aria-hidden="true">Note</span>
        <button
          type="button"
          className="pw-note__delete nodrag"
          aria-label="Delete note"
          title="Delete note"
          onClick={() => store.getState().apply((document) => removeNotes(document, [data.noteId]))}
        >
          ×
        </button>
      </div>
      <textarea
        className="pw-note__text nodrag nowheel nopan"
        aria-label="Note text"
        placeholder="Write a note…"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          // Escape leaves the note (saving it) without also clearing the canvas selection.
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
      />
    </div>
  );
});
