import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** The staff API of docs/api.md as the admin's fetch client calls it. */
export const API = 'http://localhost:1337/claim-review';

export const server = setupServer();
export { http, HttpResponse };

/** An docs/api.md error body. */
export function errorBody(status: number, code: string, zh: string, en: string, details: Record<string, unknown> = {}) {
  return HttpResponse.json({ error: { status, code, message: { zh, en }, details } }, { status });
}
