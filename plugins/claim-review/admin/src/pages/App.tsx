import { Navigate, Route, Routes } from 'react-router-dom';
import { Layouts, Page, SubNav } from '@strapi/strapi/admin';
import { useCan } from '../hooks/useCan';
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

const BASE = `/plugins/${PLUGIN_ID}`;

/** The plugin's pages, each behind its RBAC action; the side navigation lists only those the user may open. */
export const PAGES: Array<{ path: string; label: MessageKey; permissions: Array<{ action: string; subject: null }> }> = [
  { path: 'claims', label: 'nav.queue', permissions: PERMISSIONS.queue },
  { path: 'returns', label: 'nav.returns', permissions: PERMISSIONS.returns },
  { path: 'settlements', label: 'nav.settlements', permissions: PERMISSIONS.settlementsRead },
  { path: 'price-list', label: 'nav.priceList', permissions: PERMISSIONS.priceLists },
  { path: 'quality', label: 'nav.quality', permissions: PERMISSIONS.quality },
];

/** The service desk's pages (SERVICE_SPEC.md), in their own section of the side navigation. */
export const SERVICE_PAGES: typeof PAGES = [
  { path: 'service/intake', label: 'nav.serviceIntake', permissions: PERMISSIONS.serviceIntake },
  { path: 'service/board', label: 'nav.serviceBoard', permissions: PERMISSIONS.serviceIntake },
  { path: 'service/follow-ups', label: 'nav.serviceFollowUps', permissions: PERMISSIONS.serviceFollowUp },
];

const Protected = ({ permissions, children }: { permissions: Array<{ action: string; subject: null }>; children: React.ReactNode }) => (
  <Page.Protect permissions={permissions}>{children}</Page.Protect>
);

export const App = () => {
  const { t } = useT();
  const can = useCan();
  const visible = PAGES.filter((p) => can(p.permissions));
  const service = SERVICE_PAGES.filter((p) => can(p.permissions));
  const first = visible[0] ?? service[0];
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
        ]}
      </SubNav.Sections>
    </SubNav.Main>
  );
  return (
    <Layouts.Root sideNav={sideNav}>
      <Routes>
        <Route index element={first ? <Navigate to={first.path} replace /> : <Page.NoPermissions />} />
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
        <Route path="service/requests/:number" element={<Protected permissions={PERMISSIONS.serviceIntake}><RequestPage /></Protected>} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Layouts.Root>
  );
};

export default App;
