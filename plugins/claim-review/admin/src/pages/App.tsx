import { Navigate, Route, Routes } from 'react-router-dom';
import { Layouts, Page, SubNav } from '@strapi/strapi/admin';
import { usePluginRbac, type PluginPermission } from '../hooks/usePluginRbac';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { useT, type MessageKey } from '../utils/translate';
import { ClaimPage } from './claim/ClaimPage';
import { PriceListPage } from './PriceListPage';
import { QualityPage } from './QualityPage';
import { QueuePage } from './QueuePage';
import { ReturnsPage } from './ReturnsPage';
import { SettlementPage } from './SettlementPage';
import { SettlementsPage } from './SettlementsPage';
import { BoardPage } from './service/BoardPage';
import { FollowUpsPage } from './service/FollowUpsPage';
import { IntakePage } from './service/IntakePage';
import { RequestPage } from './service/RequestPage';
// Complaints (投诉).
import { ComplaintPage } from './complaints/ComplaintPage';
import { ComplaintsPage } from './complaints/ComplaintsPage';
import { NoticesPage } from './complaints/NoticesPage';
import { RegisterComplaintPage } from './complaints/RegisterComplaintPage';
// Service KPIs
import { KpiPage } from './service/KpiPage';
// Dealer scorecards.
import { ScorecardPage } from './scorecards/ScorecardPage';
import { ScorecardsPage } from './scorecards/ScorecardsPage';
import { SpotChecksPage } from './scorecards/SpotChecksPage';

const BASE = `/plugins/${PLUGIN_ID}`;

/** The plugin's pages, each behind its RBAC action; the side navigation lists only those the user may open. */
export const PAGES: Array<{ path: string; label: MessageKey; permission: PluginPermission }> = [
  { path: 'claims', label: 'nav.queue', permission: 'queue' },
  { path: 'returns', label: 'nav.returns', permission: 'returns' },
  { path: 'settlements', label: 'nav.settlements', permission: 'settlementsRead' },
  { path: 'price-list', label: 'nav.priceList', permission: 'priceLists' },
  { path: 'quality', label: 'nav.quality', permission: 'quality' },
];

/** The service desk's pages (SERVICE_SPEC.md), in their own section of the side navigation. */
export const SERVICE_PAGES: typeof PAGES = [
  { path: 'service/intake', label: 'nav.serviceIntake', permission: 'serviceIntake' },
  { path: 'service/board', label: 'nav.serviceBoard', permission: 'serviceIntake' },
  { path: 'service/follow-ups', label: 'nav.serviceFollowUps', permission: 'serviceFollowUp' },
  // Complaints (投诉): the desk's complaints; the departments' notices for every plugin staff role.
  { path: 'service/complaints', label: 'nav.complaints', permission: 'serviceComplaint' },
  { path: 'service/complaint-notices', label: 'nav.complaintNotices', permission: 'queue' },
  // Service KPIs
  { path: 'service/kpis', label: 'nav.serviceKpis', permission: 'serviceKpi' },
];

/** Dealer scorecards (经销商评级) and the spot checks of auto-approved claims, in their own section. */
export const DEALER_PAGES: typeof PAGES = [
  { path: 'scorecards', label: 'nav.scorecards', permission: 'queue' },
  { path: 'spot-checks', label: 'nav.spotChecks', permission: 'review' },
];

const Protected = ({ permissions, children }: { permissions: Array<{ action: string; subject: null }>; children: React.ReactNode }) => (
  <Page.Protect permissions={permissions}>{children}</Page.Protect>
);

