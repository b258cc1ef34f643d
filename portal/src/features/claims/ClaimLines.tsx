import { useTranslation } from 'react-i18next';
import type { ClaimLine, ClaimTotals } from '@shared/contracts/claim';
import { travelKm } from '@shared/lifecycle/payable';
import type { PortalClaimLine } from '../../api';
import { useFormat } from '../../i18n/format';

function quantity(line: ClaimLine, unitH: string, unitKm: string): string {
  if (line.kind === 'labour') {
    const adjusted = line.adjustedHours !== undefined && line.adjustedHours !== line.hours ? ` → ${line.adjustedHours}` : '';
    return `${line.hours ?? '—'}${adjusted} ${unitH}`;
  }
  if (line.kind === 'travel') return `${line.km ?? '—'} ${unitKm}`;
  const adjusted = line.adjustedQty !== undefined && line.adjustedQty !== line.qty ? ` → ${line.adjustedQty}` : '';
  return `${line.qty ?? '—'}${adjusted}`;
}

/** "180 km claimed, 100 km paid": the rate's cap, said where the km are. */
function TravelCap({ line }: { line: ClaimLine }) {
  const { t } = useTranslation();
  const km = travelKm(line);
  if (!km?.capped) return null;
  return <span className="sub">{t('lines.travelCapped', { paid: km.paid })}</span>;
}

/**
 * Lines and totals exactly as the server priced them; the portal never prices a claim
 * itself (docs/api.md: whatever the client sends is ignored).
 */
export function ClaimLines({
  lines,
  totals,
  showDecisions = false,
  decided = false,
  caption,
}: {
  lines: ClaimLine[];
  totals: ClaimTotals | null | undefined;
  showDecisions?: boolean;
  /** The reviewer has decided: until then payable is only the claimed amount, shown as pending. */
  decided?: boolean;
  caption?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const uh = t('units.unit_h');
  const ukm = t('units.unit_km');
  return (
    <div className="lines">
      {lines.length > 0 && (
      <table className="table table-cards">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('lines.kind')}</th>
            <th scope="col">{t('lines.item')}</th>
            <th scope="col" className="num">{t('lines.qty')}</th>
            <th scope="col" className="num">{t('lines.unitPrice')}</th>
            <th scope="col" className="num">{t('lines.amount')}</th>
            {showDecisions && <th scope="col">{t('lines.decision')}</th>}
            {showDecisions && <th scope="col" className="num">{t('lines.payable')}</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={l.id ?? `${l.kind}-${l.ref}-${i}`}>
              <td data-label={t('lines.kind')}>{t(`lines.kinds.${l.kind}`)}</td>
              <td data-label={t('lines.item')}>
                <span>
                  {l.kind === 'travel' ? t('lines.mileage') : l.ref}
                  {l.label && <span className="sub">{fmt.text(l.label)}</span>}
                  {(l as PortalClaimLine).mustReturn && <span className="sub tag-return">{t('lines.mustReturn')}</span>}
                </span>
              </td>
              <td data-label={t('lines.qty')} className="num">
                <span>
                  {quantity(l, uh, ukm)}
                  <TravelCap line={l} />
                </span>
              </td>
              <td data-label={t('lines.unitPrice')} className="num">{fmt.money(l.unitPrice)}</td>
              <td data-label={t('lines.amount')} className="num">{fmt.money(l.amount)}</td>
              {showDecisions && (
                <td data-label={t('lines.decision')}>
                  <span>
                    {l.decision ? t(`lines.decisions.${l.decision}`) : t('lines.pending')}
                    {l.reasonCode && <span className="sub">{t(`reasons.${l.reasonCode}`, { defaultValue: l.reasonCode })}</span>}
                    {l.inspection && <span className="sub">{t(`inspection.${l.inspection}`)}</span>}
                  </span>
                </td>
              )}
              {showDecisions && (
                <td data-label={t('lines.payable')} className="num">
                  {decided && l.decision ? fmt.money(l.payable) : <span className="pending">{t('lines.payablePending')}</span>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      )}
      {totals && (
        <dl className="totals" aria-label={t('lines.totals')}>
          <div>
            <dt>{t('lines.parts')}</dt>
            <dd>{fmt.money(totals.parts)}</dd>
          </div>
          <div>
            <dt>{t('lines.labour')}</dt>
            <dd>{fmt.money(totals.labour)}</dd>
          </div>
          <div>
            <dt>{t('lines.travel')}</dt>
            <dd>{fmt.money(totals.travel)}</dd>
          </div>
          <div className="total">
            <dt>{t('lines.total')}</dt>
            <dd data-testid="total">{fmt.money(totals.total)}</dd>
          </div>
          {showDecisions && (
            <div className="total">
              <dt>{t('lines.payableTotal')}</dt>
              <dd>{decided ? fmt.money(totals.payable) : <span className="pending">{t('lines.payablePending')}</span>}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
