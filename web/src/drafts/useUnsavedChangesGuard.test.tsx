// @vitest-environment jsdom
import { addStep, newStep } from '@pipewright/shared';
import { cleanup, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentStore, emptyDocument } from '../stores/document-store';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

function setUp(dirty: boolean) {
  const store = createDocumentStore();
  if (dirty) store.getState().apply(() => addStep(emptyDocument(), newStep('Fail', 'Stop')));
  renderHook(() => useUnsavedChangesGuard(store));
  const followed = vi.fn((event: MouseEvent) => event.preventDefault());
  render(
    <a href="/elsewhere" onClick={(event) => followed(event.nativeEvent)}>
      Elsewhere
    </a>,
  );
  return { link: document.querySelector('a')!, followed };
}

describe('the unsaved-changes guard', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('asks before following a link with unsaved changes, and stays when refused', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { link, followed } = setUp(true);
    link.click();
    expect(confirm).toHaveBeenCalledOnce();
    expect(followed).not.toHaveBeenCalled();
  });

  it('follows the link when the person agrees', () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { link, followed } = setUp(true);
    link.click();
    expect(followed).toHaveBeenCalledOnce();
  });

  it('does not ask when everything is saved', () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { link, followed } = setUp(false);
    link.click();
    expect(confirm).not.toHaveBeenCalled();
    expect(followed).toHaveBeenCalledOnce();
  });

  it('makes the browser ask before a reload with unsaved changes', () => {
    setUp(true);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
