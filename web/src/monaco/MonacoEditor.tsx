import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { editor } from 'monaco-editor/editor';
import { monaco } from './monaco-setup';
import type { CodeEditorMarker, CodeEditorProps } from './CodeEditor';

type Instance = editor.IStandaloneCodeEditor;

/** The real Monaco editor: loaded on demand by `CodeEditor`, so the app shell stays small. */
export default function MonacoEditor({
  language,
  value,
  onChange,
  label,
  path,
  readOnly = false,
  markers,
  onMount,
}: CodeEditorProps) {
  const [instance, setInstance] = useState<Instance | null>(null);
  // Values this editor reported that the parent may still echo back, oldest first. Monaco owns
  // the text while someone types: the echo of an older keystroke must not overwrite newer ones,
  // which is what a plain controlled `value` does when renders lag behind fast typing.
  const pending = useRef<string[]>([]);
  // True while this component writes text the parent gave it: that is not the user's change.
  const syncing = useRef(false);

  useEffect(() => {
    if (!instance) return;
    const echo = pending.current.indexOf(value);
    if (echo >= 0) {
      pending.current = pending.current.slice(echo + 1);
      return;
    }
    pending.current = [];
    replaceText(instance, value, syncing);
  }, [instance, value]);

  useEffect(() => {
    const model = instance?.getModel();
    // Markers are owned by "pipewright", so they replace only what this editor set.
    if (model) monaco.editor.setModelMarkers(model, 'pipewright', (markers ?? []).map(toMarker));
  }, [instance, markers, value]);

  const handleMount: OnMount = (mounted) => {
    setInstance(mounted);
    onMount?.({
      focus: () => mounted.focus(),
      revealLine: (line) => {
        mounted.revealLineInCenter(line);
        mounted.setPosition({ lineNumber: line, column: 1 });
      },
      addSubmitCommand: (run) =>
        mounted.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, run),
    });
  };

  return (
    <Editor
      height="100%"
      language={language}
      defaultValue={value}
      path={path}
      theme={window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'vs'}
      onChange={(next = '') => {
        if (syncing.current) return;
        pending.current.push(next);
        onChange?.(next);
      }}
      onMount={handleMount}
      loading={<p className="code-editor__loading">Loading the editor…</p>}
      options={{
        ariaLabel: label,
        readOnly,
        minimap: { enabled: false },
        fontSize: 13,
        lineNumbersMinChars: 3,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: language === 'python' ? 4 : 2,
        wordWrap: 'on',
        // Suggestions and hovers may be wider than a narrow panel: let them overflow it.
        fixedOverflowWidgets: true,
      }}
    />
  );
}

function toMarker(marker: CodeEditorMarker): editor.IMarkerData {
  return {
    severity:
      marker.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: marker.message,
    startLineNumber: marker.line,
    startColumn: marker.column,
    endLineNumber: marker.line,
    endColumn: marker.endColumn ?? marker.column + 1,
  };
}

/**
 * Replaces the whole text as one edit (so Monaco's own undo can step back over it), with
 * `syncing` set meanwhile so the change is not reported back as the user's. A model kept under
 * the same path from an earlier mount is brought up to date the same way.
 */
function replaceText(instance: Instance, value: string, syncing: { current: boolean }) {
  const model = instance.getModel();
  if (!model || model.getValue() === value) return;
  syncing.current = true;
  try {
    instance.executeEdits('pipewright', [{ range: model.getFullModelRange(), text: value }]);
  } finally {
    syncing.current = false;
  }
}
