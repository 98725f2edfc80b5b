import { renameParameter } from '@pipewright/shared';
import { useState } from 'react';
import { useDocumentStoreApi } from '../../stores/DocumentStoreProvider';
import type { DocumentEdit } from '../edit/useDocumentEdit';
import { Field } from '../fields/Field';

/**
 * A parameter's name, renamed when the field is left (or on Enter) through `renameParameter`,
 * so every `Parameters.<name>` reference follows; a refused name stays with the reason.
 */
export function ParameterNameField({
  name,
  pointer,
  edit,
}: {
  name: string;
  pointer: string;
  edit: DocumentEdit;
}) {
  const store = useDocumentStoreApi();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft === name) {
      setDraft(null);
      return;
    }
    const result =
      draft.trim() === ''
        ? { ok: false as const, reason: 'A parameter needs a name.' }
        : renameParameter(store.getState().document, name, draft);
    if (!result.ok) {
      setRefusal(result.reason);
      return;
    }
    edit.apply(() => result.document);
    setDraft(null);
    setRefusal(null);
  };
  return (
    <Field label="Name" pointer={pointer} help={refusal ?? 'References follow a rename.'}>
      {(control) => (
        <input
          {...control}
          className="insp-input insp-input--mono"
          aria-invalid={control['aria-invalid'] || refusal !== null || undefined}
          value={draft ?? name}
          spellCheck={false}
          onChange={(event) => {
            setDraft(event.target.value);
            setRefusal(null);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') {
              setDraft(null);
              setRefusal(null);
            }
          }}
        />
      )}
    </Field>
  );
}
