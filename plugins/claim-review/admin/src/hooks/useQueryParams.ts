import * as React from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Filters kept in the address (so a board can be bookmarked and shared); changing any
 * filter but the page starts again at page 1.
 */
export function useQueryParams() {
  const [params, setParams] = useSearchParams();
  const update = React.useCallback(
    (patch: Record<string, string | null>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null || v === '') next.delete(k);
            else next.set(k, v);
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { params, update };
}
