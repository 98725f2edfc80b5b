import { useId } from 'react';

/**
 * Chooses which attempt a tab shows (the latest by default). Hidden when there was only one.
 * `onChange(undefined)` means "the latest".
 */
export function AttemptPicker({
  attemptCount,
  attempt,
  onChange,
}: {
  attemptCount: number;
  attempt: number | undefined;
  onChange: (attempt: number | undefined) => void;
}) {
  const id = useId();
  if (attemptCount <= 1) return null;
  return (
    <div className="step-drawer__attempt">
      <label htmlFor={id}>Attempt</label>
      <select
        id={id}
        className="field__input"
        value={attempt ?? ''}
        onChange={(event) =>
          onChange(event.target.value === '' ? undefined : Number(event.target.value))
        }
      >
        <option value="">Latest ({attemptCount})</option>
        {Array.from({ length: attemptCount }, (_, index) => index + 1).map((number) => (
          <option key={number} value={number}>
            {number}
          </option>
        ))}
      </select>
    </div>
  );
}
