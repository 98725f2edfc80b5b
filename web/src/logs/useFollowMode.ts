import { useCallback, useEffect, useRef, useState } from 'react';

type Mode = 'following' | 'away' | 'paused';

/**
 * `following` sticks to the end; `away` is a person who scrolled up or searched (scrolling
 * back to the end follows again); `paused` was asked for with the button and only a button
 * ends it. `seenLines` is how many lines there were when following stopped, for "N new lines".
 */
export function useFollowMode(lineCount: number) {
  const [state, setState] = useState<{ mode: Mode; seenLines: number }>({
    mode: 'following',
    seenLines: 0,
  });
  const count = useRef(lineCount);
  useEffect(() => {
    count.current = lineCount;
  }, [lineCount]);

  const stop = useCallback((next: 'away' | 'paused', onlyIfFollowing: boolean) => {
    setState((current) =>
      onlyIfFollowing && current.mode !== 'following'
        ? current
        : {
            mode: next,
            seenLines: current.mode === 'following' ? count.current : current.seenLines,
          },
    );
  }, []);
  const follow = useCallback(() => setState({ mode: 'following', seenLines: 0 }), []);
  const pause = useCallback(() => stop('paused', false), [stop]);
  /** Search moved the view: stop following, without the pause button's stickiness. */
  const leave = useCallback(() => stop('away', true), [stop]);
  const onScrolled = useCallback(
    (atEnd: boolean) => {
      if (!atEnd) leave();
      else
        setState((current) =>
          current.mode === 'away' ? { ...current, mode: 'following' } : current,
        );
    },
    [leave],
  );

  const following = state.mode === 'following';
  return {
    following,
    newLines: following ? 0 : Math.max(0, lineCount - state.seenLines),
    follow,
    pause,
    leave,
    onScrolled,
  };
}
