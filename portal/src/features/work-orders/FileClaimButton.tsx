import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { workOrdersApi, type WorkOrder } from '../../api/workOrders';
import { ActionError } from './ActionError';

/**
 * 三包索赔 in one step from an in-warranty receipt: the server drafts the claim from the
 * request and the receipt (201), or answers the one already filed (200); either way the
 * dealer continues on the claim's own page.
 */
export function FileClaimButton({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (order.claim) {
    return (
      <p>
        {t('workOrders.claim.filed')}{' '}
        <Link to={`/claims/${encodeURIComponent(order.claim.number)}`}>{order.claim.number}</Link>
      </p>
    );
  }

  async function file() {
    setBusy(true);
    setError(null);
    try {
      const claim = await workOrdersApi.fileClaim(order.number);
      navigate(`/claims/${encodeURIComponent(claim.number)}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <p className="muted small">{t('workOrders.claim.hint')}</p>
      <button type="button" className="btn btn-primary btn-block" disabled={busy} onClick={() => void file()}>
        {busy ? t('common.sending') : t('workOrders.claim.file')}
      </button>
      <ActionError error={error} />
    </div>
  );
}
