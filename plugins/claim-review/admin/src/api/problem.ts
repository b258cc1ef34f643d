import type { Bilingual, Finding } from '../../../shared';

/** What went wrong with a request, from the docs/api.md error body when there is one. */
export interface Problem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  code: string;
  /** The finer reason (STALE_VERSION, NOTHING_TO_SETTLE…) when the server names one. */
  reason: string | null;
  message: Bilingual | null;
  fields: Record<string, string>;
  findings: Finding[];
}

interface ErrorLike {
  name?: string;
  status?: number;
  message?: string;
  response?: { data?: { error?: { status?: number; code?: string; name?: string; message?: unknown; details?: Record<string, unknown> } } };
}

export function problemOf(error: unknown): Problem {
  const e = (error ?? {}) as ErrorLike;
  const body = e.response?.data?.error;
  const status = body?.status ?? e.status ?? 0;
  const message = body?.message;
  const details = (body?.details ?? {}) as { reason?: string; fields?: Record<string, string>; findings?: Finding[] };
  return {
    status,
    code: body?.code ?? body?.name ?? (status === 0 ? 'NETWORK' : 'ERROR'),
    reason: details.reason ?? null,
    message:
      message && typeof message === 'object' && 'zh' in (message as object)
        ? (message as Bilingual)
        : typeof message === 'string'
          ? { zh: message, en: message }
          : null,
    fields: details.fields ?? {},
    findings: details.findings ?? [],
  };
}

export const isStale = (p: Problem | null) => Boolean(p && p.status === 409 && (p.reason === 'STALE_VERSION' || p.code === 'STALE_VERSION'));
