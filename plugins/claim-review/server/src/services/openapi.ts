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
} from '../../../shared';

type Schema = z.ZodType;

/** JSON Schema (2020-12, what OpenAPI 3.1 speaks) of a zod schema, as a request or as an answer. */
const jsonSchema = (schema: Schema, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const json = (schema: Schema, io: 'input' | 'output') => ({ 'application/json': { schema: jsonSchema(schema, io) } });

const ERRORS = {
  400: 'VALIDATION_FAILED: the body or query does not fit; details.fields names each field',
  401: 'UNAUTHENTICATED: no valid dealer token',
  403: 'FORBIDDEN: the user has no active dealer',
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
}

const operation = (op: Operation) => ({
  operationId: op.id,
  summary: op.summary,
  security: [{ dealerJwt: [] }],
  parameters: [
    ...(op.params ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...Object.entries(op.query ?? {}).map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } })),
    ...Object.entries(op.headers ?? {}).map(([name, description]) => ({ name, in: 'header', required: false, description, schema: { type: 'string' } })),
  ],
  ...(op.body ? { requestBody: { required: true, content: json(op.body, 'input') } } : {}),
  responses: {
    [String(op.status ?? 200)]: op.answer ? { description: 'OK', content: json(op.answer, 'output') } : { description: 'No content' },
    ...errors(401, 403, ...(op.errors ?? [])),
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
      },
    };
  },
});
