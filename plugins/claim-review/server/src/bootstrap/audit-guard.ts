import type { Core } from '@strapi/strapi';
import { EVENT_UID } from '../services/audit';

/**
 * Last line of defence for the audit trail: any update or delete of a claim event,
 * from whatever code path, fails inside the database layer.
 */
export function guardAuditTrail(strapi: Core.Strapi) {
  const refuse = () => {
    throw new Error('The claim audit trail is append-only: events cannot be changed or deleted.');
  };
  strapi.db.lifecycles.subscribe({
    models: [EVENT_UID],
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
}
