import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router-dom';

/** A lazy chunk that could not be fetched: offline, or replaced by a new release. */
const CHUNK_FAILED = /dynamically imported module|Importing a module script failed|Failed to fetch|Loading chunk|error loading dynamically/i;

function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

/**
 * What a dealer sees if a screen crashes or its code cannot be loaded: a plain way back
 * instead of a blank page. Inside the shell (`inShell`) the header and navigation stay,
 * so a page not yet loaded while offline leaves the dealer in the portal, told that the
 * network is down, not that the portal was updated.
 */
export function RouteError({ inShell = false }: { inShell?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  const online = useOnline();
  const chunk = error instanceof TypeError && CHUNK_FAILED.test(error.message);
  // The browser's own word decides: offline, the chunk was never fetched; online, a redeploy replaced it.
  const [offlineAtFailure] = useState(() => chunk && typeof navigator !== 'undefined' && !navigator.onLine);
  const title = !chunk ? t('app.crashed') : offlineAtFailure ? (online ? t('app.backOnline') : t('app.offlinePage')) : t('app.updated');
  const body = (
    <div className="state state-error" role="alert">
      {/* The page that failed never rendered its own heading: this is the page's one. */}
      <h1 className="state-title">{title}</h1>
      <p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()} disabled={offlineAtFailure && !online}>
          {offlineAtFailure ? t('app.retry') : t('app.reload')}
        </button>{' '}
        {!inShell && (
          <a className="btn" href="/portal/">
            {t('app.home')}
          </a>
        )}
      </p>
    </div>
  );
  return inShell ? body : <div className="main">{body}</div>;
}
