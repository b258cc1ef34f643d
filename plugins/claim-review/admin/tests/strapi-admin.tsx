/**
 * Stands in for `@strapi/strapi/admin` in the admin tests. The fetch client is Strapi's
 * own (same URLs, headers, FetchError on a non-2xx answer); the page helpers render
 * plain landmarks with the same props; notifications appear in a `status` region so a
 * test can read them; permissions come from the test's render options.
 */
import * as React from 'react';
import path from 'path';

// Strapi's real fetch client, loaded by file: the package's export map does not list it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fetchClient = require(path.join(require.resolve('@strapi/admin/package.json'), '..', 'dist/admin/admin/src/utils/getFetchClient.js'));

export const getFetchClient = fetchClient.getFetchClient;
export const isFetchError = fetchClient.isFetchError;
export const FetchError = fetchClient.FetchError;

export function useFetchClient() {
  return React.useMemo(() => getFetchClient(), []);
}

interface Notification {
  type?: string;
  message?: string;
  title?: string;
}

export const TestContext = React.createContext<{ permissions: Array<{ action: string; subject: null }>; notify: (n: Notification) => void }>({
  permissions: [],
  notify: () => undefined,
});

export function TestStrapiProvider({ permissions, children }: { permissions: Array<{ action: string; subject: null }>; children: React.ReactNode }) {
  const [notes, setNotes] = React.useState<Notification[]>([]);
  const notify = React.useCallback((n: Notification) => setNotes((all) => [...all, n]), []);
  return (
    <TestContext.Provider value={{ permissions, notify }}>
      {children}
      <div role="status" aria-label="notifications">
        {notes.map((n, i) => (
          <p key={i} data-type={n.type}>
            {n.message}
          </p>
        ))}
      </div>
    </TestContext.Provider>
  );
}

export function useNotification() {
  const { notify } = React.useContext(TestContext);
  return { toggleNotification: notify };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** useRBAC's naming: the action's last segment, hyphens dropped — `service.follow-up` → canFollowUp. */
const actionName = (action: string) => `can${(action.split('.').pop() ?? '').split('-').map(capitalise).join('')}`;

/**
 * Strapi's useRBAC answered from the test's role: the plugin's actions carry no conditions.
 * As in Strapi, two checked actions with one last segment (claims.read, settlements.read)
 * share one name, which is true when either is held.
 */
export function useRBAC(permissionsToCheck: Array<{ action: string }> = []) {
  const { permissions: held } = React.useContext(TestContext);
  const allowedActions: Record<string, boolean> = {};
  for (const p of permissionsToCheck) {
    const name = actionName(p.action);
    allowedActions[name] = Boolean(allowedActions[name]) || held.some((h) => h.action === p.action);
  }
  return { allowedActions, isLoading: false, permissions: permissionsToCheck };
}

const Protect = ({ permissions = [], children }: { permissions?: Array<{ action: string }>; children: React.ReactNode }) => {
  const { permissions: held } = React.useContext(TestContext);
  return held.some((p) => permissions.some((r) => r.action === p.action)) ? <>{children}</> : <p>No permissions</p>;
};

export const Page = {
  Main: ({ children }: { children: React.ReactNode }) => <main>{children}</main>,
  Title: ({ children }: { children: string }) => {
    React.useEffect(() => {
      document.title = children;
    }, [children]);
    return null;
  },
  Loading: () => <p>Loading content.</p>,
  Error: () => <p>Error</p>,
  NoPermissions: () => <p>No permissions</p>,
  Protect,
};

export const Layouts = {
  Root: ({ sideNav, children }: { sideNav?: React.ReactNode; children: React.ReactNode }) => (
    <div>
      {sideNav}
      {children}
    </div>
  ),
  Header: ({ title, subtitle, primaryAction, secondaryAction, navigationAction }: Record<string, React.ReactNode>) => (
    <header>
      {navigationAction}
      <h1>{title}</h1>
      {secondaryAction}
      {primaryAction}
      <div>{subtitle}</div>
    </header>
  ),
  Action: ({ startActions, endActions }: Record<string, React.ReactNode>) => (
    <div>
      {startActions}
      {endActions}
    </div>
  ),
  Content: ({ children }: { children: React.ReactNode }) => <div>{children}</div>,
};

export const SubNav = {
  Main: ({ children, ...rest }: { children: React.ReactNode }) => <nav {...rest}>{children}</nav>,
  Header: ({ label }: { label: string }) => <h2>{label}</h2>,
  Sections: ({ children }: { children: React.ReactNode }) => <div>{children}</div>,
  Section: ({ label, children }: { label: string; children: React.ReactNode }) => (
    <section aria-label={label}>
      <ul>{children}</ul>
    </section>
  ),
  Link: ({ to, label }: { to: string; label: React.ReactNode }) => (
    <li>
      <a href={to}>{label}</a>
    </li>
  ),
};
