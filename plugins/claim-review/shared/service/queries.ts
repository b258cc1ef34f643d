import * as z from 'zod';
import { listQuerySchema } from '../schemas/list-query';
import { LIMITS, blankAsMissing, code, plainString } from '../schemas/primitives';
import { phone } from './primitives';
import { SERVICE_REQUEST_STATES, type ServiceRequestStatus } from './request-machine';
import { WORK_ORDER_STATES, type WorkOrderStatus } from './work-order-machine';
import { COMPLAINT_STATES, type ComplaintStatus } from './complaint-machine';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** `status=a,b`: one state or a comma list, each a state of the machine. */
const statusList = <S extends string>(states: readonly S[]) =>
  z
    .string()
    .max(LIMITS.query)
    .transform((raw) =>
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(states as unknown as [S, ...S[]])).min(1));

/** GET /service/requests: the dispatch board and its filters. */
export const boardQuerySchema = listQuerySchema.extend({
  status: optional(statusList<ServiceRequestStatus>(SERVICE_REQUEST_STATES)),
  dealer: optional(code()),
  check: optional(flag),
  breached: optional(flag),
  q: optional(plainString().trim().max(LIMITS.query)),
});

/** GET /work-orders (dealer). */
export const workOrderListQuerySchema = listQuerySchema.extend({
  open: optional(flag),
  status: optional(statusList<WorkOrderStatus>(WORK_ORDER_STATES)),
});

/** GET /service/lookup: a phone (normalised) or a serial; neither is a 400. */
export const lookupQuerySchema = z
  .object({ phone: optional(phone()), serial: optional(code()) })
  .refine((v) => Boolean(v.phone || v.serial), { path: ['phone'], error: 'required' });

/** GET /service/dealers. */
export const dealerPickerQuerySchema = z.object({ region: optional(plainString().trim().max(LIMITS.query)) });

export type BoardQuery = z.output<typeof boardQuerySchema>;
export type WorkOrderListQuery = z.output<typeof workOrderListQuerySchema>;
export type LookupQuery = z.output<typeof lookupQuerySchema>;

/** GET /service/complaints: status tabs, the caller's own (首问负责制), those past their resolution deadline. */
export const complaintListQuerySchema = listQuerySchema.extend({
  status: optional(statusList<ComplaintStatus>(COMPLAINT_STATES)),
  mine: optional(flag),
  overdue: optional(flag),
  q: optional(plainString().trim().max(LIMITS.query)),
});
export type ComplaintListQuery = z.output<typeof complaintListQuerySchema>;
