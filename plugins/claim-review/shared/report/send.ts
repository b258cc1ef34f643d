import * as z from 'zod';
import { weekOf } from './week';

/**
 * POST /service/reports/weekly/send: which week to mail (YYYY-Www), last week when absent.
 * A body, not only a query, so that a malformed one is refused like any other write's.
 */
export const weeklyReportSendSchema = z.object({
  week: z
    .string()
    .refine((w) => weekOf(w) !== null, { error: 'invalid_format' })
    .optional(),
});
export type WeeklyReportSendInput = z.output<typeof weeklyReportSendSchema>;
