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
 * ClaimInput of API.md. z.object strips unknown keys, so a client's `price`, `amount`,
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
    .nullish(),
  customerConfirmation: z.object({
    name: name(),
    signedAt: isoDate(),
  }),
});

/** POST /claims also takes `submit`. */
export const claimCreateInputSchema = claimInputSchema.extend({
  submit: z.boolean().optional(),
});
