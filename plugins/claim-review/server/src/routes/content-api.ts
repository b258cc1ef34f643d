import { PHOTO_UPLOAD, multipartFor } from '../uploads/route-limits';
/**
 * Dealer API (users-permissions JWT), mounted by Strapi under /api/claim-review.
 * Every route resolves the caller's dealer first (policy `is-dealer`); the Dealer
 * role is granted exactly these handlers at bootstrap.
 */
const dealer = { policies: ['plugin::claim-review.is-dealer'] };
/** Photos are read only once the dealer is known: the parser runs after the policy. */
const withPhotos = { ...dealer, middlewares: [multipartFor(PHOTO_UPLOAD)] };

const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: dealer });

export default {
  type: 'content-api',
  routes: [
    route('GET', '/me', 'dealer.me'),
    route('POST', '/logout', 'dealer.logout'),
    route('GET', '/units/:serial', 'units.findOne'),
    route('POST', '/registrations', 'units.register'),
    route('POST', '/claims/precheck', 'claims.precheck'),
    route('POST', '/claims', 'claims.create'),
    route('GET', '/claims', 'claims.find'),
    route('GET', '/claims/:number', 'claims.findOne'),
    route('PUT', '/claims/:number', 'claims.update'),
    route('DELETE', '/claims/:number', 'claims.delete'),
    route('POST', '/claims/:number/submit', 'claims.submit'),
    route('POST', '/claims/:number/answers', 'claims.answer'),
    { method: 'POST', path: '/claims/:number/attachments', handler: 'attachments.create', config: withPhotos },
    route('GET', '/claims/:number/attachments/:id', 'evidence.forDealer'),
    route('DELETE', '/claims/:number/attachments/:id', 'attachments.delete'),
    route('POST', '/shipments', 'shipments.create'),
    route('GET', '/shipments', 'shipments.find'),
    route('GET', '/settlements', 'settlements.find'),
    route('GET', '/settlements/:number', 'settlements.findOne'),
    route('GET', '/settlements/:number/pdf', 'settlements.pdf'),
    route('POST', '/settlements/:number/acknowledge', 'settlements.acknowledge'),
    route('POST', '/quotes', 'quotes.create'),
    route('POST', '/quotes/pdf', 'quotes.pdf'),
    // Work orders (售后派工单) sent to the dealer's service station.
    route('GET', '/work-orders', 'workOrders.find'),
    route('GET', '/work-orders/:number', 'workOrders.findOne'),
    route('POST', '/work-orders/:number/accept', 'workOrders.accept'),
    route('POST', '/work-orders/:number/decline', 'workOrders.decline'),
    route('POST', '/work-orders/:number/contact-attempts', 'workOrders.contactAttempt'),
    route('POST', '/work-orders/:number/appointment', 'workOrders.appointment'),
    route('POST', '/work-orders/:number/arrival', 'workOrders.arrival'),
    route('POST', '/work-orders/:number/receipt', 'workOrders.receipt'),
    route('POST', '/work-orders/:number/claim', 'workOrders.fileClaim'),
    // Complaints (投诉) that count against the dealer, read-only.
    route('GET', '/complaints', 'complaints.forDealer'),
    // Dealer scorecard: the caller's own card only.
    route('GET', '/scorecard', 'scorecards.mine'),
    // Dealer portal reference (issue #18): pickers fed by the unit's model, and the dealer's own units.
    route('GET', '/units', 'dealerReference.units'),
    route('GET', '/models', 'dealerReference.models'),
    route('GET', '/models/:code/reference', 'dealerReference.forModel'),
    // The signature is the credential: an <img> cannot send a token (controllers/evidence.ts).
    { method: 'GET', path: '/evidence/:id', handler: 'evidence.byLink', config: { auth: false } },
    // The contract itself is public: integrators read it before they hold a token.
    { method: 'GET', path: '/openapi.json', handler: 'openapi.document', config: { auth: false } },
  ],
};
