import * as z from 'zod';
import { LIMITS, code, isoDate, name, plainString, usage } from './primitives';

export const registrationInputSchema = z.object({
  serial: code(),
  saleDate: isoDate(),
  customer: z.object({
    name: name(),
    phone: plainString()
      .trim()
      .min(1)
      .max(LIMITS.phone)
      .regex(/^[0-9+\-() ]+$/),
    address: plainString().trim().min(1).max(LIMITS.address),
  }),
  usage: usage.nullish(),
});
