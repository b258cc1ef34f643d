import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isPayableDecided } from '@shared/lifecycle/payable';
import { api, type PortalClaim } from '../../api';
import { isApiError } from '../../api/client';
import { useNewest } from '../../api/useNewest';
import { useResource } from '../../api/useResource';
import { ClaimLines } from '../../features/claims/ClaimLines';
import { PhotoUploader } from '../../features/claims/PhotoUploader';
import { Questions } from '../../features/claims/Questions';
import { Timeline } from '../../features/claims/Timeline';
import { EDITABLE, PHOTO_REMOVABLE } from '../../features/claims/statuses';
import { useFormat } from '../../i18n/format';
import { useErrorText } from '../../ui/errors';
import { FindingList } from '../../ui/FindingList';
import { StatusBadge } from '../../ui/StatusBadge';
import { LoadFailed, Loading } from '../../ui/States';

const PHOTO_STATES = new Set(['draft', 'submitted', 'in_review', 'info_requested']);

export default function ClaimDetailPage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const claim = useResource((signal) => api.claim(number, signal), [number]);
  const [c, setFresh] = useNewest<PortalClaim>(claim.data, number);

  if (claim.loading && !claim.data) return <Loading />;
  if (claim.error) {
    return (
      <LoadFailed error={claim.error} onRetry={claim.reload} notFound={t('claims.notFound', { number })}>
        <Link to="/claims">{t('claims.backToList')}</Link>
      </LoadFailed>
    );
  }
  if (!c) return null;
  const reload = () => {
    setFresh(null);
    claim.reload();
  };
  return <ClaimView claim={c} reload={reload} replace={setFresh} />;
}

