import * as z from 'zod';
import { DEALER_GRADES } from './auto-approve';

/* The dealer's scorecard as a schema, for the OpenAPI document and for tests that check real answers against it. */

const dateTime = z.string().meta({ format: 'date-time' });
const rate = z.looseObject({ numerator: z.number().int(), denominator: z.number().int(), rate: z.number().nullable() });
const grade = z.enum(DEALER_GRADES);
const kpiFigure = z.looseObject({ kpi: z.string(), numerator: z.number(), denominator: z.number(), rate: z.number().nullable(), meetsTarget: z.boolean().nullable() });

export const scorecardAnswer = z.looseObject({
  dealer: z.looseObject({ code: z.string(), name: z.string(), grade: grade.nullable(), suspended: z.boolean() }),
  period: z.looseObject({ from: z.string(), to: z.string() }),
  claims: z.looseObject({
    filed: z.number().int(),
    decided: z.number().int(),
    approved: z.number().int(),
    partiallyApproved: z.number().int(),
    rejected: z.number().int(),
    autoApproved: z.number().int(),
  }),
  approvalRate: rate,
  adjustmentRate: rate,
  anomalyFlags: z.looseObject({ looked: z.number().int(), flaggedClaims: z.number().int(), byCode: z.record(z.string(), z.number().int()) }),
  overdueReturns: z.number().int(),
  spotChecks: z.looseObject({ pending: z.number().int(), passed: z.number().int(), failed: z.number().int() }),
  flagged: z.boolean(),
  gradeHistory: z.array(z.looseObject({ from: grade.nullable(), to: grade, reason: z.string(), at: dateTime })),
  service: z.looseObject({ figures: z.record(z.string(), kpiFigure) }).optional(),
  complaints: z.looseObject({ received: z.number().int(), open: z.number().int(), figures: z.record(z.string(), kpiFigure) }).optional(),
});
