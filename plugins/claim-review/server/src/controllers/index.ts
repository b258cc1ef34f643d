import dealer from './dealer';
import units from './units';
import claims from './claims';
import settlements from './settlements';
import finance from './finance';
import quotes from './quotes';
import openapi from './openapi';
import review from './review';
import returns from './returns';
import attachments from './attachments';
import evidence from './evidence';
import shipments from './shipments';
import reference from './reference';
import priceLists from './price-lists';
import analytics from './analytics';
import serviceDesk from './service-desk';
import workOrders from './work-orders';
// Complaints (投诉).
import complaints from './complaints';
// Service KPIs
import serviceKpis from './service-kpis';
// Weekly report (日结周报, issue #17).
import weeklyReports from './weekly-reports';
// Dealer scorecard.
import scorecards from './scorecards';
// Dealer portal reference (issue #18).
import dealerReference from './dealer-reference';

export default {
  dealer,
  units,
  claims,
  settlements,
  finance,
  quotes,
  openapi,
  review,
  returns,
  attachments,
  evidence,
  shipments,
  reference,
  priceLists,
  analytics,
  serviceDesk,
  workOrders,
  // Complaints (投诉).
  complaints,
  // Service KPIs
  serviceKpis,
  // Dealer scorecard.
  scorecards,
  // Dealer portal reference (issue #18).
  dealerReference,
  // Weekly report (日结周报, issue #17).
  weeklyReports,
};
