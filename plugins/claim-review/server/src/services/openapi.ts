import * as z from 'zod';
import type { Core } from '@strapi/strapi';
import {
  answerInputSchema,
  claimAnswerSchema,
  claimCreateInputSchema,
  claimInputSchema,
  claimSummaryAnswer,
  errorAnswer,
  listAnswerOf,
  meAnswerSchema,
  precheckAnswerSchema,
  registrationAnswerSchema,
  registrationInputSchema,
  unitAnswerSchema,
  quoteAnswer,
  quoteInputSchema,
  settlementAnswer,
  settlementSummaryAnswer,
  shipmentAnswer,
  shipmentInputSchema,
  appointmentInputSchema,
  arrivalInputSchema,
  contactAttemptInputSchema,
  declineInputSchema,
  filedClaimAnswer,
  serviceReceiptInputSchema,
  workOrderAnswer,
  dealerComplaintAnswer,
  scorecardAnswer,
  // Dealer portal reference (issue #18).
  modelReferenceAnswer,
  unitSummaryAnswer,
} from '../../../shared';

type Schema = z.ZodType;

// Dealer portal reference (issue #18).
const modelListAnswer = z.looseObject({ data: z.array(z.looseObject({ code: z.string(), name: z.string(), nameEn: z.string().nullable() })) });

/** JSON Schema (2020-12, what OpenAPI 3.1 speaks) of a zod schema, as a request or as an answer. */
const jsonSchema = (schema: Schema, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const json = (schema: Schema, io: 'input' | 'output') => ({ 'application/json': { schema: jsonSchema(schema, io) } });

const ERRORS = {
  400: 'VALIDATION_FAILED: the body or query does not fit; details.fields names each field',
  401: 'UNAUTHENTICATED: no valid dealer token',
  403: 'FORBIDDEN: the user has no active dealer, or a signed link expired or was tampered with',
  404: 'NOT_FOUND: no such record for this dealer',
  409: 'CONFLICT: wrong state, stale If-Match, duplicate',
  422: 'PRECHECK_FAILED: an error finding blocks submit; details.findings lists them',
} as const;

const errors = (...statuses: Array<keyof typeof ERRORS>) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: ERRORS[s], content: json(errorAnswer, 'output') }]));

interface Operation {
  /** The route's handler (routes/content-api.ts), so the document and the route table name an operation alike. */
  id: string;
  summary: string;
  body?: Schema;
  answer?: Schema;
  status?: number;
  params?: string[];
  query?: Record<string, string>;
  headers?: Record<string, string>;
  errors?: Array<keyof typeof ERRORS>;
  /** The answer is a file of this media type rather than JSON. */
  file?: 'application/pdf' | 'application/octet-stream';
  /** The body is multipart/form-data with a `files` field (claim photos). */
  upload?: boolean;
  /** No token: the credential is in the link itself (signed evidence links). */
  open?: boolean;
}

const binary = { type: 'string', contentMediaType: 'application/octet-stream' };

const requestBody = (op: Operation) => {
  if (op.upload) {
    return { requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['files'], properties: { files: { type: 'array', items: binary } } } } } } };
  }
  return op.body ? { requestBody: { required: true, content: json(op.body, 'input') } } : {};
};

const success = (op: Operation) => {
  if (op.file) return { description: 'The file', content: { [op.file]: { schema: binary } } };
  return op.answer ? { description: 'OK', content: json(op.answer, 'output') } : { description: 'No content' };
};

const operation = (op: Operation) => ({
  operationId: op.id,
  summary: op.summary,
  security: op.open ? [] : [{ dealerJwt: [] }],
  parameters: [
    ...(op.params ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...Object.entries(op.query ?? {}).map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } })),
    ...Object.entries(op.headers ?? {}).map(([name, description]) => ({ name, in: 'header', required: false, description, schema: { type: 'string' } })),
  ],
  ...requestBody(op),
  responses: {
    [String(op.status ?? 200)]: success(op),
    ...errors(...(op.open ? [] : ([401, 403] as const)), ...(op.errors ?? [])),
  },
});

