import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ME } from './fixtures';

/** Every request path a test may meet; the dealer API base of docs/api.md. */
export const API = '*/api/claim-review';

export const server = setupServer(
  http.get(`${API}/me`, () => HttpResponse.json(ME)),
  // Forms look the typed serial up for hints; unless a test says otherwise, nothing is found.
  http.get(`${API}/units/:serial`, () =>
    HttpResponse.json({ error: { status: 404, code: 'NOT_FOUND', message: { zh: '未找到', en: 'Not found' }, details: {} } }, { status: 404 }),
  ),
  // The dealer's own units (issue #18): none unless a test says otherwise.
  http.get(`${API}/units`, () => HttpResponse.json({ data: [], meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total: 0 } } })),
  // The navigation counts open work orders on every screen; none unless a test says otherwise.
  http.get(`${API}/work-orders`, () => HttpResponse.json({ data: [], meta: { pagination: { page: 1, pageSize: 1, pageCount: 1, total: 0 } } })),
);

export { http, HttpResponse };
