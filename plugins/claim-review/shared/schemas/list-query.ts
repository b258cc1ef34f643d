import * as z from 'zod';
import type { ClaimStatus } from '../contracts/claim';
import { CLAIM_STATES } from '../lifecycle/claim-machine';
import { LIMITS, blankAsMissing, code, isoDate, plainString } from './primitives';

const page = z.coerce.number().int().min(1).max(LIMITS.page).default(1);
const pageSize = z.coerce.number().int().min(1).max(LIMITS.pageSize).default(25);

const claimStatus = z.enum(CLAIM_STATES as [ClaimStatus, ...ClaimStatus[]]);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());

/** `coerce.boolean` would read "false" as true; only these spellings are accepted. */
const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

export const listQuerySchema = z.object({ page, pageSize });

/** GET /claims (dealer). */
export const claimListQuerySchema = listQuerySchema.extend({
  status: optional(claimStatus),
  q: optional(plainString().trim().max(LIMITS.query)),
});

/** GET /claims (staff queue). */
export const staffClaimListQuerySchema = claimListQuerySchema.extend({
  dealer: optional(code()),
  overdue: optional(flag),
});

export const settlementListQuerySchema = listQuerySchema.extend({
  status: optional(z.enum(['draft', 'issued', 'acknowledged'])),
  dealer: optional(code()),
});

export const shipmentListQuerySchema = listQuerySchema.extend({
  status: optional(z.enum(['shipped', 'received'])),
});

export const analyticsQuerySchema = z.object({
  groupBy: z.preprocess(blankAsMissing, z.enum(['part', 'model', 'buildMonth', 'dealer']).default('part')),
  from: optional(isoDate()),
  to: optional(isoDate()),
});
