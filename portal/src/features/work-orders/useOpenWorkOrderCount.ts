import { useEffect, useState } from 'react';
import { workOrdersApi } from '../../api/workOrders';

/**
 * How many work orders are open, for the navigation: one page-size-1 list call, again on
 * each screen change so an accepted or completed order shows at once. Null until known
 * or when the call fails: the link still works without its count.
 */
export function useOpenWorkOrderCount(pathname: string, signedIn: boolean): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!signedIn) return;
    const ctrl = new AbortController();
    workOrdersApi.list({ open: true, pageSize: 1 }, ctrl.signal).then(
      (answer) => {
        if (!ctrl.signal.aborted) setCount(answer.meta.pagination.total);
      },
      () => {
        if (!ctrl.signal.aborted) setCount(null);
      },
    );
    return () => ctrl.abort();
  }, [pathname, signedIn]);
  return count;
}
