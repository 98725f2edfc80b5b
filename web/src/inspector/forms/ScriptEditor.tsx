import { extensionOf, joinPointer, setEmbeddedFile } from '@pipewright/shared';
import type { ReactNode } from 'react';
import { CodeEditor } from '../../monaco/CodeEditor';
import { useDocumentStore } from '../../stores/DocumentStoreProvider';
import { useStepForm } from '../edit/StepFormContext';
import { type ScriptLocation, languageOfUri, monacoLanguage } from './script-files';

/**
 * A step's script, embedded in the document (`x-pipewright.files`, keyed by the URI the step
 * reads) and edited in Monaco. Typing is one undo step per burst, like any field.
 */
export function ScriptEditor({
  label,
  location,
  create,
}: {
  label: string;
  location: ScriptLocation;
  /** Buttons that create what is missing (the input, the hyperparameters, the file). */
  create: ReactNode;
}) {
  const form = useStepForm();
  const uri = location.ok ? location.uri : null;
  const file = useDocumentStore((state) =>
    uri === null ? undefined : extensionOf(state.document).files?.[uri],
  );
  if (!location.ok) {
    return (
      <div className="insp-script">
        <p className="insp-field__help">{location.reason}</p>
        {location.missing && <div className="insp-script__actions">{create}</div>}
      </div>
    );
  }
  if (!file) {
    return (
      <div className="insp-script">
        <p className="insp-field__help">
          No script is embedded at <code>{location.uri}</code> yet.
        </p>
        <div className="insp-script__actions">{create}</div>
      </div>
    );
  }
  const language = file.language ?? languageOfUri(location.uri);
  return (
    <div className="insp-script" data-pointer={joinPointer('/x-pipewright/files', location.uri)}>
      <p className="insp-script__meta">
        <span className="insp-badge">{language}</span>{' '}
        <code className="insp-script__uri">{location.uri}</code>
      </p>
      <CodeEditor
        label={label}
        language={monacoLanguage(language)}
        value={file.content}
        height={280}
        onChange={(content) =>
          form.edit.apply((document) => {
            const current = extensionOf(document).files?.[location.uri];
            return setEmbeddedFile(document, location.uri, { ...current, content });
          }, `file:${location.uri}`)
        }
      />
    </div>
  );
}
