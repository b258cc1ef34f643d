/**
 * HTTP clients for the reliability suite: any token on either API, raw bodies, and the
 * check that an answer is an error in the docs/api.md shape.
 */
import request from 'supertest';
import { httpServer } from '../../helpers/strapi';

export type Api = ReturnType<typeof apiClient>;

/** A client of one base path carrying `token` (a dealer JWT, an admin JWT, garbage, or none). */
export function apiClient(base: '/api/claim-review' | '/claim-review' | '', token: string | null) {
  const auth = (req: request.Test) => (token ? req.set('Authorization', `Bearer ${token}`) : req);
  const call = (method: string, path: string) => auth((request(httpServer()) as any)[method.toLowerCase()](base + path));
  return {
    call,
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path).send(body as object),
    put: (path: string, body?: unknown) => call('PUT', path).send(body as object),
    delete: (path: string) => call('DELETE', path),
    /** A body sent as it is: JSON that is not an object, or text that is not JSON. */
    raw: (method: string, path: string, text: string) => call(method, path).set('Content-Type', 'application/json').send(text),
  };
}

export const dealerClient = (token: string | null) => apiClient('/api/claim-review', token);
export const staffClient = (token: string | null) => apiClient('/claim-review', token);

const CODES = ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PRECHECK_FAILED'];

/** Why `res` is not a 4xx in the docs/api.md error shape, or null when it is. */
export function errorShapeProblem(res: { status: number; body: any }): string | null {
  if (res.status < 400 || res.status >= 500) return `status ${res.status}`;
  const error = res.body?.error;
  if (!error || typeof error !== 'object') return `no error object: ${JSON.stringify(res.body).slice(0, 200)}`;
  if (error.status !== res.status) return `error.status ${error.status} ≠ ${res.status}`;
  if (!CODES.includes(error.code)) return `unknown code ${error.code}`;
  if (typeof error.message?.zh !== 'string' || typeof error.message?.en !== 'string') return 'message is not { zh, en }';
  if (!error.details || typeof error.details !== 'object' || Array.isArray(error.details)) return 'details is not an object';
  return null;
}

export function expectErrorShape(res: { status: number; body: any }, context = '') {
  const problem = errorShapeProblem(res);
  if (problem) throw new Error(`${context} ${problem}`.trim());
}
