import * as z from 'zod';
import { listQuerySchema } from '../schemas/list-query';
import { blankAsMissing, optionalText } from '../schemas/primitives';

/** GET /analytics/alerts. */
export const alertListQuerySchema = listQuerySchema.extend({
  status: z.preprocess(blankAsMissing, z.enum(['open', 'acknowledged']).optional()),
});

export type AlertListQuery = z.output<typeof alertListQuerySchema>;

/** Acknowledging an alert: an optional note on what was done (8D opened, supplier told…). */
export const alertAcknowledgeInputSchema = z.object({ note: optionalText() });
export type AlertAcknowledgeInput = z.output<typeof alertAcknowledgeInputSchema>;
