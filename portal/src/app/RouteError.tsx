import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router-dom';

/**
 * What a dealer sees if a screen crashes (or a new release replaced the chunk it was
 * loading): a plain way back instead of a blank page.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  // A lazy chunk missing after a redeploy: a reload fetches the new one.
  const stale = error instanceof TypeError && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <div className="main">
      <div className="state state-error" role="alert">
        <p className="state-title">{stale ? t('app.updated') : t('app.crashed')}</p>
        <p>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </button>{' '}
          <a className="btn" href="/portal/">
            {t('app.home')}
          </a>
        </p>
      </div>
    </div>
  );
}
