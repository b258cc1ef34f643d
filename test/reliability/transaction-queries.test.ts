/**
 * Inside a transaction every query shares one connection. node-postgres queues a query
 * sent while another runs on the same client, warns "Calling client.query() when the
 * client is already executing a query" and pg 9 will refuse it: the services must send
 * their statements one after the other there. The claim flows run against a real server
 * process (whose stderr carries Node's warnings, with their stack) and its output must
 * hold no such warning. On SQLite the same flows run and must simply succeed.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';
import { goodClaim } from '../helpers/dealer-api';
import { daysAgo, today } from '../helpers/dates';
import { makeReadyToSettle } from '../helpers/claim-states';
import { send, spawnServer, type ServerProcess } from './lib/server-process';
import { dealerToken } from './lib/world';

const PARALLEL_QUERY_WARNING = 'already executing a query';

let strapi: Core.Strapi;
let server: ServerProcess;
let dealerJwt: string;
let reviewerJwt: string;
let financeJwt: string;

jest.setTimeout(10 * 60_000);

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  dealerJwt = await dealerToken(strapi, FIXTURE.users.east);
  reviewerJwt = await staffLogin(strapi, 'Technical reviewer');
  financeJwt = await staffLogin(strapi, 'Finance');
  server = await spawnServer({ NODE_OPTIONS: '--trace-warnings --trace-deprecation' });
});

afterAll(async () => {
  await server?.kill('SIGTERM');
  await stopStrapi();
});

const auth = (jwt: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${jwt}`, ...extra });
const dealer = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
  send(server.base, method, `/api/claim-review${url}`, body, auth(dealerJwt, headers));
const staff = (jwt: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
  send(server.base, method, `/claim-review${url}`, body, auth(jwt, headers));

function expectStatus(res: { status: number; body: any }, status: number, step: string) {
  if (res.status !== status) throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
}

it('the claim flows send no query on a connection that is still busy with another', async () => {
  // Draft, edit, precheck, submit, a question and its answer, approval.
  const draft = await dealer('POST', '/claims', goodClaim());
  expectStatus(draft, 201, 'save a draft');
  const edited = await dealer('PUT', `/claims/${draft.body.number}`, goodClaim({ travel: { km: 40 } }), { 'If-Match': String(draft.body.version) });
  expectStatus(edited, 200, 'edit the draft');
  expectStatus(await dealer('POST', '/claims/precheck', goodClaim()), 200, 'precheck');
  const submitted = await dealer('POST', `/claims/${draft.body.number}/submit`, undefined, { 'If-Match': String(edited.body.version) });
  expectStatus(submitted, 200, 'submit');
  const asked = await staff(reviewerJwt, 'POST', `/claims/${draft.body.number}/decision`, { decision: 'request_info', comment: '请补充照片' }, { 'If-Match': String(submitted.body.version) });
  expectStatus(asked, 200, 'request info');
  expectStatus(await dealer('POST', `/claims/${draft.body.number}/answers`, { message: '已补充' }), 200, 'answer');
  const back = await staff(reviewerJwt, 'GET', `/claims/${draft.body.number}`);
  expectStatus(back, 200, 'staff read');
  expectStatus(await staff(reviewerJwt, 'POST', `/claims/${draft.body.number}/decision`, { decision: 'approve', comment: 'ok' }, { 'If-Match': String(back.body.version) }), 200, 'approve');

  // Filed at once with a key, the same key again; a draft deleted; the lists.
  const filed = await dealer('POST', '/claims', { ...goodClaim(), submit: true }, { 'Idempotency-Key': 'tx-queries-1' });
  expectStatus(filed, 201, 'file and submit');
  const again = await dealer('POST', '/claims', { ...goodClaim(), submit: true }, { 'Idempotency-Key': 'tx-queries-1' });
  expect(again.body.number).toBe(filed.body.number);
  const doomed = await dealer('POST', '/claims', goodClaim());
  expectStatus(await dealer('DELETE', `/claims/${doomed.body.number}`), 204, 'delete a draft');
  expectStatus(await dealer('GET', '/claims'), 200, 'dealer list');
  expectStatus(await staff(reviewerJwt, 'GET', '/claims'), 200, 'staff queue');

  // A settlement drafted and issued.
  await makeReadyToSettle(strapi, filed.body.number);
  const settlement = await staff(financeJwt, 'POST', '/settlements', { dealer: FIXTURE.dealers.east, periodStart: daysAgo(7), periodEnd: today() });
  expectStatus(settlement, 201, 'draft a settlement');
  expectStatus(await staff(financeJwt, 'POST', `/settlements/${settlement.body.number}/issue`), 200, 'issue');

  const output = server.output();
  const at = output.indexOf(PARALLEL_QUERY_WARNING);
  if (at >= 0) throw new Error(`the server warned:\n${output.slice(Math.max(0, at - 200), at + 3000)}`);
});
