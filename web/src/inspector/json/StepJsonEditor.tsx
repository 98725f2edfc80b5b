import { readJsonText } from '@pipewright/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CodeEditor, type CodeEditorHandle, type CodeEditorMarker } from '../../monaco/CodeEditor';
import { registerJsonSchema } from '../../monaco/json-schema-registry';
import { useDocumentStore, useDocumentStoreApi } from '../../stores/DocumentStoreProvider';
import { useStepForm } from '../edit/StepFormContext';
import { checkStepDraft, stepJsonText, stepJsonSchema } from './step-json';

/**
 * The raw step JSON, for everything the form does not cover. The text is a draft: invalid JSON is
 * never applied, and valid JSON is applied by the button (or Ctrl+Enter) as one undoable edit.
 * Problems show in the text and in a list below it.
 */
export function StepJsonEditor({ reveal }: { reveal?: string | null }) {
  const form = useStepForm();
  const store = useDocumentStoreApi();
  const document = useDocumentStore((state) => state.document);
  const original = useMemo(() => stepJsonText(form.step), [form.step]);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? original;
  const dirty = draft !== null && draft !== original;
  const check = useMemo(
    () => checkStepDraft(document, form.name, text),
    [document, form.name, text],
  );
  const path = `inmemory://pipewright/steps/${encodeURIComponent(form.name)}.json`;
  const type = String(form.step.Type);

  useEffect(() => registerJsonSchema(path, stepJsonSchema(type)), [path, type]);

  const apply = () => {
    if (!dirty || !check.ok) return;
    form.edit.apply((current) => {
      const result = checkStepDraft(current, form.name, text);
      return result.ok ? result.document : current;
    });
    if (check.name !== form.name) store.getState().select({ steps: [check.name], notes: [] });
    setDraft(null);
  };
  const latestApply = useRef(apply);
  useEffect(() => {
    latestApply.current = apply;
  });

  const markers = useMemo<CodeEditorMarker[]>(
    () =>
      check.problems
        .filter((problem) => problem.line !== undefined)
        .map((problem) => ({
          severity: problem.severity,
          message: problem.message,
          line: problem.line as number,
          column: problem.column as number,
          endColumn: (problem.column as number) + 200,
        })),
    [check],
  );

  const onMount = (handle: CodeEditorHandle) => {
    handle.addSubmitCommand(() => latestApply.current());
    if (!reveal) return;
    const read = readJsonText(text);
    const position = read.ok ? read.locate(reveal.slice(form.pointer.length)) : undefined;
    if (position) handle.revealLine(position.line);
    handle.focus();
  };

  const errors = check.problems.filter((problem) => problem.severity === 'error').length;
  return (
    <div className="insp-step-json">
      <p className="insp-field__help">
        The whole step as SageMaker reads it. Edits apply together, as one undoable change.
      </p>
      <CodeEditor
        label={`JSON of step ${form.name}`}
        language="json"
        path={path}
        value={text}
        height={440}
        markers={markers}
        onChange={(next) => setDraft(next)}
        onMount={onMount}
      />
      <div className="insp-step-json__actions">
        <button
          type="button"
          className="insp-button insp-button--primary"
          disabled={!dirty || !check.ok}
          onClick={apply}
        >
          Apply changes
        </button>
        <button
          type="button"
          className="insp-button"
          disabled={!dirty}
          onClick={() => setDraft(null)}
        >
          Discard
        </button>
        <span role="status" className="insp-step-json__status">
          {!check.ok
            ? 'Not applied: fix the JSON first.'
            : dirty
              ? 'Unapplied changes (Ctrl+Enter applies them).'
              : errors > 0
                ? `${errors} problem${errors === 1 ? '' : 's'} in this step.`
                : 'Up to date.'}
        </span>
      </div>
      {check.problems.length > 0 && (
        <ul className="insp-field-problems" aria-label="Problems in the step JSON">
          {check.problems.map((problem, index) => (
            <li
              key={index}
              className={`insp-field-problems__item insp-field-problems__item--${problem.severity}`}
            >
              {problem.line !== undefined && (
                <span className="insp-field-problems__where">
                  {problem.line}:{problem.column}{' '}
                </span>
              )}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
