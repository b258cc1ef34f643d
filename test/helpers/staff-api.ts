/** A supertest client for the staff API (admin JWT, base /claim-review), and claims taken to review. */
import request from 'supertest';
import { httpServer } from './strapi';
import { goodClaim, type dealerApi } from './dealer-api';

export const staffApi = (jwt: string | null) => {
  const base = '/claim-review';
  const withAuth = (req: request.Test) => (jwt ? req.set('Authorization', `Bearer ${jwt}`) : req);
  return {
    get: (path: string) => withAuth(request(httpServer()).get(base + path)),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) => {
      let req = withAuth(request(httpServer()).post(base + path));
      for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
      return req.send(body as object);
    },
    /** POST /claims/:number/decision with If-Match. */
    decide: (claim: { number: string; version: number }, body: Record<string, unknown>) =>
      withAuth(request(httpServer()).post(`${base}/claims/${claim.number}/decision`)).set('If-Match', String(claim.version)).send(body),
  };
};

export type StaffApi = ReturnType<typeof staffApi>;
export type DealerApi = ReturnType<typeof dealerApi>;

/** A claim filed and submitted by the dealer: it waits in the reviewer's queue (in_review). */
export async function claimInReview(dealer: DealerApi, overrides: Record<string, unknown> = {}) {
  const res = await dealer.post('/claims', { ...goodClaim(overrides), submit: true });
  if (res.status !== 201 || res.body.status !== 'in_review') throw new Error(`claim not in review: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { number: string; version: number; lines: Array<{ id: number; kind: string; ref: string; qty?: number; hours?: number; amount: number; payable: number }> };
}

/** Filed, submitted and approved in full by the reviewer; answers the staff view of the claim. */
export async function approvedClaim(dealer: DealerApi, reviewer: StaffApi, overrides: Record<string, unknown> = {}) {
  const claim = await claimInReview(dealer, overrides);
  const res = await reviewer.decide(claim, { decision: 'approve', comment: 'ok' });
  if (res.status !== 200) throw new Error(`approve failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
