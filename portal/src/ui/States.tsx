import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useErrorText } from './errors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const text = useErrorText();
  // A 401 is being handled by the sign-in dialog; retrying before that would fail again.
  const canRetry = onRetry && !(isApiError(error) && error.status === 401);
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title ?? t('common.loadFailed')}</p>
      <p>{text(error)}</p>
      {canRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/**
 * A record that did not load: a 404 says it is not found (`children`: the way back or a
 * hint), anything else says why, with a retry.
 */
export function LoadFailed({ error, onRetry, notFound, children }: { error: unknown; onRetry: () => void; notFound: string; children?: ReactNode }) {
  if (isApiError(error) && error.status === 404) return <EmptyState title={notFound}>{children}</EmptyState>;
  return <ErrorState error={error} onRetry={onRetry} />;
}
