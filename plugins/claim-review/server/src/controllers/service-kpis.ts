import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { KPI_MAX_DAYS, daysBetween, kpiQuerySchema, kpiRecordsQuerySchema } from '../../../shared';
import { ApiError } from '../api-error';
import { validate } from './validation';

/** A range longer than the page can draw is refused before anything is read. */
function withinLimit(q: { from: string; to: string }) {
  if (daysBetween(q.from, q.to) > KPI_MAX_DAYS) throw new ApiError('VALIDATION_FAILED', { fields: { to: 'too_far' } });
  return q;
}

/** Service KPIs (staff): the page's figures and the records behind one. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const figures = () => strapi.plugin('claim-review').service('kpiFigures');
  return {
    async figures(ctx: Context) {
      ctx.body = await figures().figures(withinLimit(validate(kpiQuerySchema, ctx.query)));
    },

    async records(ctx: Context) {
      ctx.body = await figures().records(withinLimit(validate(kpiRecordsQuerySchema, ctx.query)));
    },
  };
};
