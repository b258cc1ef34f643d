import { useTranslation } from 'react-i18next';
import type { ClaimLine, ClaimTotals } from '@shared/contracts/claim';
import type { Finding } from '@shared/contracts/findings';
import { useErrorText } from '../../ui/errors';
import { FindingList } from '../../ui/FindingList';
import { ClaimLines } from './ClaimLines';
import type { PrecheckStatus } from './usePrecheck';

/** 预审: every finding with its severity, and the server-priced lines and totals. */
export function PrecheckPanel({
  status,
  error,
  findings,
  lines,
  totals,
  stale,
}: {
  status: PrecheckStatus;
  error: unknown;
  findings: Finding[];
  lines: ClaimLine[];
  totals: ClaimTotals | null;
  stale: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return (
    <aside className="card precheck" aria-labelledby="precheck-title">
      <h2 id="precheck-title">{t('precheck.title')}</h2>
      <p className={`precheck-status precheck-${status}`} role="status" aria-live="polite">
        {status === 'checking' && <span className="spinner spinner-small" aria-hidden="true" />}
        {t(`precheck.status.${status}`)}
        {status === 'failed' && !!error && <span className="sub">{errorText(error)}</span>}
      </p>
      <p className="precheck-counts" aria-live="polite">
        {errors > 0 && <span className="count count-error">{t('claims.errorsCount', { count: errors })}</span>}
        {warnings > 0 && <span className="count count-warning">{t('claims.warningsCount', { count: warnings })}</span>}
        {findings.length === 0 && status === 'fresh' && <span className="count count-ok">{t('precheck.clean')}</span>}
      </p>
      <FindingList findings={findings} />
      <h3>{t('precheck.amounts')}</h3>
      {totals ? (
        <div className={stale ? 'stale' : undefined} aria-busy={stale || undefined}>
          <ClaimLines lines={lines} totals={totals} caption={t('precheck.amounts')} />
          {stale && <p className="hint">{t('precheck.updating')}</p>}
        </div>
      ) : (
        <p className="muted">{t('precheck.noAmounts')}</p>
      )}
    </aside>
  );
}
