import claim from './claim/schema.json';
import claimLine from './claim-line/schema.json';
import claimEvent from './claim-event/schema.json';
import idempotencyKey from './idempotency-key/schema.json';
import counter from './counter/schema.json';
import shipment from './shipment/schema.json';
import returnedPart from './returned-part/schema.json';
import settlement from './settlement/schema.json';
import settlementLine from './settlement-line/schema.json';
import attachment from './attachment/schema.json';
import qualityAlert from './quality-alert/schema.json';
import tokenCutoff from './token-cutoff/schema.json';
import serviceRequest from './service-request/schema.json';
import workOrder from './work-order/schema.json';
import serviceEvent from './service-event/schema.json';
import contactAttempt from './contact-attempt/schema.json';
import serviceReceipt from './service-receipt/schema.json';
import followUp from './follow-up/schema.json';
import serviceBreach from './service-breach/schema.json';
// Complaints (投诉).
import complaint from './complaint/schema.json';
import complaintEvent from './complaint-event/schema.json';
import complaintNotice from './complaint-notice/schema.json';
// Service KPIs: per-record facts and their daily rollup.
import kpiFact from './kpi-fact/schema.json';
import kpiDay from './kpi-day/schema.json';
// Dealer scorecard: spot checks of auto-approved claims, the grade's audit rows.
import spotCheck from './spot-check/schema.json';
import dealerGradeChange from './dealer-grade-change/schema.json';

export default {
  'claim': { schema: claim },
  'claim-line': { schema: claimLine },
  'claim-event': { schema: claimEvent },
  'idempotency-key': { schema: idempotencyKey },
  'counter': { schema: counter },
  'shipment': { schema: shipment },
  'returned-part': { schema: returnedPart },
  'settlement': { schema: settlement },
  'settlement-line': { schema: settlementLine },
  'attachment': { schema: attachment },
  'quality-alert': { schema: qualityAlert },
  'token-cutoff': { schema: tokenCutoff },
  'service-request': { schema: serviceRequest },
  'work-order': { schema: workOrder },
  'service-event': { schema: serviceEvent },
  'contact-attempt': { schema: contactAttempt },
  'service-receipt': { schema: serviceReceipt },
  'follow-up': { schema: followUp },
  'service-breach': { schema: serviceBreach },
  // Complaints (投诉).
  'complaint': { schema: complaint },
  'complaint-event': { schema: complaintEvent },
  'complaint-notice': { schema: complaintNotice },
  // Service KPIs
  'kpi-fact': { schema: kpiFact },
  'kpi-day': { schema: kpiDay },
  // Dealer scorecard.
  'spot-check': { schema: spotCheck },
  'dealer-grade-change': { schema: dealerGradeChange },
};
