import * as z from 'zod';
import { WORK_ORDER_STATES } from './work-order-machine';
import { SERVICE_TIMER_NAMES } from './sla-timer';
import { claimAnswerSchema } from '../schemas/answers';

/*
 * The dealer API's work-order answers as schemas, for the OpenAPI document and for tests
 * that check real answers against it (as schemas/answers.ts does for claims).
 */

const dateTime = z.string().meta({ format: 'date-time' });
const fen = z.number().int().meta({ description: 'Amount in fen (1/100 yuan)' });

export const serviceTimerAnswer = z.looseObject({
  name: z.enum(SERVICE_TIMER_NAMES),
  calendar: z.enum(['office', 'round_the_clock']),
  startedAt: dateTime,
  dueAt: dateTime,
  stoppedAt: dateTime.nullable(),
  state: z.enum(['running', 'met', 'breached', 'cancelled']),
  remainingMs: z.number().int().meta({ description: 'Time left on the timer’s calendar while running' }),
  overdueMs: z.number().int().meta({ description: 'Time past due on the timer’s calendar' }),
});

const receiptAnswer = z.looseObject({
  faultComponent: z.string(),
  faultFound: z.string(),
  workDone: z.string(),
  parts: z.array(z.looseObject({ partNumber: z.string(), qtyIssued: z.number().int(), qtyUsed: z.number().int(), correct: z.boolean() })),
  coverage: z.enum(['in_warranty', 'out_of_warranty']),
  completedAt: dateTime,
  acceptance: z.looseObject({
    name: z.string(),
    signature: z.looseObject({ url: z.string().nullable(), sha256: z.string(), bytes: z.number().int() }),
  }),
  satisfaction: z.number().int().min(1).max(5),
  charge: z.looseObject({ totals: z.looseObject({ total: fen }) }).nullable().meta({ description: 'Out of warranty: what the customer pays, priced as a quote' }),
});

/** 售后派工单 as its dealer reads it: the customer's phone masked and street dropped once the order is closed. */
export const workOrderAnswer = z.looseObject({
  number: z.string(),
  status: z.enum(WORK_ORDER_STATES),
  version: z.number().int(),
  dealer: z.looseObject({ code: z.string(), name: z.string() }),
  request: z.looseObject({ number: z.string(), channel: z.string(), symptom: z.string(), receivedAt: dateTime }),
  customer: z.looseObject({
    name: z.string(),
    phone: z.string(),
    address: z.looseObject({ region: z.string(), line: z.string().nullable() }),
  }),
  unit: z.looseObject({ serial: z.string().nullable(), model: z.looseObject({ code: z.string(), name: z.string() }).nullable() }),
  dispatchedAt: dateTime,
  appointment: z.looseObject({ at: dateTime, agreedBy: z.string() }).nullable(),
  arrivedAt: dateTime.nullable(),
  completedAt: dateTime.nullable(),
  contactAttempts: z.array(z.looseObject({ at: dateTime, reached: z.boolean(), counted: z.boolean() })),
  failedContacts: z.number().int(),
  timers: z.array(serviceTimerAnswer),
  receipt: receiptAnswer.nullable(),
  claim: z.looseObject({ number: z.string(), status: z.string() }).nullable(),
  timeline: z.array(z.looseObject({ at: dateTime, event: z.string() })),
});

/** The claim a receipt files: a claim as the claims API answers it, linked to its request. */
export const filedClaimAnswer = claimAnswerSchema.extend({ serviceRequest: z.string().nullable() });

/** A complaint (投诉) as the dealer it counts against reads it: the complainant's phone masked, no handler, department or link. */
export const dealerComplaintAnswer = z.looseObject({
  number: z.string(),
  status: z.enum(['received', 'in_progress', 'resolved', 'closed']),
  channel: z.enum(['phone', 'letter', 'visit', 'email', 'follow_up']),
  severity: z.enum(['critical', 'major', 'minor']),
  subject: z.looseObject({ kind: z.enum(['dealer', 'product', 'staff']) }),
  complainant: z.looseObject({ name: z.string(), phone: z.string().meta({ description: 'Masked: 138****8000' }) }),
  description: z.string(),
  receivedAt: dateTime,
  resolvedAt: dateTime.nullable(),
  closedAt: dateTime.nullable(),
});
