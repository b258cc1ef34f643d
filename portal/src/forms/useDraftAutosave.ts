import { useCallback, useEffect, useRef } from 'react';
import type { DraftStore } from './draftStore';

const DELAY_MS = 400;

/**
 * Writes `draft` to `store` shortly after it stops changing, and at once when the page is
 * hidden or left: a phone switched off or to another app gives no later chance.
 *
 * Nothing is stored until `changed` first turns true (a form merely opened is no draft);
 * from then on every state is, even one typed back to blank, so an erased field does not
 * come back. `discard` starts over (drops the draft, waits for the next change); `finish`
 * drops it for good, so a form just sent does not save itself again on its way out.
 */
export function useDraftAutosave<T>(store: DraftStore<T>, draft: T, changed: boolean) {
  const pending = useRef<T | null>(null);
  const armed = useRef(false);
  const finished = useRef(false);
  if (changed) armed.current = true;

  const flush = useCallback(() => {
    if (pending.current === null || finished.current) return;
    store.write(pending.current);
    pending.current = null;
  }, [store]);

  useEffect(() => {
    if (!armed.current || finished.current) return;
    pending.current = draft;
    const timer = setTimeout(flush, DELAY_MS);
    return () => clearTimeout(timer);
  }, [changed, draft, flush]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  const discard = useCallback(() => {
    pending.current = null;
    armed.current = false;
    store.clear();
  }, [store]);

  const finish = useCallback(() => {
    finished.current = true;
    pending.current = null;
    store.clear();
  }, [store]);

  /** Stores the current state at once, as a send begins: the send may never answer. */
  const saveNow = useCallback(() => {
    if (finished.current) return;
    armed.current = true;
    pending.current = draft;
    flush();
  }, [draft, flush]);

  return { discard, finish, saveNow };
}
