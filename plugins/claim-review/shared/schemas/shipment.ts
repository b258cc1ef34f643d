import * as z from 'zod';
import { LIMITS, code, name, qty } from './primitives';

export const shipmentInputSchema = z.object({
  carrier: name(),
  trackingNumber: code(),
  parts: z
    .array(
      z.object({
        claimNumber: code(),
        partNumber: code(),
        qty: qty(),
      }),
    )
    .min(1)
    .max(LIMITS.shipmentParts),
});
