/** A supertest client for the dealer API that carries one dealer's session. */
import request from 'supertest';
import { httpServer } from './strapi';
import { FIXTURE } from './fixture';
import { daysAgo } from './dates';

export const dealerApi = (jwt: string | null) => {
  const base = '/api/claim-review';
  const withAuth = (req: request.Test) => (jwt ? req.set('Authorization', `Bearer ${jwt}`) : req);
  return {
    get: (path: string) => withAuth(request(httpServer()).get(base + path)),
    post: (path: string, body?: unknown) => withAuth(request(httpServer()).post(base + path)).send(body as object),
    put: (path: string, body?: unknown) => withAuth(request(httpServer()).put(base + path)).send(body as object),
    delete: (path: string) => withAuth(request(httpServer()).delete(base + path)),
  };
};

/** A claim on the registered fixture unit that passes every precheck rule. */
export const goodClaim = (overrides: Record<string, unknown> = {}) => ({
  serial: FIXTURE.serials.registered,
  failureDate: daysAgo(2),
  repairDate: daysAgo(1),
  usage: { value: 800, unit: 'km' },
  remedy: 'repair',
  fault: { component: 'motor', description: '电机异响，无法启动 / Motor noise, will not start' },
  parts: [{ partNumber: FIXTURE.parts.motor, qty: 1, causal: true }, { partNumber: FIXTURE.parts.bolt, qty: 4 }],
  labour: [{ operation: FIXTURE.operations.motor, hours: 1.5 }],
  travel: { km: 30 },
  customerConfirmation: { name: '张三', signedAt: daysAgo(1) },
  ...overrides,
});

/**
 * A claim on the old fixture unit (sold 400 days ago: the motor, a main component, is
 * still covered) repaired `daysBack` days ago, so its filing deadline lies in the past.
 */
export const oldRepairClaim = (daysBack: number) =>
  goodClaim({
    serial: FIXTURE.serials.old,
    failureDate: daysAgo(daysBack + 1),
    repairDate: daysAgo(daysBack),
    parts: [{ partNumber: FIXTURE.parts.motor, qty: 1, causal: true }],
    customerConfirmation: { name: '张三', signedAt: daysAgo(daysBack) },
  });
