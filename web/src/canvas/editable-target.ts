/**
 * True when a key or clipboard event is aimed at something that edits text (a form field, a
 * note, the code editor) or sits in a dialog: those keep their own copy, paste and undo, and
 * letters typed there are text, not canvas shortcuts.
 */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.closest('.monaco-editor, dialog, [role="dialog"]') !== null;
}

/** True when the person has selected text on the page: Ctrl+C then copies that text. */
export function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString() !== '';
}
