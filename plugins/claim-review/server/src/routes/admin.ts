import { actionId } from '../constants';
import { COMPLAINT_DOCUMENT_UPLOAD, SHEET_UPLOAD, multipartFor } from '../uploads/route-limits';

/** Staff API (admin JWT), mounted by Strapi under /claim-review; each route names its RBAC action. */
const staff = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [actionId(action)] } }],
});

export const route = (method: string, path: string, handler: string, action: string) => ({ method, path, handler, config: staff(action) });
/** A route that takes a spreadsheet: parsed only after the admin policies let the caller in. */
const sheetRoute = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: { ...staff(action), middlewares: [multipartFor(SHEET_UPLOAD)] },
});

export default {
  type: 'admin',
  routes: [
    // Technical review (claims) and parts return (returned parts).
    route('GET', '/claims', 'review.find', 'claims.read'),
    route('GET', '/claims/:number', 'review.findOne', 'claims.read'),
    route('POST', '/claims/:number/decision', 'review.decide', 'claims.review'),
    route('GET', '/reason-codes', 'review.reasonCodes', 'claims.read'),
    route('GET', '/shipments', 'returns.find', 'parts.inspect'),
    route('POST', '/shipments/:id/receive', 'returns.receive', 'parts.inspect'),
    route('POST', '/returned-parts/:id/inspection', 'returns.inspect', 'parts.inspect'),
    // Settlements (finance). export.csv and ready before :number, or it would be read as a number.
    route('GET', '/settlements/export.csv', 'finance.exportCsv', 'settlements.read'),
    route('GET', '/settlements/ready', 'finance.ready', 'settlements.manage'),
    route('GET', '/settlements', 'finance.find', 'settlements.read'),
    route('POST', '/settlements', 'finance.create', 'settlements.manage'),
    route('GET', '/settlements/:number', 'finance.findOne', 'settlements.read'),
    route('GET', '/settlements/:number/pdf', 'finance.pdf', 'settlements.read'),
    route('POST', '/settlements/:number/adjustments', 'finance.addAdjustment', 'settlements.manage'),
    route('POST', '/settlements/:number/issue', 'finance.issue', 'settlements.manage'),
    route('DELETE', '/settlements/:number', 'finance.delete', 'settlements.manage'),
    // Reference lists and the price list (admin pages).
    route('GET', '/dealers', 'reference.dealers', 'claims.read'),
    sheetRoute('POST', '/price-lists/preview', 'priceLists.preview', 'price-lists.manage'),
    sheetRoute('POST', '/price-lists/import', 'priceLists.import', 'price-lists.manage'),
    route('GET', '/price-lists/export', 'priceLists.export', 'price-lists.manage'),
    // Quality early warning (Quality dashboard) and a claim's anomaly flags for its reviewer.
    route('GET', '/analytics/failures', 'analytics.failures', 'analytics.read'),
    route('GET', '/analytics/alerts', 'analytics.alerts', 'analytics.read'),
    route('POST', '/analytics/alerts/:id/acknowledge', 'analytics.acknowledgeAlert', 'analytics.read'),
    route('GET', '/claims/:number/anomalies', 'analytics.anomalies', 'claims.read'),
    // Service desk (来电登记、派工、回访). Triage asks for service.intake; its controller also wants service.dispatch for a dispatch.
    route('GET', '/service/lookup', 'serviceDesk.lookup', 'service.intake'),
    route('POST', '/service/requests', 'serviceDesk.create', 'service.intake'),
    route('GET', '/service/requests', 'serviceDesk.find', 'service.intake'),
    route('GET', '/service/requests/:number', 'serviceDesk.findOne', 'service.intake'),
    route('POST', '/service/requests/:number/triage', 'serviceDesk.triage', 'service.intake'),
    route('POST', '/service/work-orders/:number/reassign', 'serviceDesk.reassign', 'service.dispatch'),
    route('POST', '/service/requests/:number/follow-ups', 'serviceDesk.followUp', 'service.follow-up'),
    route('GET', '/service/follow-ups', 'serviceDesk.followUps', 'service.follow-up'),
    route('GET', '/service/dealers', 'serviceDesk.dealers', 'service.dispatch'),
    // Complaints (投诉): handled by their receiver (service.complaint); department notices read by any plugin staff role (claims.read), filtered by department.
    route('GET', '/service/complaints', 'complaints.find', 'service.complaint'),
    route('POST', '/service/complaints', 'complaints.create', 'service.complaint'),
    route('GET', '/service/complaints/:number', 'complaints.findOne', 'service.complaint'),
    route('POST', '/service/complaints/:number/notices', 'complaints.notify', 'service.complaint'),
    {
      ...route('POST', '/service/complaints/:number/documents', 'complaints.documents', 'service.complaint'),
      config: { ...staff('service.complaint'), middlewares: [multipartFor(COMPLAINT_DOCUMENT_UPLOAD)] },
    },
    route('POST', '/service/complaints/:number/resolution', 'complaints.resolve', 'service.complaint'),
    route('POST', '/service/complaints/:number/confirmation', 'complaints.confirm', 'service.complaint'),
    route('POST', '/service/requests/:number/complaints', 'complaints.fromFollowUp', 'service.complaint'),
    route('GET', '/service/complaint-notices', 'complaints.notices', 'claims.read'),
    route('POST', '/service/complaint-notices/:id/read', 'complaints.readNotice', 'claims.read'),
    // Service KPIs (服务指标): figures from the rollup (source=base: from the service tables) and the records behind one.
    route('GET', '/service/kpis', 'serviceKpis.figures', 'service.kpi'),
    route('GET', '/service/kpis/records', 'serviceKpis.records', 'service.kpi'),
    // Weekly report (日结周报, issue #17): last week's (or ?week=YYYY-Www) report as JSON, PDF, CSV; send now.
    route('GET', '/service/reports/weekly', 'weeklyReports.json', 'service.kpi'),
    route('GET', '/service/reports/weekly.pdf', 'weeklyReports.pdf', 'service.kpi'),
    route('GET', '/service/reports/weekly.csv', 'weeklyReports.csv', 'service.kpi'),
    route('POST', '/service/reports/weekly/send', 'weeklyReports.send', 'service.kpi'),
    // Dealer scorecards (经销商评级): cards for every staff reader, grading, spot checks for reviewers.
    route('GET', '/scorecards', 'scorecards.list', 'claims.read'),
    route('GET', '/scorecards/:code', 'scorecards.findOne', 'claims.read'),
    route('POST', '/dealers/:code/grade', 'scorecards.setGrade', 'dealers.grade'),
    route('GET', '/spot-checks', 'scorecards.spotChecks', 'claims.review'),
    route('POST', '/spot-checks/:id/decision', 'scorecards.decideSpotCheck', 'claims.review'),
  ],
};
