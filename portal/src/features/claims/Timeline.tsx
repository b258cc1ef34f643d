import { useTranslation } from 'react-i18next';
import type { ClaimEvent } from '@shared/contracts/claim';
import { useFormat } from '../../i18n/format';

/** The dealer's view of the audit trail: staff-only entries are left out. */
export function Timeline({ events }: { events: ClaimEvent[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const visible = events.filter((e) => e.dealerVisible !== false);
  if (visible.length === 0) return <p className="muted">{t('timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {visible.map((e, i) => (
        <li key={`${e.at}-${i}`}>
          <time dateTime={e.at}>{fmt.dateTime(e.at)}</time>
          <div>
            <strong>{t(`timeline.events.${e.event}`, { defaultValue: e.event })}</strong>
            <span className="muted"> · {t(`timeline.actors.${e.actor}`)}</span>
            {e.to && (
              <span className="muted">
                {' '}
                · {e.from ? `${t(`status.claim.${e.from}`)} → ` : ''}
                {t(`status.claim.${e.to}`)}
              </span>
            )}
            {e.comment && <p className="comment">{e.comment}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
