import { useEffect, useState } from 'react';
import { api, type ModelReference } from '../../api';

/**
 * A model's components, parts and operations for the pickers, loaded once per model and
 * date. Without an answer (unknown model, offline) the pickers are plain text fields.
 */
export function useModelReference(model: string | null | undefined, date?: string): ModelReference | null {
  const key = model ? `${model}|${date ?? ''}` : null;
  const [found, setFound] = useState<{ key: string; ref: ModelReference | null } | null>(null);
  useEffect(() => {
    if (!key || !model) return;
    const ctrl = new AbortController();
    api.modelReference(model, date, ctrl.signal).then(
      (ref) => setFound({ key, ref }),
      () => {
        if (!ctrl.signal.aborted) setFound({ key, ref: null });
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return found && found.key === key ? found.ref : null;
}
