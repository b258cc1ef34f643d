import type { Bilingual } from '@shared/contracts/money';
import type { ErrorDetails } from '@shared/contracts/errors';

/**
 * The one HTTP transport of the portal. Every call is same-origin (`/api/...`): Strapi
 * serves the portal and the API from one host, and Vite proxies `/api` in development.
 */

/** docs/api.md codes plus the ones only a client can observe. */
export type ClientErrorCode = string | 'NETWORK' | 'RATE_LIMITED' | 'SERVER_ERROR';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  /** Bilingual text the server sent; absent for Strapi's own (monolingual) errors. */
  readonly serverMessage?: Bilingual;
  readonly details: ErrorDetails;

  constructor(status: number, code: ClientErrorCode, serverMessage?: Bilingual, details: ErrorDetails = {}) {
    super(serverMessage?.en ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.serverMessage = serverMessage;
    this.details = details;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

interface AuthHooks {
  token: () => string | null;
  /** Told when a request that carried a token is refused with 401: the session is over. */
  onUnauthenticated: () => void;
}

let auth: AuthHooks = { token: () => null, onUnauthenticated: () => undefined };

export function configureAuth(hooks: AuthHooks): void {
  auth = hooks;
}

/** For transports outside `request` (uploads) that meet a 401 with a token sent. */
export function sessionRefused(): void {
  auth.onUnauthenticated();
}

const restoredListeners = new Set<() => void>();

/** Screens that failed on an expired session load again once the dealer signs back in. */
export function onSessionRestored(listener: () => void): () => void {
  restoredListeners.add(listener);
  return () => restoredListeners.delete(listener);
}

export function announceSessionRestored(): void {
  restoredListeners.forEach((l) => l());
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function apiUrl(path: string, query?: Query): string {
  const url = new URL(path, window.location.origin);
  if (query) {
    for (const [k, v] of Object.entries(query)) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
    }
  }
  return url.toString();
}

export function authHeaders(): Record<string, string> {
  const token = auth.token();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

function isBilingual(v: unknown): v is Bilingual {
  return !!v && typeof v === 'object' && typeof (v as Bilingual).zh === 'string' && typeof (v as Bilingual).en === 'string';
}

const STRAPI_ERROR_NAMES: Record<string, string> = {
  ValidationError: 'VALIDATION_FAILED',
  UnauthorizedError: 'UNAUTHENTICATED',
  ForbiddenError: 'FORBIDDEN',
  NotFoundError: 'NOT_FOUND',
  RateLimitError: 'RATE_LIMITED',
};

function fallbackCode(status: number): ClientErrorCode {
  if (status === 400) return 'VALIDATION_FAILED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 422) return 'PRECHECK_FAILED';
  if (status === 429) return 'RATE_LIMITED';
  return 'SERVER_ERROR';
}

/**
 * Reads both error shapes the portal meets: the plugin's docs/api.md body (bilingual, with
 * findings and field codes) and Strapi's own `{ error: { name, message } }` from
 * /api/auth/local and its rate limiter.
 */
export function errorFromBody(status: number, body: unknown): ApiError {
  const err = (body as { error?: Record<string, unknown> } | null)?.error;
  if (err && typeof err === 'object') {
    const message = isBilingual(err.message) ? err.message : undefined;
    const details = (err.details && typeof err.details === 'object' ? err.details : {}) as ErrorDetails;
    let code = typeof err.code === 'string' ? err.code : undefined;
    if (!code && typeof err.name === 'string') code = STRAPI_ERROR_NAMES[err.name];
    return new ApiError(status, code ?? fallbackCode(status), message, details);
  }
  return new ApiError(status, fallbackCode(status));
}

export interface RequestOptions {
  body?: unknown;
  query?: Query;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const hadToken = !!auth.token();
  const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(), ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), { method, headers, body, signal: opts.signal });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK');
  }
  if (!res.ok) {
    let parsed: unknown = null;
    try {
      parsed = await res.json();
    } catch {
      // A proxy's HTML error page or an empty body: the status alone says enough.
    }
    const error = errorFromBody(res.status, parsed);
    if (res.status === 401 && hadToken) auth.onUnauthenticated();
    throw error;
  }
  return res;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A file answer (PDF): GET, or POST with a JSON body for a document rendered from input (a quote). */
export async function requestBlob(path: string, opts: RequestOptions = {}, method: 'GET' | 'POST' = 'GET'): Promise<Blob> {
  const res = await send(method, path, { ...opts, headers: { Accept: '*/*', ...opts.headers } });
  return res.blob();
}
