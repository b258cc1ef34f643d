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
import settlementCandidates from './settlement-candidates';
import quotes from './quotes';
import openapi from './openapi';
import review from './review';
import returns from './returns';
import attachments from './attachments';
import evidenceStore from './evidence-store';
import evidenceLinks from './evidence-links';
import claimPhotos from './claim-photos';
import shipments from './shipments';
import returnOverdue from './return-overdue';
import reference from './reference';
import priceLists from './price-lists';
import analytics from './analytics';
import qualityAlerts from './quality-alerts';
import anomalies from './anomalies';
import serviceStore from './service-store';
import serviceClock from './service-clock';
import serviceMoves from './service-moves';
import serviceLookup from './service-lookup';
import serviceRequests from './service-requests';
import workOrders from './work-orders';
import serviceReceipts from './service-receipts';
import serviceBoard from './service-board';
import serviceBreaches from './service-breaches';
// Complaints (投诉).
import complaintStore from './complaint-store';
import complaintMoves from './complaint-moves';
import complaintTimers from './complaint-timers';
import complaintIntake from './complaint-intake';
import complaintHandling from './complaint-handling';
import complaintDocuments from './complaint-documents';
import complaintNotices from './complaint-notices';
import complaintView from './complaint-view';
import complaintKpiRecords from './complaint-kpi-records';
// Service KPIs: the record reader, the rollup kept current, the figures.
import kpiRecords from './kpi-records';
import kpiRollup from './kpi-rollup';
import kpiFigures from './kpi-figures';
// Weekly report (日结周报, issue #17).
import weeklyReport from './weekly-report';
// Dealer scorecard: low-risk auto-approval, spot checks, grades, the scorecard itself.
import autoApprove from './auto-approve';
import spotChecks from './spot-checks';
import dealerGrades from './dealer-grades';
import scorecards from './scorecards';
// Dealer portal reference (issue #18).
import dealerReference from './dealer-reference';

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
  settlementCandidates,
  quotes,
  openapi,
  review,
  returns,
  attachments,
  evidenceStore,
  evidenceLinks,
  claimPhotos,
  shipments,
  returnOverdue,
  reference,
  priceLists,
  analytics,
  qualityAlerts,
  anomalies,
  serviceStore,
  serviceClock,
  serviceMoves,
  serviceLookup,
  serviceRequests,
  workOrders,
  serviceReceipts,
  serviceBoard,
  serviceBreaches,
  // Complaints (投诉).
  complaintStore,
  complaintMoves,
  complaintTimers,
  complaintIntake,
  complaintHandling,
  complaintDocuments,
  complaintNotices,
  complaintView,
  complaintKpiRecords,
  // Service KPIs
  kpiRecords,
  kpiRollup,
  kpiFigures,
  // Dealer scorecard.
  autoApprove,
  spotChecks,
  dealerGrades,
  scorecards,
  // Dealer portal reference (issue #18).
  dealerReference,
  // Weekly report (日结周报, issue #17).
  weeklyReport,
};
