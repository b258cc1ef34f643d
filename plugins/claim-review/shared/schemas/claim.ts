import * as z from 'zod';
import { LIMITS, code, hours, isoDate, name, qty, remedy, text, usage } from './primitives';

export const claimPartSchema = z.object({
  partNumber: code(),
  qty: qty(),
  causal: z.boolean().optional(),
});

export const claimLabourSchema = z.object({
  operation: code(),
  hours: hours(),
});

/**
 * ClaimInput of docs/api.md. z.object strips unknown keys, so a client's `price`, `amount`,
 * `total`, `dealer` or `status` never reaches the server's logic.
 */
export const claimInputSchema = z.object({
  serial: code(),
  failureDate: isoDate(),
  repairDate: isoDate(),
  usage: usage.nullish(),
  remedy,
  fault: z.object({
    component: code(),
    description: text(),
  }),
  parts: z.array(claimPartSchema).max(LIMITS.partLines).default([]),
  labour: z.array(claimLabourSchema).max(LIMITS.labourLines).default([]),
  travel: z
    .object({ km: z.number().int().min(0).max(LIMITS.km) })
    .nullish(),
  /** When the customer handed the unit over for this repair and got it back (dealer-entered). */
  repair: z
    .object({ handedOverAt: isoDate(), returnedAt: isoDate() })
    .nullish()
    .describe(
      'Optional, YYYY-MM-DD: when the customer handed the unit over for this repair and got it back. ' +
        'Not before the failure date, not after today, return not before hand-over (DATES_INVALID). ' +
        'Repair days = days between them, at least 1; they add up to the household-vehicle 30-day limit ' +
        '(REPAIR_DAYS_LIMIT) and a single repair over 5 days gives LOANER_DUE; the farm-machinery ' +
        'working-day and busy-season clocks start at handedOverAt.',
    ),
  customerConfirmation: z.object({
    name: name(),
    signedAt: isoDate(),
  }),
});

/** POST /claims also takes `submit`. */
export const claimCreateInputSchema = claimInputSchema.extend({
  submit: z.boolean().optional(),
});
