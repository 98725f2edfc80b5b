import { useEffect } from 'react';
import type { DocumentStore } from '../stores/document-store';

const LEAVE_MESSAGE =
  'Your changes are not saved to the server yet (a local draft stays in this browser). Leave the designer anyway?';

/**
 * Asks before leaving with unsaved changes: the browser's own prompt on reload or close, and a
 * confirm for the app's links and the Back button. The local draft would bring the work back,
 * but leaving silently is how people believe it was saved.
 */
export function useUnsavedChangesGuard(store: DocumentStore): void {
  useEffect(() => {
    const isDirty = () => store.getState().dirty;
    let here = window.location.href;

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };

    // Capture phase: runs before the router's own click handler, so a refusal stops it.
    const onClick = (event: MouseEvent) => {
      if (!isDirty() || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.download) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin || to.pathname === window.location.pathname) return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };

    // Back and Forward cannot be cancelled; a refusal puts the designer's address back before
    // the router renders the other page.
    const onPopState = () => {
      if (window.location.href === here) return;
      if (isDirty() && !window.confirm(LEAVE_MESSAGE)) {
        window.history.pushState(window.history.state, '', here);
        return;
      }
      here = window.location.href;
    };

    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onPopState);
    };
  }, [store]);
}
