import * as z from 'zod';
import { listQuerySchema } from '../schemas/list-query';
import { blankAsMissing } from '../schemas/primitives';

/** GET /analytics/alerts. */
export const alertListQuerySchema = listQuerySchema.extend({
  status: z.preprocess(blankAsMissing, z.enum(['open', 'acknowledged']).optional()),
});

export type AlertListQuery = z.output<typeof alertListQuerySchema>;
