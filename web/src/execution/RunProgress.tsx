/** The whole run's progress: steps ended (or never to run) of all steps. */
export function RunProgress({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const text = `${done} of ${total} steps done`;
  return (
    <div className="pw-run-progress">
      <div
        className="pw-run-progress__track"
        role="progressbar"
        aria-label="Run progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div className="pw-run-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <span className="pw-run-progress__text">{text}</span>
    </div>
  );
}
