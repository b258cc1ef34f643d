import { useTranslation } from 'react-i18next';
import { scorecardApi } from '../../api/scorecard';
import { useResource } from '../../api/useResource';
import { useFormat } from '../../i18n/format';
import { ErrorState, Loading } from '../../ui/States';

const GRADE_TONE: Record<string, string> = { A: 'badge-ok', B: 'badge-info', C: 'badge-warn', D: 'badge-bad' };
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 我的评级: the dealer's grade, what it means for its claims, its figures and the history of its grade. */
export default function ScorecardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const res = useResource((signal) => scorecardApi.mine(signal), []);
  if (res.loading && !res.data) return <Loading />;
  if (res.error || !res.data) return <ErrorState error={res.error} onRetry={res.reload} />;
  const c = res.data;
  const grade = c.dealer.grade;

  return (
    <article className="page">
      <div className="page-head">
        <h1>{t('scorecard.title')}</h1>
        <span className={`badge ${grade ? GRADE_TONE[grade] : 'badge-neutral'}`} aria-label={t('scorecard.gradeLabel', { grade: grade ?? '—' })}>
          {t('scorecard.grade', { grade: grade ?? '—' })}
        </span>
      </div>
      <p className="muted">{grade ? t(`scorecard.meaning.${grade}`) : ''}</p>
      {c.flagged && <p className="badge badge-bad">{t('scorecard.flagged')}</p>}

      <section className="card">
        <div className="card-head">
          <h2>{t('scorecard.claims', { from: fmt.date(c.period.from), to: fmt.date(c.period.to) })}</h2>
        </div>
        <dl className="facts">
          <div>
            <dt>{t('scorecard.filed')}</dt>
            <dd>{c.claims.filed}</dd>
          </div>
          <div>
            <dt>{t('scorecard.approvalRate')}</dt>
            <dd>{percent(c.approvalRate.rate)}</dd>
          </div>
          <div>
            <dt>{t('scorecard.adjustmentRate')}</dt>
            <dd>{percent(c.adjustmentRate.rate)}</dd>
          </div>
          <div>
            <dt>{t('scorecard.rejected')}</dt>
            <dd>{c.claims.rejected}</dd>
          </div>
          <div>
            <dt>{t('scorecard.overdueReturns')}</dt>
            <dd>{c.overdueReturns}</dd>
          </div>
          <div>
            <dt>{t('scorecard.spotChecks')}</dt>
            <dd>{t('scorecard.spotCheckCounts', { passed: c.spotChecks.passed, failed: c.spotChecks.failed })}</dd>
          </div>
        </dl>
      </section>

      <section className="card">
        <div className="card-head">
          <h2>{t('scorecard.history')}</h2>
        </div>
        {c.gradeHistory.length === 0 ? (
          <p className="muted">{t('scorecard.noHistory')}</p>
        ) : (
          <ul className="timeline">
            {c.gradeHistory.map((h) => (
              <li key={h.at}>
                <strong>{t('scorecard.change', { from: h.from ?? '—', to: h.to })}</strong> <span className="muted">{fmt.dateTime(h.at)}</span>
                <p>{h.reason}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
