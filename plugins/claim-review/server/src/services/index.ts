import facts from './facts';
import numbering from './numbering';
import audit from './audit';
import claimStore from './claim-store';
import transitions from './transitions';
import webhooks from './webhooks';
import units from './units';
import claims from './claims';
import settlements from './settlements';
import settlementPdf from './settlement-pdf';
import settlementCsv from './settlement-csv';
import quotes from './quotes';
import openapi from './openapi';
import review from './review';
import returns from './returns';
import attachments from './attachments';
import claimFiles from './claim-files';
import shipments from './shipments';
import returnOverdue from './return-overdue';
import reference from './reference';
import priceLists from './price-lists';
import analytics from './analytics';
import qualityAlerts from './quality-alerts';
import anomalies from './anomalies';

export default {
  facts,
  numbering,
  audit,
  claimStore,
  transitions,
  webhooks,
  units,
  claims,
  settlements,
  settlementPdf,
  settlementCsv,
  quotes,
  openapi,
  review,
  returns,
  attachments,
  claimFiles,
  shipments,
  returnOverdue,
  reference,
  priceLists,
  analytics,
  qualityAlerts,
  anomalies,
};
