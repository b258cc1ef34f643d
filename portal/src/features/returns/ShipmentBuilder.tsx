import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shipment } from '@shared/contracts/shipment';
import { shipmentInputSchema } from '@shared/schemas/shipment';
import { parseInput } from '@shared/schemas/validation-details';
import { api } from '../../api';
import { isApiError } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useErrorText } from '../../ui/errors';
import { useValidationText } from '../../ui/validation';
import type { ReturnCandidate } from './candidates';

/** Carriers workshops use most; any other name may be typed. */
const CARRIERS = ['顺丰速运', '中通快递', '圆通速递', '韵达快递', '申通快递', '京东物流', '德邦物流', '中国邮政 EMS'];

export function ShipmentBuilder({ candidates, onShipped }: { candidates: ReturnCandidate[]; onShipped: (s: Shipment) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const validationText = useValidationText();
  const id = useId();
  const [picked, setPicked] = useState<Record<string, number>>({});
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const selected = candidates.filter((c) => picked[c.key] !== undefined);
  const allPicked = selected.length === candidates.length;

  function toggle(c: ReturnCandidate, on: boolean) {
    setPicked((p) => {
      const next = { ...p };
      if (on) next[c.key] = c.qty;
      else delete next[c.key];
      return next;
    });
  }

  function toggleAll(on: boolean) {
    setPicked(on ? Object.fromEntries(candidates.map((c) => [c.key, c.qty])) : {});
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body = {
      carrier,
      trackingNumber: tracking,
      parts: selected.map((c) => ({ claimNumber: c.claimNumber, partNumber: c.partNumber, qty: picked[c.key] })),
    };
    const parsed = parseInput(shipmentInputSchema, body);
    if (!parsed.ok) {
      setFields(parsed.fields);
      return;
    }
    setFields({});
    setBusy(true);
    setError(null);
    try {
      const shipment = await api.createShipment(parsed.data);
      setPicked({});
      setTracking('');
      onShipped(shipment);
    } catch (err) {
      if (isApiError(err) && err.details.fields) setFields(err.details.fields);
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (path: string) =>
    fields[path] ? (
      <p id={`${id}-${path}-err`} className="field-error">
        {validationText(fields[path])}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <table className="table table-cards">
        <caption className="sr-only">{t('returns.owed')}</caption>
        <thead>
          <tr>
            <th scope="col" className="check">
              <input
                type="checkbox"
                aria-label={t('returns.selectAll')}
                checked={allPicked && candidates.length > 0}
                onChange={(e) => toggleAll(e.target.checked)}
              />
            </th>
            <th scope="col">{t('claims.number')}</th>
            <th scope="col">{t('returns.part')}</th>
            <th scope="col">{t('returns.dueDate')}</th>
            <th scope="col" className="num">{t('returns.qtyToShip')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => {
            const on = picked[c.key] !== undefined;
            const label = `${c.claimNumber} ${c.partNumber}`;
            return (
              <tr key={c.key} className={on ? 'selected' : undefined}>
                <td className="check">
                  <input type="checkbox" aria-label={t('returns.selectPart', { part: label })} checked={on} onChange={(e) => toggle(c, e.target.checked)} />
                </td>
                <td data-label={t('claims.number')}>{c.claimNumber}</td>
                <td data-label={t('returns.part')}>
                  <span>
                    {c.partNumber}
                    {c.label && <span className="sub">{fmt.text(c.label)}</span>}
                  </span>
                </td>
                <td data-label={t('returns.dueDate')}>{fmt.date(c.dueDate)}</td>
                <td data-label={t('returns.qtyToShip')} className="num">
                  <span>
                  <input
                    type="number"
                    inputMode="numeric"
                    className="qty"
                    min={1}
                    max={c.qty}
                    disabled={!on}
                    aria-label={t('returns.qtyFor', { part: label, max: c.qty })}
                    value={on ? picked[c.key] : c.qty}
                    onChange={(e) => {
                      const n = Math.floor(Number(e.target.value));
                      setPicked((p) => ({ ...p, [c.key]: Number.isFinite(n) ? Math.min(Math.max(n, 1), c.qty) : 1 }));
                    }}
                  />
                  <span className="muted small"> / {c.qty}</span>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {fields.parts && (
        <p className="field-error" role="alert">
          {t('returns.pickOne')}
        </p>
      )}

      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-carrier`}>{t('returns.carrier')}</label>
          <input
            id={`${id}-carrier`}
            list={`${id}-carriers`}
            value={carrier}
            aria-invalid={!!fields.carrier || undefined}
            aria-describedby={fields.carrier ? `${id}-carrier-err` : undefined}
            onChange={(e) => setCarrier(e.target.value)}
          />
          <datalist id={`${id}-carriers`}>
            {CARRIERS.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          {fieldError('carrier')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-trackingNumber`}>{t('returns.trackingNumber')}</label>
          <input
            id={`${id}-trackingNumber`}
            value={tracking}
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={!!fields.trackingNumber || undefined}
            aria-describedby={fields.trackingNumber ? `${id}-trackingNumber-err` : undefined}
            onChange={(e) => setTracking(e.target.value)}
          />
          {fieldError('trackingNumber')}
        </div>
      </div>
      {!!error && (
        <p className="alert alert-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy || selected.length === 0}>
        {busy ? t('common.sending') : t('returns.ship', { count: selected.length })}
      </button>
    </form>
  );
}
