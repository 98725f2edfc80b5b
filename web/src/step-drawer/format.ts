/** How long from start to end (or to now, while running): "850 ms", "12 s", "3 min 5 s". */
export function formatSpan(start: string | undefined, end: string | undefined): string {
  if (start === undefined) return '—';
  const ms = (end === undefined ? Date.now() : Date.parse(end)) - Date.parse(start);
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A byte count as people read it: "512 B", "1.5 KiB", "3.2 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The execution id at the end of a pipeline execution ARN (`…/execution/<id>`). */
export function executionIdOf(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}
