import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { weekOf, weeklyReportSendSchema, type ReportWeek } from '../../../shared';
import { ApiError } from '../api-error';
import { sendFile } from './pdf-answer';
import { validate } from './validation';

/** ?week=2026-W48, or last week when absent; anything else is a field-level 400. */
function weekOfQuery(ctx: Context, lastWeek: () => ReportWeek): ReportWeek {
  const raw = ctx.query.week;
  if (raw === undefined || raw === '') return lastWeek();
  const week = typeof raw === 'string' ? weekOf(raw) : null;
  if (!week) throw new ApiError('VALIDATION_FAILED', { fields: { week: 'invalid' } });
  return week;
}

/** The weekly report (staff, service.kpi): JSON, PDF, CSV, and a send now. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => strapi.plugin('claim-review').service('weeklyReport');
  const week = (ctx: Context) => weekOfQuery(ctx, () => reports().lastWeek());
  return {
    async json(ctx: Context) {
      ctx.body = await reports().report(week(ctx));
    },

    async pdf(ctx: Context) {
      const report = await reports().report(week(ctx));
      sendFile(ctx, { bytes: await reports().pdf(report), type: 'application/pdf', filename: `weekly-report-${report.week.key}.pdf` });
    },

    async csv(ctx: Context) {
      const report = await reports().report(week(ctx));
      sendFile(ctx, { bytes: reports().csv(report), type: 'text/csv; charset=utf-8', filename: `weekly-report-${report.week.key}.csv` });
    },

    /** The week from the body (`{ week }`) or, as for the reads, from `?week=`; last week when neither names one. */
    async send(ctx: Context) {
      const input = validate(weeklyReportSendSchema, ctx.request.body ?? {});
      ctx.body = await reports().send(input.week ? weekOf(input.week)! : week(ctx));
    },
  };
};