export const App = () => {
  const { t } = useT();
  const rbac = usePluginRbac();
  const visible = PAGES.filter((p) => rbac.can[p.permission]);
  const service = SERVICE_PAGES.filter((p) => rbac.can[p.permission]);
  const dealerPages = DEALER_PAGES.filter((p) => rbac.can[p.permission]);
  const first = visible[0] ?? service[0] ?? dealerPages[0];
  const sideNav = (
    <SubNav.Main aria-label={t('nav.title')}>
      <SubNav.Header label={t('nav.title')} />
      <SubNav.Sections>
        {[
          <SubNav.Section key="pages" label={t('nav.section')}>
            {visible.map((p) => (
              <SubNav.Link key={p.path} to={`${BASE}/${p.path}`} label={t(p.label)} />
            ))}
          </SubNav.Section>,
          ...(service.length
            ? [
                <SubNav.Section key="service" label={t('nav.service')}>
                  {service.map((p) => (
                    <SubNav.Link key={p.path} to={`${BASE}/${p.path}`} label={t(p.label)} />
                  ))}
                </SubNav.Section>,
              ]
            : []),
          ...(dealerPages.length
            ? [
                <SubNav.Section key="dealers" label={t('nav.dealers')}>
                  {dealerPages.map((p) => (
                    <SubNav.Link key={p.path} to={`${BASE}/${p.path}`} label={t(p.label)} />
                  ))}
                </SubNav.Section>,
              ]
            : []),
        ]}
      </SubNav.Sections>
    </SubNav.Main>
  );
  return (
    <Layouts.Root sideNav={sideNav}>
      <Routes>
        <Route index element={rbac.loading ? <Page.Loading /> : first ? <Navigate to={first.path} replace /> : <Page.NoPermissions />} />
        <Route path="claims" element={<Protected permissions={PERMISSIONS.queue}><QueuePage /></Protected>} />
        <Route path="claims/:number" element={<Protected permissions={PERMISSIONS.queue}><ClaimPage /></Protected>} />
        <Route path="returns" element={<Protected permissions={PERMISSIONS.returns}><ReturnsPage /></Protected>} />
        <Route path="settlements" element={<Protected permissions={PERMISSIONS.settlementsRead}><SettlementsPage /></Protected>} />
        <Route path="settlements/:number" element={<Protected permissions={PERMISSIONS.settlementsRead}><SettlementPage /></Protected>} />
        <Route path="price-list" element={<Protected permissions={PERMISSIONS.priceLists}><PriceListPage /></Protected>} />
        <Route path="quality" element={<Protected permissions={PERMISSIONS.quality}><QualityPage /></Protected>} />
        <Route path="service/intake" element={<Protected permissions={PERMISSIONS.serviceIntake}><IntakePage /></Protected>} />
        <Route path="service/board" element={<Protected permissions={PERMISSIONS.serviceIntake}><BoardPage /></Protected>} />
        <Route path="service/follow-ups" element={<Protected permissions={PERMISSIONS.serviceFollowUp}><FollowUpsPage /></Protected>} />
        {/* Service KPIs */}
        <Route path="service/kpis" element={<Protected permissions={PERMISSIONS.serviceKpi}><KpiPage /></Protected>} />
        <Route path="service/requests/:number" element={<Protected permissions={PERMISSIONS.serviceIntake}><RequestPage /></Protected>} />
        {/* Complaints (投诉). */}
        <Route path="service/complaints" element={<Protected permissions={PERMISSIONS.serviceComplaint}><ComplaintsPage /></Protected>} />
        <Route path="service/complaints/new" element={<Protected permissions={PERMISSIONS.serviceComplaint}><RegisterComplaintPage /></Protected>} />
        <Route path="service/complaints/:number" element={<Protected permissions={PERMISSIONS.serviceComplaint}><ComplaintPage /></Protected>} />
        <Route path="service/complaint-notices" element={<Protected permissions={PERMISSIONS.queue}><NoticesPage /></Protected>} />
        <Route path="scorecards" element={<Protected permissions={PERMISSIONS.queue}><ScorecardsPage /></Protected>} />
        <Route path="scorecards/:code" element={<Protected permissions={PERMISSIONS.queue}><ScorecardPage /></Protected>} />
        <Route path="spot-checks" element={<Protected permissions={PERMISSIONS.review}><SpotChecksPage /></Protected>} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Layouts.Root>
  );
};

export default App;
