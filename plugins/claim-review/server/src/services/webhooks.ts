import type { Core } from '@strapi/strapi';

/** Custom webhook events admins can subscribe to in Settings → Webhooks. */
export const WEBHOOK_EVENTS = {
  CLAIM_STATUS_CHANGED: 'claim.status-changed',
  SHIPMENT_RECEIVED: 'shipment.received',
  QUALITY_ALERT: 'quality.alert',
  SERVICE_STATUS_CHANGED: 'service.status-changed',
  SERVICE_SLA_BREACHED: 'service.sla-breached',
} as const;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  register() {
    const store = strapi.get('webhookStore');
    for (const [key, value] of Object.entries(WEBHOOK_EVENTS)) store.addAllowedEvent(key, value);
  },

  /** The payload is documented in the README (number, dealer code, from, to, at…). */
  emit(event: string, payload: Record<string, unknown>) {
    strapi.eventHub.emit(event, payload);
  },
});
