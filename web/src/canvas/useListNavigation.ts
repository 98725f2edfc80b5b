import { type KeyboardEvent, useState } from 'react';

/**
 * Arrow keys move through a list of options while focus stays in a text box (the combobox
 * pattern): Enter picks the active option, Escape gives up. The active option resets to the
 * first whenever the list changes.
 */
export function useListNavigation<T>(
  options: readonly T[],
  pick: (option: T) => void,
  cancel: () => void,
) {
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState(options);
  if (shown !== options) {
    setShown(options);
    setActive(0);
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = options[active];
      if (option === undefined) return;
      event.preventDefault();
      pick(option);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };
  return { active: Math.min(active, Math.max(options.length - 1, 0)), setActive, onKeyDown };
}
