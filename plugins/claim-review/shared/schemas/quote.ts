import * as z from 'zod';
import { LIMITS, code, hours, qty } from './primitives';

export const quoteInputSchema = z.object({
  model: code(),
  parts: z
    .array(z.object({ partNumber: code(), qty: qty() }))
    .max(LIMITS.partLines)
    .default([]),
  labour: z
    .array(z.object({ operation: code(), hours: hours().nullish() }))
    .max(LIMITS.labourLines)
    .default([]),
  travelKm: z.number().int().min(0).max(LIMITS.km).nullish(),
});
