import type { CodeEditorProps } from '../../monaco/CodeEditor';

/** Monaco does not run in jsdom: component tests get a labelled text area with the same props. */
export function CodeEditor({ label, value, onChange, readOnly }: CodeEditorProps) {
  return (
    <textarea
      aria-label={label}
      value={value}
      readOnly={readOnly}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}
