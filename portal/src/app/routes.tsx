import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import SignInPage from '../pages/auth/SignInPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

// Every screen but sign-in loads on first visit, so a phone on a slow link gets the
// shell and the sign-in form first (see scripts/bench/portal-bundle.js).
const UnitsPage = lazy(() => import('../pages/units/UnitsPage'));
const RegistrationPage = lazy(() => import('../pages/registrations/RegistrationPage'));
const ClaimsListPage = lazy(() => import('../pages/claims/ClaimsListPage'));
const ClaimFormPage = lazy(() => import('../pages/claims/ClaimFormPage'));
const ClaimDetailPage = lazy(() => import('../pages/claims/ClaimDetailPage'));
const ReturnsPage = lazy(() => import('../pages/returns/ReturnsPage'));
const SettlementsPage = lazy(() => import('../pages/settlements/SettlementsPage'));
const SettlementDetailPage = lazy(() => import('../pages/settlements/SettlementDetailPage'));
const QuotePage = lazy(() => import('../pages/quotes/QuotePage'));
const AccountPage = lazy(() => import('../pages/account/AccountPage'));
const WorkOrdersPage = lazy(() => import('../pages/work-orders/WorkOrdersPage'));
const WorkOrderDetailPage = lazy(() => import('../pages/work-orders/WorkOrderDetailPage'));
const ReceiptPage = lazy(() => import('../pages/work-orders/ReceiptPage'));
// Complaints (投诉) about the dealer, read-only.
const ComplaintsPage = lazy(() => import('../pages/complaints/ComplaintsPage'));
// Dealer scorecard: the dealer's own card.
const ScorecardPage = lazy(() => import('../pages/scorecard/ScorecardPage'));

export const routes: RouteObject[] = [
  { path: '/signin', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // A screen that crashes or cannot load (offline) shows its error inside the shell.
        errorElement: <RouteError inShell />,
        children: [
          { index: true, element: <Navigate to="/claims" replace /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'units/:serial', element: <UnitsPage /> },
          { path: 'registrations/new', element: <RegistrationPage /> },
          { path: 'claims', element: <ClaimsListPage /> },
          { path: 'claims/new', element: <ClaimFormPage /> },
          { path: 'claims/:number', element: <ClaimDetailPage /> },
          { path: 'claims/:number/edit', element: <ClaimFormPage /> },
          { path: 'returns', element: <ReturnsPage /> },
          { path: 'settlements', element: <SettlementsPage /> },
          { path: 'settlements/:number', element: <SettlementDetailPage /> },
          { path: 'quotes', element: <QuotePage /> },
          { path: 'work-orders', element: <WorkOrdersPage /> },
          { path: 'work-orders/:number', element: <WorkOrderDetailPage /> },
          { path: 'work-orders/:number/receipt', element: <ReceiptPage /> },
          { path: 'complaints', element: <ComplaintsPage /> },
          { path: 'scorecard', element: <ScorecardPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const ROUTER_FUTURE = {
  v7_relativeSplatPath: true,
  v7_fetcherPersist: true,
  v7_normalizeFormMethod: true,
  v7_partialHydration: true,
  v7_skipActionErrorRevalidation: true,
} as const;
