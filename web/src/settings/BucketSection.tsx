import { useId, useState } from 'react';
import type { SettingsView } from '@pipewright/shared';
import { SaveStatus } from './SaveStatus';
import { fieldProblem } from './field-problem';
import { useSaveSettings } from './useSaveSettings';

/** The bucket of the local object store that outputs without an S3Uri go to. */
export function BucketSection({ settings }: { settings: SettingsView }) {
  const save = useSaveSettings();
  const [draft, setDraft] = useState<string>();
  const inputId = useId();
  const helpId = useId();
  const value = draft ?? settings.defaultBucket;
  const problem = fieldProblem(save.error, 'defaultBucket');
  const shown = value.trim() === '' ? '<bucket>' : value.trim();

  return (
    <section className="settings__section" aria-labelledby="settings-object-store">
      <h3 id="settings-object-store">Object store</h3>
      <form
        className="settings__form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ defaultBucket: value.trim() }, { onSuccess: () => setDraft(undefined) });
        }}
      >
        <label className="field" htmlFor={inputId}>
          <span className="field__label">Default bucket</span>
          <input
            id={inputId}
            className="field__input settings__text"
            type="text"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            value={value}
            aria-invalid={problem !== undefined}
            aria-describedby={helpId}
            onChange={(event) => {
              setDraft(event.target.value);
              // The last outcome no longer describes the value shown.
              if (save.isSuccess || save.isError) save.reset();
            }}
          />
          <span id={helpId} className={problem ? 'field__help field__error' : 'field__help'}>
            {problem ?? (
              <>
                Outputs without an S3Uri go to{' '}
                <code>s3://{shown}/executions/&lt;execution id&gt;/&lt;step&gt;/</code>, stored in{' '}
                <code>
                  {settings.objectStoreDir}/{shown}
                </code>
                . S3&apos;s naming rules: 3 to 63 lowercase letters, digits, “.” and “-”.
              </>
            )}
          </span>
        </label>
        <div className="settings__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            Save default bucket
          </button>
          <SaveStatus
            state={save.status}
            saved={`Saved: new outputs go to s3://${settings.defaultBucket}/.`}
            failed={
              problem !== undefined ? 'see the message under the field.' : save.error?.message
            }
          />
        </div>
      </form>
    </section>
  );
}
