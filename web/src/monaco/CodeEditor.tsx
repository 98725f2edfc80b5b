import { Suspense, lazy } from 'react';
import './code-editor.css';

/** A problem to underline in the editor, at a 1-based line and column. */
export interface CodeEditorMarker {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endColumn?: number;
}

/** What a caller may do with a mounted editor. */
export interface CodeEditorHandle {
  focus(): void;
  revealLine(line: number): void;
  /** Runs `run` on Ctrl+Enter (Cmd+Enter on a Mac) inside the editor. */
  addSubmitCommand(run: () => void): void;
}

export interface CodeEditorProps {
  /** A Monaco language id: `python`, `javascript`, `shell`, `json` or `plaintext`. */
  language: string;
  value: string;
  onChange?: (value: string) => void;
  /** The accessible name of the editor's text area. */
  label: string;
  /** The model URI; a JSON Schema registered for it (`registerJsonSchema`) applies. */
  path?: string;
  /** Height in pixels, or any CSS length. */
  height?: number | string;
  readOnly?: boolean;
  markers?: readonly CodeEditorMarker[];
  onMount?: (handle: CodeEditorHandle) => void;
}

// Monaco is most of the app's weight: it loads in its own chunk the first time an editor shows.
const MonacoEditor = lazy(() => import('./MonacoEditor'));

/** A Monaco code editor, bundled with the app (no CDN) and loaded on first use. */
export function CodeEditor(props: CodeEditorProps) {
  return (
    // `nokey`: React Flow ignores keys typed here. Monaco edits through a plain element (the
    // EditContext API) that React Flow does not see as a text field, so Space would pan instead.
    <div className="code-editor nokey" style={{ height: props.height ?? 240 }}>
      <Suspense fallback={<p className="code-editor__loading">Loading the editor…</p>}>
        <MonacoEditor {...props} />
      </Suspense>
    </div>
  );
}
