import { type PipelineDocument, pipelineJsonSchema } from '@pipewright/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CodeEditor, registerJsonSchema } from '../monaco';
import {
  useDiagnostics,
  useDocumentStore,
  useDocumentStoreApi,
} from '../stores/DocumentStoreProvider';
import {
  type EditorTextResult,
  documentText,
  markersFor,
  readEditorText,
  syntaxMarkers,
} from './json-sync';
import './json-view.css';

/** The editor's model: the pipeline JSON Schema applies to this URI. */
const MODEL_PATH = 'pipewright://designer/pipeline.json';
const SCHEMA_URI = 'https://pipewright.dev/schema/pipeline.schema.json';
/** Typing pauses this long before the text becomes one undoable edit. */
const APPLY_DELAY_MS = 300;

let schema: Record<string, unknown> | undefined;

/**
 * The whole document as JSON, two-way: edits elsewhere rewrite the text (a text that did not
 * change keeps the cursor), and typed JSON replaces the document once typing pauses. Broken
 * JSON is never applied: the error shows with its line and column and the canvas keeps the last
 * valid document. `active` is false while the tab is hidden, so canvas edits do not pay for
 * serializing a large document nobody looks at.
 */
export function JsonView({ active = true }: { active?: boolean }) {
  const store = useDocumentStoreApi();
  const document = useDocumentStore((state) => state.document);
  const diagnostics = useDiagnostics();
  const [text, setText] = useState(() => documentText(document));
  const [rejected, setRejected] = useState<Extract<EditorTextResult, { kind: 'rejected' }> | null>(
    null,
  );
  // The document this editor applied last: its own echo, which must not rewrite the text.
  const applied = useRef<PipelineDocument | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);

  useEffect(
    () => registerJsonSchema(MODEL_PATH, (schema ??= pipelineJsonSchema()), SCHEMA_URI),
    [],
  );

  useEffect(() => {
    if (!active) return;
    if (document === applied.current) {
      applied.current = null;
      return;
    }
    // The document changed elsewhere (canvas, inspector, undo): it wins over unapplied typing.
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    setText(documentText(document));
    setRejected(null);
  }, [document, active]);

  const commit = (typed: string) => {
    pending.current = null;
    const result = readEditorText(typed, store.getState().document);
    if (result.kind === 'rejected') {
      setRejected(result);
      return;
    }
    setRejected(null);
    if (result.kind === 'changed') {
      applied.current = result.document;
      store.getState().apply(() => result.document);
    }
  };
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });
  // Typing right before the designer closes still counts.
  useEffect(
    () => () => {
      if (pending.current) {
        clearTimeout(pending.current.timer);
        commitRef.current(pending.current.text);
      }
    },
    [],
  );

  const markers = useMemo(
    () => (rejected ? syntaxMarkers(rejected.diagnostics) : markersFor(text, diagnostics)),
    [rejected, text, diagnostics],
  );

  return (
    <div className="json-view">
      <p className="json-view__status" aria-live="polite" data-state={rejected ? 'rejected' : 'ok'}>
        {rejected
          ? rejected.message
          : 'Edits here apply to the canvas when you pause typing; Undo steps back over each.'}
      </p>
      <CodeEditor
        language="json"
        label="Pipeline JSON"
        path={MODEL_PATH}
        value={text}
        height="100%"
        markers={markers}
        onChange={(next) => {
          setText(next);
          if (pending.current) clearTimeout(pending.current.timer);
          pending.current = {
            text: next,
            timer: setTimeout(() => commitRef.current(next), APPLY_DELAY_MS),
          };
        }}
      />
    </div>
  );
}
