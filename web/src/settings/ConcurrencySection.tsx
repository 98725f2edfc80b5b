import { useId, useState } from 'react';
import type { SettingsView } from '@pipewright/shared';
import { SaveStatus } from './SaveStatus';
import { fieldProblem } from './field-problem';
import { useSaveSettings } from './useSaveSettings';

/** How many steps run at once across all executions. */
export function ConcurrencySection({ settings }: { settings: SettingsView }) {
  const save = useSaveSettings();
  // Undefined while untouched: the field shows what the server runs with.
  const [draft, setDraft] = useState<string>();
  const inputId = useId();
  const helpId = useId();
  const value = draft ?? String(settings.globalConcurrency);
  const problem = fieldProblem(save.error, 'globalConcurrency');

  return (
    <section className="settings__section" aria-labelledby="settings-concurrency">
      <h3 id="settings-concurrency">Concurrency</h3>
      <form
        className="settings__form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { globalConcurrency: Number(value) },
            { onSuccess: () => setDraft(undefined) },
          );
        }}
      >
        <label className="field" htmlFor={inputId}>
          <span className="field__label">Steps running at once, across all executions</span>
          <input
            id={inputId}
            className="field__input settings__number"
            type="number"
            inputMode="numeric"
            min={1}
            max={1024}
            step={1}
            required
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
            {problem ??
              'From 1 to 1024. Raising it starts waiting steps at once; lowering it stops nothing, fewer steps start as running ones end. Each execution also has its own limit.'}
          </span>
        </label>
        <div className="settings__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            Save concurrency
          </button>
          <SaveStatus
            state={save.status}
            saved={`Saved: up to ${settings.globalConcurrency} steps at once.`}
            failed={
              problem !== undefined ? 'see the message under the field.' : save.error?.message
            }
          />
        </div>
      </form>
    </section>
  );
}
