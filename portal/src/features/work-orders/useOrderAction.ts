import { useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import type { WorkOrder } from '../../api/workOrders';

export interface OrderActionHooks {
  /** The server's answer: the order as it is now. */
  onDone: (order: WorkOrder) => void;
  /**
   * The order moved on elsewhere (409): the page loads it again, so it offers what is
   * valid now, and keeps the server's reason in view above the order.
   */
  onStale: (error: unknown) => void;
}

/**
 * One action on a work order: a single request in flight, the server's 400 field codes
 * handed to the form, a wrong state handed to the page, anything else kept to be shown
 * beside the action.
 */
export function useOrderAction({ onDone, onStale }: OrderActionHooks) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);

  async function run(call: () => Promise<WorkOrder>, onFields?: (fields: Record<string, string>) => void): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      onDone(await call());
      return true;
    } catch (err) {
      if (isApiError(err) && err.status === 400 && err.details.fields && onFields) onFields(err.details.fields);
      if (isApiError(err) && err.status === 409) onStale(err);
      else setError(err);
      return false;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return { busy, error, run };
}
