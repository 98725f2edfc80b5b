import { useId } from 'react';
import type { RunOptionTexts } from './run-options';

/** The run's display name, description and step limit, each with its error under it. */
export function RunOptionFields({
  options,
  errorOf,
  onChange,
}: {
  options: RunOptionTexts;
  errorOf: (name: keyof RunOptionTexts) => string | undefined;
  onChange: (name: keyof RunOptionTexts, text: string) => void;
}) {
  return (
    <fieldset className="start-run__group">
      <legend>Run</legend>
      <div className="start-run__row">
        <OptionField
          label="Display name"
          help="Letters, digits and hyphens; named for you when empty."
          value={options.displayName}
          error={errorOf('displayName')}
          placeholder="e.g. retrain-january"
          onChange={(text) => onChange('displayName', text)}
        />
        <OptionField
          label="Max parallel steps"
          help="Empty for the server’s default."
          value={options.maxParallel}
          error={errorOf('maxParallel')}
          inputMode="numeric"
          onChange={(text) => onChange('maxParallel', text)}
        />
      </div>
      <OptionField
        label="Description"
        value={options.description}
        error={errorOf('description')}
        multiline
        onChange={(text) => onChange('description', text)}
      />
    </fieldset>
  );
}

function OptionField({
  label,
  help,
  value,
  error,
  placeholder,
  multiline = false,
  inputMode,
  onChange,
}: {
  label: string;
  help?: string;
  value: string;
  error: string | undefined;
  placeholder?: string;
  multiline?: boolean;
  inputMode?: 'numeric';
  onChange: (text: string) => void;
}) {
  const id = useId();
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ');
  const props = {
    id,
    className: 'field__input',
    value,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...props} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...props}
          autoComplete="off"
          spellCheck={false}
          inputMode={inputMode}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {help && (
        <span id={`${id}-help`} className="field__help">
          {help}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field__help field__error">
          {error}
        </span>
      )}
    </div>
  );
}
