import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { alertAcknowledgeInputSchema, alertListQuerySchema, analyticsQuerySchema } from '../../../shared';
import { actorOf } from './request-context';
import { validate } from './validation';

/** Quality early warning (staff): failure rates, stored alerts, a claim's anomaly flags. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');

  return {
    async failures(ctx: Context) {
      const query = validate(analyticsQuerySchema, ctx.query);
      ctx.body = await plugin().service('analytics').failures(query, plugin().service('facts').today());
    },

    async alerts(ctx: Context) {
      ctx.body = await plugin().service('qualityAlerts').list(validate(alertListQuerySchema, ctx.query));
    },

    async acknowledgeAlert(ctx: Context) {
      const input = validate(alertAcknowledgeInputSchema, ctx.request.body ?? {});
      ctx.body = await plugin().service('qualityAlerts').acknowledge(Number(ctx.params.id), actorOf(ctx), input);
    },

    async anomalies(ctx: Context) {
      ctx.body = await plugin().service('anomalies').forClaim(ctx.params.number);
    },
  };
};
