import type { LogStream } from '@pipewright/shared';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { stepLogDownloadUrl } from '../api/executions.queries';
import { findMatches } from './log-search';
import { LogLines, type LogLinesHandle } from './LogLines';
import { LogSearch } from './LogSearch';
import { useFollowMode } from './useFollowMode';
import { useStepLog } from './useStepLog';
import './logs.css';

const streamLabels: Record<LogStream, string> = {
  combined: 'stdout + stderr',
  stdout: 'stdout',
  stderr: 'stderr',
};

/** One step attempt's log: live while the step runs, searchable, ANSI colours, download. */
export function LogViewer({
  executionId,
  stepName,
  attempt,
}: {
  executionId: string;
  stepName: string;
  attempt?: number;
}) {
  const [stream, setStream] = useState<LogStream>('combined');
  const log = useStepLog({ executionId, stepName, attempt, stream });
  const { store, follower, version } = log;
  const follow = useFollowMode(store.length);
  const lines = useRef<LogLinesHandle>(null);
  const { follow: startFollowing } = follow;
  // Another stream or attempt is another log: start at its end.
  useEffect(startFollowing, [store, startFollowing]);

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // `version` stands for the store's content, which changes in place.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const matches = useMemo(() => findMatches(store, deferredQuery), [store, deferredQuery, version]);
  const [current, setCurrent] = useState(0);
  // A new search shows its first match (once: later lines do not move the view).
  const [searched, setSearched] = useState('');
  const { leave } = follow;
  useEffect(() => {
    if (deferredQuery === searched) return;
    setSearched(deferredQuery);
    setCurrent(0);
    const first = matches[0];
    if (first === undefined) return;
    leave();
    lines.current?.scrollToLine(first.line);
  }, [deferredQuery, searched, matches, leave]);
  const currentMatch = Math.min(current, Math.max(0, matches.length - 1));

  const goToMatch = (index: number) => {
    const match = matches[index];
    if (!match) return;
    setCurrent(index);
    follow.leave();
    lines.current?.scrollToLine(match.line);
  };
  const step = (direction: 1 | -1) =>
    goToMatch((currentMatch + direction + matches.length) % Math.max(matches.length, 1));

  const attemptText = log.attempt === undefined ? '' : `, attempt ${log.attempt}`;
  const fileName = `${executionId}-${stepName}-attempt${log.attempt ?? 1}${stream === 'combined' ? '' : `-${stream}`}.log`;

  return (
    <section className="log-viewer" aria-label={`Logs of ${stepName}`}>
      <div className="log-toolbar" role="group" aria-label="Log controls">
        <select
          className="log-stream"
          aria-label="Stream"
          value={stream}
          onChange={(event) => setStream(event.target.value as LogStream)}
        >
          {(Object.keys(streamLabels) as LogStream[]).map((value) => (
            <option key={value} value={value}>
              {streamLabels[value]}
            </option>
          ))}
        </select>
        <LogSearch
          query={query}
          onQueryChange={setQuery}
          matchCount={matches.length}
          current={currentMatch}
          onStep={step}
        />
        <span className="log-toolbar-end">
          {/* A finished log does not stream: nothing to follow or pause. */}
          {log.running &&
            (follow.following ? (
              <button type="button" onClick={follow.pause}>
                Pause
              </button>
            ) : (
              <button
                type="button"
                onClick={() => {
                  follow.follow();
                  lines.current?.scrollToEnd();
                }}
              >
                Follow
              </button>
            ))}
          <a
            className="log-download"
            href={stepLogDownloadUrl(executionId, stepName, {
              stream,
              ...(log.attempt !== undefined && { attempt: log.attempt }),
            })}
            download={fileName}
          >
            Download
          </a>
        </span>
      </div>
      <div className="log-body">
        <LogLines
          store={store}
          version={version}
          label={`Log of ${stepName}${attemptText}`}
          matches={matches}
          currentMatch={currentMatch}
          follow={follow.following}
          onScrolled={follow.onScrolled}
          handle={lines}
        />
        {follow.newLines > 0 && (
          <button
            type="button"
            className="log-jump"
            onClick={() => {
              follow.follow();
              lines.current?.scrollToEnd();
            }}
          >
            {follow.newLines.toLocaleString('en-US')} new line{follow.newLines === 1 ? '' : 's'} —
            jump to end
          </button>
        )}
      </div>
      <p className="log-status" role="status">
        {statusText(follower.loaded, follower.error, store.length, log.running, follow.following)}
        {follower.skippedBytes > 0 &&
          ` · the first ${formatMiB(follower.skippedBytes)} are not shown; download the whole log`}
      </p>
    </section>
  );
}

function statusText(
  loaded: boolean,
  error: unknown,
  lineCount: number,
  running: boolean,
  following: boolean,
): string {
  if (error instanceof ApiError && error.status === 404) return 'This step has no log yet.';
  if (error) return `The log could not be read: ${error instanceof Error ? error.message : ''}`;
  if (!loaded) return 'Loading the log…';
  const lines = `${lineCount.toLocaleString('en-US')} line${lineCount === 1 ? '' : 's'}`;
  if (lineCount === 0) return running ? 'No output yet; waiting for the step…' : 'No output.';
  if (!running) return lines;
  return following ? `${lines} · following` : `${lines} · paused`;
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
