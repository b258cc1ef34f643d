import * as React from 'react';
import { useDebounced } from './useDebounced';

/**
 * The text of a list's search box, kept in the address as `q` once typing pauses, so the
 * list loads once per pause and a search can be bookmarked.
 */
export function useUrlSearch(params: URLSearchParams, update: (patch: Record<string, string | null>) => void) {
  const [search, setSearch] = React.useState(params.get('q') ?? '');
  const q = useDebounced(search.trim());

  React.useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q });
  }, [q]); // eslint-disable-line react-hooks/exhaustive-deps

  return [search, setSearch] as const;
}
