/**
 * The OpenAPI document is generated from the zod schemas; real answers of the
 * running server must validate against the document's own response schemas.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { stopStrapi } from '../helpers/strapi';
import { FIXTURE } from '../helpers/fixture';
import { dealerApi, goodClaim } from '../helpers/dealer-api';
import type { DealerApi, StaffApi } from '../helpers/staff-api';
import contentApi from '../../plugins/claim-review/server/src/routes/content-api';
import { fixtureWorld } from '../helpers/fixture-world';
import { completed, dispatched, nowIso } from '../helpers/service-desk';

let east: DealerApi;
let coordinator: StaffApi;
let doc: any;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));

beforeAll(async () => {
  let staff: Record<'Service coordinator', StaffApi>;
  ({ east, staff } = await fixtureWorld(['Service coordinator']));
  coordinator = staff['Service coordinator'];
  const res = await dealerApi(null).get('/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
});
afterAll(stopStrapi);

const check = (path: string, method: string, status: number, body: unknown) => {
  const schema = doc.paths[path][method].responses[String(status)].content['application/json'].schema;
  const validate = ajv.compile(schema);
  const ok = validate(body);
  if (!ok) throw new Error(`${method.toUpperCase()} ${path} ${status}: ${ajv.errorsText(validate.errors)}`);
};

it('is an OpenAPI 3.1 document of every dealer route, served without a token', () => {
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/me', '/units/{serial}', '/registrations', '/claims/precheck', '/claims', '/claims/{number}', '/claims/{number}/submit', '/claims/{number}/answers']));
  const claimBody = doc.paths['/claims'].post.requestBody.content['application/json'].schema;
  expect(claimBody.required).toEqual(expect.arrayContaining(['serial', 'failureDate', 'repairDate', 'remedy', 'fault', 'customerConfirmation']));
  expect(claimBody.properties.remedy.enum).toEqual(['repair', 'replacement', 'refund']);
  const repair = claimBody.properties.repair.anyOf.find((s: any) => s.type === 'object');
  expect(repair.required).toEqual(['handedOverAt', 'returnedAt']);
  expect(claimBody.properties.repair.description).toContain('REPAIR_DAYS_LIMIT');
  const answer = doc.paths['/claims/{number}'].get.responses['200'].content['application/json'].schema;
  expect(Object.keys(answer.properties)).toEqual(expect.arrayContaining(['repair', 'remedyValue']));
});

it('documents every route of the dealer API but itself, by the handler that serves it', () => {
  const documented = Object.entries(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap(([p, ops]) =>
    Object.entries(ops).map(([m, op]) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')} ${op.operationId}`),
  );
  const served = contentApi.routes.filter((r) => r.path !== '/openapi.json').map((r) => `${r.method} ${r.path} ${r.handler}`);
  expect(documented.sort()).toEqual(served.sort());
  expect(doc.paths['/evidence/{id}'].get.security).toEqual([]);
  expect(Object.keys(doc.paths['/settlements/{number}/pdf'].get.responses['200'].content)).toEqual(['application/pdf']);
});

it('describes the real answers of the server', async () => {
  check('/me', 'get', 200, (await east.get('/me')).body);
  check('/units/{serial}', 'get', 200, (await east.get(`/units/${FIXTURE.serials.registered}`)).body);
  check('/claims/precheck', 'post', 200, (await east.post('/claims/precheck', goodClaim())).body);
  const created = await east.post('/claims', { ...goodClaim(), submit: true });
  const withRepair = goodClaim();
  const dated = await east.post('/claims', { ...withRepair, repair: { handedOverAt: withRepair.failureDate, returnedAt: withRepair.repairDate } });
  expect(dated.body.repair).toEqual({ handedOverAt: withRepair.failureDate, returnedAt: withRepair.repairDate });
  check('/claims', 'post', 201, dated.body);
  check('/claims', 'post', 201, created.body);
  check('/claims/{number}', 'get', 200, (await east.get(`/claims/${created.body.number}`)).body);
  check('/claims', 'get', 200, (await east.get('/claims')).body);
  check('/registrations', 'post', 201, (await east.post('/registrations', { serial: FIXTURE.serials.unregistered, saleDate: created.body.repairDate, customer: { name: '赵六', phone: '13600000000', address: '青岛' } })).body);
  check('/claims', 'post', 400, (await east.post('/claims', { serial: '' })).body);
  check('/claims', 'post', 422, (await east.post('/claims', { ...goodClaim({ parts: [{ partNumber: FIXTURE.parts.core, qty: 1 }] }), submit: true })).body);
  check('/claims/{number}', 'get', 404, (await east.get('/claims/CR-000000-00000')).body);
  check('/me', 'get', 401, (await dealerApi(null).get('/me')).body);
  const quote = { model: FIXTURE.model, parts: [{ partNumber: FIXTURE.parts.motor, qty: 1 }], labour: [{ operation: FIXTURE.operations.motor }] };
  check('/quotes', 'post', 200, (await east.post('/quotes', quote)).body);
  check('/quotes', 'post', 422, (await east.post('/quotes', { ...quote, parts: [{ partNumber: FIXTURE.parts.core, qty: 1 }] })).body);
  check('/shipments', 'get', 200, (await east.get('/shipments')).body);
  check('/settlements', 'get', 200, (await east.get('/settlements')).body);
  check('/settlements/{number}', 'get', 404, (await east.get('/settlements/ST-000000-0000')).body);
  // Dealer scorecard: the caller's own card.
  check('/scorecard', 'get', 200, (await east.get('/scorecard')).body);
  check('/scorecard', 'get', 400, (await east.get('/scorecard?from=2026-13-01')).body);
});

it('describes the real work-order answers, from dispatch to the filed claim', async () => {
  const open = await dispatched(coordinator);
  check('/work-orders/{number}', 'get', 200, (await east.get(`/work-orders/${open.workOrder}`)).body);
  check('/work-orders/{number}/accept', 'post', 200, (await east.post(`/work-orders/${open.workOrder}/accept`)).body);
  check('/work-orders/{number}/accept', 'post', 409, (await east.post(`/work-orders/${open.workOrder}/accept`)).body);
  check('/work-orders/{number}/contact-attempts', 'post', 200, (await east.post(`/work-orders/${open.workOrder}/contact-attempts`, { at: nowIso(), reached: false })).body);
  check('/work-orders/{number}/appointment', 'post', 400, (await east.post(`/work-orders/${open.workOrder}/appointment`, { at: nowIso(-3_600_000), agreedBy: '张三' })).body);
  check('/work-orders', 'get', 200, (await east.get('/work-orders?open=true')).body);
  const done = await completed(coordinator, east);
  check('/work-orders/{number}', 'get', 200, (await east.get(`/work-orders/${done.workOrder}`)).body);
  const claim = await east.post(`/work-orders/${done.workOrder}/claim`);
  check('/work-orders/{number}/claim', 'post', 201, claim.body);
  expect(claim.body.serviceRequest).toBe(done.request);
});

it('rejects an answer that breaks the contract (the check can fail)', () => {
  expect(() => check('/me', 'get', 200, { user: { username: 1 } })).toThrow();
});
