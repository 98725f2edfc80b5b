const toneOf: Record<string, string> = {
  Succeeded: 'ok',
  Failed: 'bad',
  Stopped: 'bad',
  Stopping: 'wait',
  Executing: 'run',
  Starting: 'run',
};

const markOf: Record<string, string> = {
  Succeeded: '✓',
  Failed: '✕',
  Stopped: '■',
  Stopping: '■',
  Executing: '●',
  Starting: '●',
};

/** An execution or step status with a mark and its colour, never colour alone. */
export function StatusText({ status }: { status: string }) {
  return (
    <span className={`compare-status compare-status--${toneOf[status] ?? 'none'}`}>
      <span aria-hidden="true">{markOf[status] ?? '○'}</span> {status}
    </span>
  );
}
