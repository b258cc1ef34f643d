import * as z from 'zod';

/*
 * The answers of the dealer API as schemas: they document the contract in the
 * OpenAPI document (GET /api/claim-review/openapi.json) and let tests check real
 * responses against it. The TypeScript types of contracts/ stay the source the
 * code is written against; these mirror them for the wire.
 */

const date = z.string().meta({ format: 'date', description: 'Business date YYYY-MM-DD' });
const dateTime = z.string().meta({ format: 'date-time' });
const fen = z.number().int().meta({ description: 'Amount in fen (1/100 yuan)' });
const bilingual = z.looseObject({ zh: z.string(), en: z.string() });
const claimStatus = z.enum(['draft', 'submitted', 'in_review', 'info_requested', 'rejected', 'approved', 'partially_approved', 'awaiting_parts', 'ready_to_settle', 'settled']);

export const findingAnswer = z.looseObject({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  field: z.string().optional(),
  message: bilingual,
  clause: bilingual.optional(),
});

export const errorAnswer = z.looseObject({
  error: z.looseObject({
    status: z.number().int(),
    code: z.enum(['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PRECHECK_FAILED']),
    message: bilingual,
    details: z.looseObject({
      findings: z.array(findingAnswer).optional(),
      fields: z.record(z.string(), z.string()).optional(),
      files: z.array(z.object({ index: z.number().int(), name: z.string(), reason: z.string() })).optional(),
      reason: z.string().optional(),
    }),
  }),
});

export const claimLineAnswer = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  kind: z.enum(['part', 'labour', 'travel']),
  ref: z.string(),
  qty: z.number().int().optional(),
  hours: z.number().optional(),
  km: z.number().int().optional(),
  label: bilingual.optional(),
  unitPrice: fen,
  amount: fen,
  decision: z.enum(['accept', 'adjust', 'reject']).optional(),
  payable: fen,
});

export const claimTotalsAnswer = z.looseObject({ parts: fen, labour: fen, travel: fen, total: fen, payable: fen });

export const precheckAnswerSchema = z.looseObject({
  findings: z.array(findingAnswer),
  lines: z.array(claimLineAnswer),
  totals: claimTotalsAnswer,
});

export const claimAnswerSchema = z.looseObject({
  number: z.string(),
  status: claimStatus,
  version: z.number().int().min(1),
  serial: z.string(),
  failureDate: date,
  repairDate: date,
  remedy: z.enum(['repair', 'replacement', 'refund']),
  fault: z.looseObject({ component: z.string(), description: z.string() }),
  usage: z.looseObject({ value: z.number(), unit: z.enum(['h', 'km']) }).nullable(),
  repair: z
    .looseObject({ handedOverAt: date, returnedAt: date })
    .nullable()
    .optional()
    .describe('When the unit was handed over for this repair and returned; drives repair days (household vehicles) and the farm clocks'),
  remedyValue: z
    .looseObject({
      remedy: z.enum(['replacement', 'refund']),
      unitPrice: z.number().int().nullable().describe('the model\'s dealer price of a whole unit, fen'),
      km: z.number().int().nullable(),
      rateBp: z.number().int().nullable().describe('usage-charge n in basis points (50 = 0.5 %)'),
      usageCharge: z.number().int().nullable().describe('price × km ÷ 1000 × n, fen; 0 in a free window or without a rate'),
      free: z.enum(['refund_window', 'early_remedy']).nullable(),
      net: z.number().int().nullable().describe('unitPrice − usageCharge, fen'),
    })
    .nullable()
    .optional()
    .describe('Replacement and refund claims: the unit\'s value and the owner\'s usage charge; null for a repair'),
  lines: z.array(claimLineAnswer),
  totals: claimTotalsAnswer,
  findings: z.array(findingAnswer),
  questions: z.array(z.looseObject({ id: z.union([z.number(), z.string()]), message: z.string(), askedAt: dateTime, answer: z.string().optional(), answeredAt: dateTime.optional() })),
  timeline: z.array(z.looseObject({ at: dateTime, actor: z.string(), event: z.string(), from: z.string().optional(), to: z.string().optional(), comment: z.string().optional() })),
});

export const claimSummaryAnswer = z.looseObject({
  number: z.string(),
  status: claimStatus,
  version: z.number().int(),
  serial: z.string(),
  failureDate: date,
  repairDate: date,
  remedy: z.enum(['repair', 'replacement', 'refund']),
  totals: claimTotalsAnswer,
});

export const listAnswerOf = <T extends z.ZodType>(item: T) =>
  z.looseObject({
    data: z.array(item),
    meta: z.looseObject({ pagination: z.looseObject({ page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int(), total: z.number().int() }) }),
  });

export const meAnswerSchema = z.looseObject({
  user: z.looseObject({ username: z.string(), email: z.string() }),
  dealer: z.looseObject({ code: z.string(), name: z.string(), tier: z.number().int(), region: z.string().nullable() }),
});

export const unitAnswerSchema = z.looseObject({
  serial: z.string(),
  model: z.looseObject({ code: z.string(), name: z.string() }),
  registered: z.boolean(),
  saleDate: date.nullable(),
  registrationDate: date.nullable(),
  coverage: z.looseObject({
    wholeUnitUntil: date.nullable(),
    mainComponentsUntil: date.nullable(),
    refundUntil: date.nullable(),
    replacementUntil: date.nullable(),
    usageCap: z.looseObject({ value: z.number(), unit: z.enum(['h', 'km']) }).nullable(),
  }),
  claims: z.array(z.looseObject({ number: z.string(), status: claimStatus, repairDate: date })),
});

export const registrationAnswerSchema = z.looseObject({ serial: z.string(), registrationDate: date, late: z.boolean() });

const settlementHead = {
  number: z.string(),
  dealer: z.looseObject({ code: z.string(), name: z.string() }),
  periodStart: date,
  periodEnd: date,
  status: z.enum(['issued', 'acknowledged']),
  total: fen,
  issuedAt: dateTime.nullable(),
  acknowledgedAt: dateTime.nullable(),
};

/** 三包费用核销通知 as a dealer reads it (only issued or acknowledged ones reach a dealer). */
export const settlementAnswer = z.looseObject({
  ...settlementHead,
  lines: z.array(
    z.looseObject({
      kind: z.enum(['claim', 'adjustment']),
      claimNumber: z.string().nullable(),
      parts: fen,
      labour: fen,
      travel: fen,
      amount: fen.meta({ description: 'Payable in fen; an adjustment may be negative' }),
    }),
  ),
  pdfSha256: z.string().nullable().meta({ description: 'SHA-256 of the PDF the dealer downloads' }),
});

export const settlementSummaryAnswer = z.looseObject({ ...settlementHead, claimCount: z.number().int(), adjustmentCount: z.number().int() });

export const shipmentAnswer = z.looseObject({
  number: z.string(),
  carrier: z.string(),
  trackingNumber: z.string(),
  status: z.enum(['shipped', 'received']),
  parts: z.array(z.looseObject({ claimNumber: z.string(), partNumber: z.string(), qty: z.number().int() })),
});

/** An out-of-warranty price (服务收费单): guide prices with VAT split out on parts. */
export const quoteAnswer = z.looseObject({
  lines: z.array(
    z.looseObject({
      kind: z.enum(['part', 'labour', 'travel']),
      ref: z.string(),
      unitPrice: fen,
      amount: fen.meta({ description: 'Before VAT' }),
      tax: fen,
    }),
  ),
  totals: z.looseObject({ parts: fen, tax: fen, labour: fen, travel: fen, logistics: fen, total: fen }),
  findings: z.array(findingAnswer),
});
