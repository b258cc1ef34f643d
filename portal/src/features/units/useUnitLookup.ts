import { useEffect, useState } from 'react';
import { api, type PortalUnit } from '../../api';

const DEBOUNCE_MS = 400;
/** Shorter than any frame number: no request while the dealer is still typing the first characters. */
const MIN_LENGTH = 8;

/**
 * The unit behind a serial a form is being filled with, looked up quietly a moment after
 * typing stops. It only adds hints (policy deadlines, component codes): a failed look-up
 * answers null and the form works as before.
 */
export function useUnitLookup(serial: string): PortalUnit | null {
  const wanted = serial.trim().toUpperCase();
  const [found, setFound] = useState<{ serial: string; unit: PortalUnit | null } | null>(null);

  useEffect(() => {
    if (wanted.length < MIN_LENGTH) return;
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api.unit(wanted, ctrl.signal).then(
        (unit) => setFound({ serial: wanted, unit }),
        () => {
          if (!ctrl.signal.aborted) setFound({ serial: wanted, unit: null });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [wanted]);

  return found && found.serial === wanted ? found.unit : null;
}
