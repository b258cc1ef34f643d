import * as z from 'zod';
import { phone } from '../service/primitives';
import { LIMITS, code, isoDate, name, plainString, usage } from './primitives';

export const registrationInputSchema = z.object({
  serial: code(),
  saleDate: isoDate(),
  customer: z.object({
    name: name(),
    // A mobile or landline the service desk can call back (issue #18: "123" was accepted);
    // stored in its normal form, as the service desk stores callers' numbers.
    phone: plainString().trim().min(1).max(LIMITS.phone).pipe(phone()),
    address: plainString().trim().min(1).max(LIMITS.address),
  }),
  usage: usage.nullish(),
});
