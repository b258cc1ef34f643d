import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { ROUTER_FUTURE, routes } from '../app/routes';
import { SessionProvider } from '../features/auth/session';

/** The whole app at `path`, signed in unless told otherwise, against the msw server. */
export function renderApp(path: string, { signedIn = true }: { signedIn?: boolean } = {}) {
  if (signedIn) window.localStorage.setItem('sanbao.jwt', 'test-jwt');
  const router = createMemoryRouter(routes, { initialEntries: [path], future: ROUTER_FUTURE });
  const utils = render(
    <SessionProvider>
      <RouterProvider router={router} future={{ v7_startTransition: true }} />
    </SessionProvider>,
  );
  return { ...utils, router };
}
