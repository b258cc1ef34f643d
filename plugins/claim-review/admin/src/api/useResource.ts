import * as React from 'react';
import { type Problem, problemOf } from './problem';

export interface Resource<T> {
  data: T | undefined;
  error: Problem | null;
  /** True while a load runs; the last data stays on screen meanwhile. */
  loading: boolean;
  reload: () => void;
  /** Replace the data with what a write answered, without a round trip. */
  set: (data: T) => void;
}

/** Loads when `key` changes (a string of everything the load depends on) and on reload(). */
export function useResource<T>(load: () => Promise<T>, key: string, enabled = true): Resource<T> {
  const [state, setState] = React.useState<{ data: T | undefined; error: Problem | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: enabled,
  });
  const [nonce, setNonce] = React.useState(0);
  const loadRef = React.useRef(load);
  loadRef.current = load;

  React.useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error) => live && setState((s) => ({ ...s, error: problemOf(error), loading: false })),
    );
    return () => {
      live = false;
    };
  }, [key, nonce, enabled]);

  const reload = React.useCallback(() => setNonce((n) => n + 1), []);
  const set = React.useCallback((data: T) => setState({ data, error: null, loading: false }), []);
  return { ...state, reload, set };
}