function ClaimView({ claim: c, reload, replace }: { claim: PortalClaim; reload: () => void; replace: (c: PortalClaim) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<'submit' | 'delete' | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const editable = EDITABLE.has(c.status);

  async function act(kind: 'submit' | 'delete') {
    setBusy(kind);
    setActionError(null);
    try {
      if (kind === 'submit') replace(await api.submitClaim(c.number));
      else {
        await api.deleteClaim(c.number);
        navigate('/claims', { replace: true });
        return;
      }
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  }

  const actionFindings = isApiError(actionError) ? actionError.details.findings ?? [] : [];

  return (
    <article className="page">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link to="/claims">{t('claims.title')}</Link>
          </p>
          <h1>
            {t('claims.claimNo')} {c.number}
          </h1>
        </div>
        <StatusBadge kind="claim" status={c.status} />
      </div>

      {c.status === 'info_requested' && <p className="alert alert-warn">{t('claims.infoRequestedBanner')}</p>}
      {c.status === 'awaiting_parts' && (
        <p className="alert alert-warn">
          {t('claims.awaitingPartsBanner', { date: fmt.date(c.returnDueDate) })} <Link to="/returns">{t('nav.returns')}</Link>
        </p>
      )}

      {editable && (
        <div className="actions">
          <Link className="btn" to={`/claims/${encodeURIComponent(c.number)}/edit`}>
            {t('claims.edit')}
          </Link>
          {c.status === 'draft' && (
            <>
              <button type="button" className="btn btn-primary" disabled={!!busy} onClick={() => void act('submit')}>
                {busy === 'submit' ? t('common.sending') : t('claims.submit')}
              </button>
              {confirmDelete ? (
                <span className="confirm" role="group" aria-label={t('claims.deleteConfirm')}>
                  <span>{t('claims.deleteConfirm')}</span>
                  <button type="button" className="btn btn-danger" disabled={!!busy} onClick={() => void act('delete')}>
                    {t('common.yesDelete')}
                  </button>
                  <button type="button" className="btn" onClick={() => setConfirmDelete(false)}>
                    {t('common.cancel')}
                  </button>
                </span>
              ) : (
                <button type="button" className="btn btn-ghost-danger" onClick={() => setConfirmDelete(true)}>
                  {t('claims.delete')}
                </button>
              )}
            </>
          )}
        </div>
      )}
      {!!actionError && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(actionError)}</p>
          <FindingList findings={actionFindings} />
        </div>
      )}

      <section className="card" aria-labelledby="sec-basic">
        <h2 id="sec-basic">{t('claims.basics')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('claims.serial')}</dt>
            <dd>
              <Link to={`/units/${encodeURIComponent(c.serial)}`}>{c.serial}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('claims.failureDate')}</dt>
            <dd>{fmt.date(c.failureDate)}</dd>
          </div>
          <div>
            <dt>{t('claims.repairDate')}</dt>
            <dd>{fmt.date(c.repairDate)}</dd>
          </div>
          {c.repair && (
            <div>
              <dt>
                {t('claims.handedOverAt')} – {t('claims.returnedAt')}
              </dt>
              <dd>
                {fmt.date(c.repair.handedOverAt)} – {fmt.date(c.repair.returnedAt)}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('claims.remedy')}</dt>
            <dd>{t(`remedy.${c.remedy}`)}</dd>
          </div>
          {c.remedyValue && (
            <div className="wide">
              <dt>{t('claims.remedyValue')}</dt>
              <dd>
                {t('claims.unitPrice')} {fmt.money(c.remedyValue.unitPrice)} · {t('claims.usageCharge')} {fmt.money(c.remedyValue.usageCharge)} ·{' '}
                {t('claims.remedyNet')} {fmt.money(c.remedyValue.net)}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('claims.usage')}</dt>
            <dd>{c.usage ? `${c.usage.value} ${t(`units.unit_${c.usage.unit}`)}` : '—'}</dd>
          </div>
          <div>
            <dt>{t('claims.component')}</dt>
            <dd>{c.fault.component}</dd>
          </div>
          <div className="wide">
            <dt>{t('claims.description')}</dt>
            <dd className="prewrap">{c.fault.description}</dd>
          </div>
          {c.customerConfirmation && (
            <div>
              <dt>{t('claims.customerConfirmation')}</dt>
              <dd>
                {c.customerConfirmation.name} · {fmt.date(c.customerConfirmation.signedAt)}
              </dd>
            </div>
          )}
          {c.submittedAt && (
            <div>
              <dt>{t('claims.submittedAt')}</dt>
              <dd>{fmt.dateTime(c.submittedAt)}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="card" aria-labelledby="sec-lines">
        <h2 id="sec-lines">{t('claims.lines')}</h2>
        {c.lines.length === 0 ? (
          <p className="muted">{t('claims.noLines')}</p>
        ) : (
          <ClaimLines lines={c.lines} totals={c.totals} showDecisions={c.status !== 'draft'} decided={isPayableDecided(c.status)} caption={t('claims.lines')} />
        )}
      </section>

      <section className="card" aria-labelledby="sec-findings">
        <h2 id="sec-findings">{t('claims.findings')}</h2>
        {c.findings.length === 0 ? <p className="muted">{t('claims.noFindings')}</p> : <FindingList findings={c.findings} />}
      </section>

      <section className="card" aria-labelledby="sec-questions">
        <h2 id="sec-questions">{t('questions.title')}</h2>
        <Questions
          claimNumber={c.number}
          questions={c.questions}
          canAnswer={c.status === 'info_requested'}
          onAnswered={replace}
        />
      </section>

      <section className="card" aria-labelledby="sec-photos">
        <h2 id="sec-photos">{t('photos.title')}</h2>
        <PhotoUploader
          claimNumber={c.number}
          attachments={c.attachments ?? []}
          canUpload={PHOTO_STATES.has(c.status)}
          onUploaded={reload}
          canRemove={PHOTO_REMOVABLE.has(c.status)}
          onRemoved={replace}
          onStale={reload}
        />
      </section>

      <section className="card" aria-labelledby="sec-timeline">
        <h2 id="sec-timeline">{t('timeline.title')}</h2>
        <Timeline events={c.timeline} />
      </section>
    </article>
  );
}
