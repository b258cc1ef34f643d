import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import './i18n';
import './styles.css';
import { ROUTER_FUTURE, routes } from './app/routes';
import { SessionProvider } from './features/auth/session';

const router = createBrowserRouter(routes, { basename: '/portal', future: ROUTER_FUTURE });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={router} future={{ v7_startTransition: true }} />
    </SessionProvider>
  </StrictMode>,
);
