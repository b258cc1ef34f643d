import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { SessionExpiredDialog } from '../features/auth/SessionExpiredDialog';
import { useSession } from '../features/auth/session';
import { Loading } from '../ui/States';
import { useFormat } from '../i18n/format';
import { useOpenWorkOrderCount } from '../features/work-orders/useOpenWorkOrderCount';
import { LanguageToggle } from './LanguageToggle';
import { usePageTitle } from './usePageTitle';

const NAV = [
  { to: '/claims', key: 'nav.claims' },
  { to: '/work-orders', key: 'nav.workOrders' },
  { to: '/units', key: 'nav.units' },
  { to: '/registrations/new', key: 'nav.registration' },
  { to: '/returns', key: 'nav.returns' },
  { to: '/settlements', key: 'nav.settlements' },
  { to: '/quotes', key: 'nav.quotes' },
  { to: '/complaints', key: 'nav.complaints' },
  { to: '/scorecard', key: 'nav.scorecard' },
];

export function AppLayout() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { status, me, expired, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const openOrders = useOpenWorkOrderCount(location.pathname, status === 'signed-in');

  const main = useRef<HTMLElement>(null);
  usePageTitle(main, t('app.portal'), `${status}${location.pathname}`);

  if (status === 'checking') return <Loading />;
  if (status === 'signed-out') {
    const next = location.pathname + location.search;
    return <Navigate to={`/signin${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }

  return (
    <>
      <div className="app" aria-hidden={expired || undefined}>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="topbar">
          <div className="topbar-row">
            <div className="brand">
              <span className="brand-mark" aria-hidden="true">三包</span>
              <span className="brand-name">{t('app.portal')}</span>
            </div>
            <div className="topbar-actions">
              <LanguageToggle />
              <NavLink to="/account" className="btn btn-ghost">
                {t('account.link')}
              </NavLink>
              <button type="button" className="btn btn-ghost" onClick={() => {
                  void signOut();
                  navigate('/signin', { replace: true });
                }}
              >
                {t('auth.signOut')}
              </button>
            </div>
          </div>
          {me && (
            <p className="dealer-line" data-testid="dealer">
              <span className="dealer-name">{fmt.name(me.dealer)}</span>
              <span className="dealer-code">
                {t('app.dealerCode')} {me.dealer.code}
              </span>
            </p>
          )}
          <nav className="mainnav" aria-label={t('nav.label')}>
            <ul>
              {NAV.map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to}>
                    {t(n.key)}
                    {n.to === '/work-orders' && !!openOrders && (
                      <span className="count nav-count" aria-label={t('workOrders.openCount', { count: openOrders })}>
                        {openOrders}
                      </span>
                    )}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" className="main" tabIndex={-1} ref={main}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      {expired && <SessionExpiredDialog />}
    </>
  );
}
