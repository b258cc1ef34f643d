import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError, onSessionRestored } from './client';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  /** True on the first load and on every reload; `data` keeps the last answer meanwhile. */
  loading: boolean;
  reload: () => void;
}

/**
 * Loads one answer for a screen, cancels it when the inputs change, and loads again when
 * an expired session that refused it is restored.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const errorRef = useRef<unknown>(undefined);

  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    loadRef.current(ctrl.signal).then(
      (data) => {
        if (ctrl.signal.aborted) return;
        errorRef.current = undefined;
        setState({ data, loading: false });
      },
      (error: unknown) => {
        if (ctrl.signal.aborted || (error as Error)?.name === 'AbortError') return;
        errorRef.current = error;
        setState({ error, loading: false });
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  useEffect(
    () =>
      onSessionRestored(() => {
        if (isApiError(errorRef.current) && errorRef.current.status === 401) setTick((t) => t + 1);
      }),
    [],
  );

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
