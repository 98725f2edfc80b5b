import { pointerWithin } from './fields/field-problems';

/**
 * The rendered field that holds `pointer`: the element with the longest `data-pointer` that
 * contains it. Null when no field does (the value is edited in the JSON tab only).
 */
export function findFieldElement(container: ParentNode, pointer: string): HTMLElement | null {
  let best: HTMLElement | null = null;
  let length = -1;
  for (const element of container.querySelectorAll<HTMLElement>('[data-pointer]')) {
    const field = element.dataset.pointer ?? '';
    if (pointerWithin(pointer, field) && field.length > length) {
      best = element;
      length = field.length;
    }
  }
  return best;
}

/** Scrolls a field into view and focuses its control: a text box first, else a menu or button. */
export function focusField(element: HTMLElement): void {
  element.scrollIntoView?.({ block: 'center' });
  const control = element.matches('input, textarea, select, button')
    ? element
    : (element.querySelector<HTMLElement>('input:not([type="checkbox"]), textarea') ??
      element.querySelector<HTMLElement>('select, input, button'));
  control?.focus({ preventScroll: true });
}
