import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PrecheckAnswer } from '@shared/contracts/answers';
import type { ClaimTotals } from '@shared/contracts/claim';
import type { Finding } from '@shared/contracts/findings';
import { api } from '../../api';
import { isApiError, onSessionRestored } from '../../api/client';
import { LOCAL_CODES, localFindings, precheckBody, type ClaimForm } from './claimFormModel';

export type PrecheckStatus = 'incomplete' | 'checking' | 'fresh' | 'failed';

interface Answered {
  body: string;
  answer: Omit<PrecheckAnswer, 'totals'> & { totals: ClaimTotals | null };
}

const DEBOUNCE_MS = 500;

/**
 * The live precheck: the shared rules in the browser at every keystroke, and the server's
 * precheck (prices, coverage, history) a moment after typing stops. The server's answer
 * replaces the local one while it is about exactly what the form holds; while a newer
 * answer is on its way, the local findings stand in for the date rules and the last
 * server findings for the rest.
 */
export function usePrecheck(values: ClaimForm, today: string) {
  const valuesJson = JSON.stringify(values);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const local = useMemo(() => localFindings(values, today), [valuesJson, today]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const body = useMemo(() => precheckBody(values, today), [valuesJson, today]);
  const bodyJson = body ? JSON.stringify(body) : null;

  const [answered, setAnswered] = useState<Answered | null>(null);
  const [status, setStatus] = useState<PrecheckStatus>('incomplete');
  const [error, setError] = useState<unknown>(null);
  const bodyRef = useRef(body);
  bodyRef.current = body;
  // A check refused for an expired session runs again once the dealer signs back in.
  const [retry, setRetry] = useState(0);
  const errorRef = useRef<unknown>(null);
  errorRef.current = error;
  useEffect(
    () =>
      onSessionRestored(() => {
        if (isApiError(errorRef.current) && errorRef.current.status === 401) setRetry((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    if (!bodyJson) {
      setStatus('incomplete');
      return;
    }
    if (answered?.body === bodyJson) {
      setStatus('fresh');
      return;
    }
    setStatus('checking');
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api.precheck(bodyRef.current!, ctrl.signal).then(
        (answer) => {
          if (ctrl.signal.aborted) return;
          setAnswered({ body: bodyJson, answer });
          setError(null);
          setStatus('fresh');
        },
        (e: unknown) => {
          if (ctrl.signal.aborted || (e as Error)?.name === 'AbortError') return;
          setError(e);
          setStatus('failed');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bodyJson, retry]);

  const fresh = !!answered && answered.body === bodyJson;
  const findings: Finding[] = useMemo(() => {
    if (fresh) return answered!.answer.findings;
    const carried = (answered?.answer.findings ?? []).filter((f) => !LOCAL_CODES.has(f.code));
    return [...local, ...carried];
  }, [fresh, answered, local]);

  /** A 422 on submit carries the findings of exactly what was sent: show those. */
  const adopt = useCallback(
    (serverFindings: Finding[]) => {
      if (!bodyJson) return;
      setAnswered((prev) => ({
        body: bodyJson,
        answer: { findings: serverFindings, lines: prev?.answer.lines ?? [], totals: prev?.answer.totals ?? null },
      }));
    },
    [bodyJson],
  );

  return {
    status,
    error,
    findings,
    hasError: findings.some((f) => f.severity === 'error'),
    lines: answered?.answer.lines ?? [],
    totals: answered?.answer.totals ?? null,
    /** The totals shown belong to an earlier state of the form. */
    stale: !fresh && !!answered,
    adopt,
  };
}