/**
 * The OpenAPI 3.1 document of the dealer API, generated from the same zod schemas
 * the server validates with, so the document cannot drift from the code.
 */
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({
  document() {
    return {
      openapi: '3.1.0',
      info: {
        title: 'Sanbao dealer API (三包索赔 经销商接口)',
        version: '1.0.0',
        license: { name: 'Proprietary', identifier: 'LicenseRef-Sanbao-Proprietary' },
        description: 'Warranty claims for dealers. Money is integer fen; dates are business dates YYYY-MM-DD (Asia/Shanghai). Errors: { error: { status, code, message: { zh, en }, details } }.',
      },
      servers: [{ url: '/api/claim-review' }],
      components: { securitySchemes: { dealerJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'POST /api/auth/local { identifier, password } → jwt' } } },
      paths: {
        '/me': { get: operation({ id: 'dealer.me', summary: 'The calling user and its dealer', answer: meAnswerSchema }) },
        '/units/{serial}': { get: operation({ id: 'units.findOne', summary: 'A unit of this dealer: coverage and claim history', params: ['serial'], answer: unitAnswerSchema, errors: [404] }) },
        '/registrations': { post: operation({ id: 'units.register', summary: 'Register a retail sale (warranty card)', body: registrationInputSchema, answer: registrationAnswerSchema, status: 201, errors: [400, 404, 409] }) },
        '/claims/precheck': { post: operation({ id: 'claims.precheck', summary: 'Check and price a claim; writes nothing', body: claimInputSchema, answer: precheckAnswerSchema, errors: [400] }) },
        '/claims': {
          get: operation({ id: 'claims.find', summary: 'The dealer\'s claims', answer: listAnswerOf(claimSummaryAnswer), query: { status: 'claim status', q: 'number or serial contains', page: 'page from 1', pageSize: '1..100' }, errors: [400] }),
          post: operation({ id: 'claims.create', summary: 'Save a draft, or submit with submit: true', body: claimCreateInputSchema, answer: claimAnswerSchema, status: 201, headers: { 'Idempotency-Key': 'a repeat with the same key answers the first claim' }, errors: [400, 409, 422] }),
        },
        '/claims/{number}': {
          get: operation({ id: 'claims.findOne', summary: 'A claim with lines, findings, questions and timeline', params: ['number'], answer: claimAnswerSchema, errors: [404] }),
          put: operation({ id: 'claims.update', summary: 'Edit a claim in draft or info_requested', params: ['number'], body: claimInputSchema, answer: claimAnswerSchema, headers: { 'If-Match': 'the version the edit is based on' }, errors: [400, 404, 409] }),
          delete: operation({ id: 'claims.delete', summary: 'Delete a draft', params: ['number'], status: 204, errors: [404, 409] }),
        },
        '/claims/{number}/submit': { post: operation({ id: 'claims.submit', summary: 'Submit a draft (precheck, then review)', params: ['number'], answer: claimAnswerSchema, errors: [404, 409, 422] }) },
        '/claims/{number}/answers': { post: operation({ id: 'claims.answer', summary: 'Answer the reviewer\'s question', params: ['number'], body: answerInputSchema, answer: claimAnswerSchema, errors: [400, 404, 409] }) },
        '/claims/{number}/attachments': { post: operation({ id: 'attachments.create', summary: 'Attach photos or PDFs (jpg, png, webp, pdf) to a draft or a claim with a question', params: ['number'], upload: true, answer: claimAnswerSchema, errors: [400, 404, 409] }) },
        '/claims/{number}/attachments/{id}': {
          get: operation({ id: 'evidence.forDealer', summary: 'A file of the claim, to the owning dealer', params: ['number', 'id'], file: 'application/octet-stream', errors: [404] }),
          delete: operation({ id: 'attachments.delete', summary: 'Remove a file from a draft or a claim with a question', params: ['number', 'id'], answer: claimAnswerSchema, errors: [404, 409] }),
        },
        '/evidence/{id}': { get: operation({ id: 'evidence.byLink', summary: 'A file by the signed link a claim answers in photos[].url (valid 600 s)', params: ['id'], query: { expires: 'epoch seconds', signature: 'HMAC of the link' }, file: 'application/octet-stream', open: true, errors: [403, 404] }) },
        '/shipments': {
          get: operation({ id: 'shipments.find', summary: 'Parts sent back to the factory (旧件返回)', answer: listAnswerOf(shipmentAnswer), query: { page: 'page from 1', pageSize: '1..100' }, errors: [400] }),
          post: operation({ id: 'shipments.create', summary: 'Ship parts of claims back to the factory', body: shipmentInputSchema, answer: shipmentAnswer, status: 201, errors: [400, 409] }),
        },
        '/settlements': { get: operation({ id: 'settlements.find', summary: 'Issued settlement notices (三包费用核销通知)', answer: listAnswerOf(settlementSummaryAnswer), query: { status: 'issued | acknowledged', page: 'page from 1', pageSize: '1..100' }, errors: [400] }) },
        '/settlements/{number}': { get: operation({ id: 'settlements.findOne', summary: 'A settlement notice with its lines', params: ['number'], answer: settlementAnswer, errors: [404] }) },
        '/settlements/{number}/pdf': { get: operation({ id: 'settlements.pdf', summary: 'The notice as the PDF finance issued (same bytes, pdfSha256)', params: ['number'], file: 'application/pdf', errors: [404] }) },
        '/settlements/{number}/acknowledge': { post: operation({ id: 'settlements.acknowledge', summary: 'Acknowledge receipt of the notice; a repeat answers the first', params: ['number'], answer: settlementAnswer, errors: [404] }) },
        '/quotes': { post: operation({ id: 'quotes.create', summary: 'Price an out-of-warranty repair at guide prices with tax', body: quoteInputSchema, answer: quoteAnswer, errors: [400, 422] }) },
        '/quotes/pdf': { post: operation({ id: 'quotes.pdf', summary: 'The same quote as a PDF (服务收费单)', body: quoteInputSchema, file: 'application/pdf', errors: [400, 422] }) },
        '/work-orders': {
          get: operation({ id: 'workOrders.find', summary: 'The dealer’s work orders (售后派工单), open first, due first', answer: listAnswerOf(workOrderAnswer), query: { open: 'true | false', status: 'work order status', page: 'page from 1', pageSize: '1..100' }, errors: [400] }),
        },
        '/work-orders/{number}': { get: operation({ id: 'workOrders.findOne', summary: 'A work order with its timers, contact attempts, receipt and timeline', params: ['number'], answer: workOrderAnswer, errors: [404] }) },
        '/work-orders/{number}/accept': { post: operation({ id: 'workOrders.accept', summary: 'Accept a dispatched order (within 2 office hours)', params: ['number'], answer: workOrderAnswer, errors: [404, 409] }) },
        '/work-orders/{number}/decline': { post: operation({ id: 'workOrders.decline', summary: 'Decline a dispatched order, with a reason', params: ['number'], body: declineInputSchema, answer: workOrderAnswer, errors: [400, 404, 409] }) },
        '/work-orders/{number}/contact-attempts': { post: operation({ id: 'workOrders.contactAttempt', summary: 'Log a call to the customer; the third counted failure hands the order back', params: ['number'], body: contactAttemptInputSchema, answer: workOrderAnswer, errors: [400, 404, 409] }) },
        '/work-orders/{number}/appointment': { post: operation({ id: 'workOrders.appointment', summary: 'Set or reschedule (with a reason) the visit the customer agreed to', params: ['number'], body: appointmentInputSchema, answer: workOrderAnswer, errors: [400, 404, 409] }) },
        '/work-orders/{number}/arrival': { post: operation({ id: 'workOrders.arrival', summary: 'The technician arrived at the customer’s', params: ['number'], body: arrivalInputSchema, answer: workOrderAnswer, errors: [400, 404, 409] }) },
        '/work-orders/{number}/receipt': { post: operation({ id: 'workOrders.receipt', summary: 'The signed service receipt (维修服务回执单); out of warranty the server prices the charge', params: ['number'], body: serviceReceiptInputSchema, answer: workOrderAnswer, errors: [400, 404, 409, 422] }) },
        '/work-orders/{number}/claim': { post: operation({ id: 'workOrders.fileClaim', summary: 'File the warranty claim of an in-warranty receipt (a draft, prefilled); again answers the same claim', params: ['number'], answer: filedClaimAnswer, status: 201, errors: [404, 409] }) },
        // Complaints (投诉).
        '/complaints': {
          get: operation({ id: 'complaints.forDealer', summary: 'Complaints (投诉) that count against the dealer, newest first, read-only; the complainant’s phone masked', answer: listAnswerOf(dealerComplaintAnswer), query: { page: 'page from 1', pageSize: '1..100' }, errors: [400] }),
        },
        // Dealer scorecard: the caller's own card.
        '/scorecard': { get: operation({ id: 'scorecards.mine', summary: 'The dealer’s own scorecard (经销商评级): grade and its history, approval and adjustment rates, spot checks', answer: scorecardAnswer, query: { from: 'YYYY-MM-DD (repair date)', to: 'YYYY-MM-DD' }, errors: [400] }) },
        // Dealer portal reference (issue #18): pickers fed by a model, and the dealer's own units.
        '/units': { get: operation({ id: 'dealerReference.units', summary: 'The units this dealer sold or holds, registered or not, by serial', answer: listAnswerOf(unitSummaryAnswer), query: { registered: 'true | false', q: 'serial contains (any case)', page: 'page from 1', pageSize: '1..100' }, errors: [400] }) },
        '/models': { get: operation({ id: 'dealerReference.models', summary: 'Product models by code', answer: modelListAnswer }) },
        '/models/{code}/reference': { get: operation({ id: 'dealerReference.forModel', summary: 'A model\'s components (zh, en), parts with prices on the date and core flag, and labour operations with standard hours', params: ['code'], query: { date: 'prices valid on YYYY-MM-DD (default today)' }, answer: modelReferenceAnswer, errors: [400, 404] }) },
        '/logout': { post: operation({ id: 'dealer.logout', summary: 'End every session of this user', status: 204 }) },
      },
    };
  },
});
