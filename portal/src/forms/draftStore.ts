/**
 * A form's unsent state kept in the browser, so a reload, a closed tab or a lost
 * connection does not lose what was typed. Storage that is full or disabled is not an
 * error: the form itself still holds the values, only the safety net is missing.
 */
export interface DraftStore<T> {
  read(): T | null;
  /** False when the browser refused to store it (full or disabled). */
  write(draft: T): boolean;
  clear(): void;
}

/**
 * `session` drafts end with the tab (a new claim typed at the dealer's desk); `local`
 * drafts outlive the browser itself (a receipt typed on a phone whose battery may die).
 * `accept` rejects what an older page version or another hand left under the key.
 */
export function draftStore<T>(key: string, kind: 'session' | 'local', accept: (raw: unknown) => raw is T): DraftStore<T> {
  const storage = (): Storage => (kind === 'local' ? window.localStorage : window.sessionStorage);
  return {
    read() {
      try {
        const raw = storage().getItem(key);
        if (!raw) return null;
        const parsed: unknown = JSON.parse(raw);
        return accept(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write(draft) {
      try {
        storage().setItem(key, JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage().removeItem(key);
      } catch {
        // nothing to clear
      }
    },
  };
}
