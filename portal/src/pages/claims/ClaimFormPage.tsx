import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldPath, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { Finding } from '@shared/contracts/findings';
import { businessDate } from '@shared/calendar/business-date';
import { api, type PortalClaim } from '../../api';
import { isApiError } from '../../api/client';
import { useResource } from '../../api/useResource';
import {
  emptyClaimForm,
  formFromClaim,
  formPaths,
  parseClaimForm,
  placeFindings,
  toFormFields,
  toFormPath,
  type ClaimForm,
} from '../../features/claims/claimFormModel';
import { claimBackup } from '../../features/claims/formBackup';
import { newIdempotencyKey } from '../../features/claims/idempotency';
import { ClaimItemsFields } from '../../features/claims/ClaimItemsFields';
import { PhotoQueue, usePhotoQueue } from '../../features/claims/PhotoQueue';
import { PrecheckPanel } from '../../features/claims/PrecheckPanel';
import { EDITABLE } from '../../features/claims/statuses';
import { usePrecheck } from '../../features/claims/usePrecheck';
import { useUnitLookup } from '../../features/units/useUnitLookup';
import { CodePicker } from '../../features/reference/CodePicker';
import { usePickerOptions } from '../../features/reference/pickerOptions';
import { useModelReference } from '../../features/reference/useModelReference';
import { Field } from '../../forms/Field';
import { UsageFields } from '../../forms/UsageFields';
import { useDraftAutosave } from '../../forms/useDraftAutosave';
import { nestFieldErrors } from '../../forms/schemaResolver';
import { useFormat } from '../../i18n/format';
import { useErrorText } from '../../ui/errors';
import { FindingList } from '../../ui/FindingList';
import { StatusBadge } from '../../ui/StatusBadge';
import { EmptyState, LoadFailed, Loading } from '../../ui/States';

/** The shared schema on what is sent, its paths put back on the rows the dealer sees (empty rows are not sent). */
const resolver: Resolver<ClaimForm> = async (values) => {
  const r = parseClaimForm(values);
  if (r.ok) return { values, errors: {} };
  return { values: {}, errors: nestFieldErrors<ClaimForm>(toFormFields(r.fields, values)) };
};

/** 三包维修记录: a new claim, or an edit of a draft or of a claim the reviewer asked about. */
export default function ClaimFormPage() {
  const { number } = useParams();
  return number ? <EditClaim number={number} /> : <NewClaim />;
}

function NewClaim() {
  const [params] = useSearchParams();
  const today = businessDate(new Date());
  // Read once: the backup is this form's own earlier state, not something to re-apply.
  const [start] = useState(() => {
    const backup = claimBackup.read();
    const serial = params.get('serial');
    if (backup && (!serial || backup.values.serial === serial)) return { ...backup, restored: true };
    return { key: newIdempotencyKey(), values: emptyClaimForm(serial ?? '', today), restored: false };
  });
  return <ClaimFormView initial={start.values} initialKey={start.key} restored={start.restored} />;
}

function EditClaim({ number }: { number: string }) {
  const { t } = useTranslation();
  const res = useResource((signal) => api.claim(number, signal), [number]);
  if (res.loading && !res.data) return <Loading />;
  if (res.error) {
    return (
      <LoadFailed error={res.error} onRetry={res.reload} notFound={t('claims.notFound', { number })}>
        <Link to="/claims">{t('claims.backToList')}</Link>
      </LoadFailed>
    );
  }
  if (!res.data) return null;
  if (!EDITABLE.has(res.data.status)) {
    return (
      <EmptyState title={t('claims.notEditable')}>
        <StatusBadge kind="claim" status={res.data.status} />
        <p>
          <Link to={`/claims/${encodeURIComponent(number)}`}>{t('claims.viewClaim')}</Link>
        </p>
      </EmptyState>
    );
  }
  return <ClaimFormView key={res.data.number} claim={res.data} initial={formFromClaim(res.data)} />;
}

type Outcome =
  | { kind: 'precheck' }
  | { kind: 'keptLocally'; missing: number }
  | { kind: 'fields' }
  | { kind: 'uncertain'; error: unknown }
  | { kind: 'failed'; error: unknown };

function ClaimFormView({
  initial,
  claim,
  initialKey,
  restored = false,
}: {
  initial: ClaimForm;
  claim?: PortalClaim;
  initialKey?: string;
  restored?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const fmt = useFormat();
  const today = useMemo(() => businessDate(new Date()), []);
  const form = useForm<ClaimForm>({ resolver, defaultValues: initial, mode: 'onTouched' });
  const { register, control, handleSubmit, formState, setError, reset } = form;
  const values = useWatch({ control }) as ClaimForm;
  const precheck = usePrecheck(values, today);
  const unit = useUnitLookup(values.serial ?? '');
  // The pickers offer the unit's model's parts, operations and components, priced on the repair date.
  const reference = useModelReference(unit?.model.code, /^\d{4}-\d{2}-\d{2}$/.test(values.repairDate ?? '') ? values.repairDate : undefined);
  const options = usePickerOptions(reference);
  const keyRef = useRef(initialKey ?? newIdempotencyKey());
  // A save that went through before a failed submit moved the version on.
  const versionRef = useRef(claim?.version);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [showRestored, setShowRestored] = useState(restored);
  const photos = usePhotoQueue();
  // The claim saved, with photos the server refused: named by the queue, the rest went up.
  const [photosRefused, setPhotosRefused] = useState<string | null>(null);
  const isNew = !claim;

  // Only a new claim is backed up: an edited one is already saved on the server.
  const backup = useDraftAutosave(claimBackup, { key: keyRef.current, values, savedAt: Date.now() }, isNew && formState.isDirty);

  useEffect(() => {
    if (!formState.isDirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [formState.isDirty]);

  const placed = useMemo(
    () => placeFindings(precheck.findings.map((f) => (f.field ? { ...f, field: toFormPath(f.field, values) } : f)), formPaths(values)),
    [precheck.findings, values],
  );
  const at = (path: string): Finding[] => placed.byPath.get(path) ?? [];
  const e = formState.errors;

  function discardRestored() {
    backup.discard();
    keyRef.current = newIdempotencyKey();
    reset(emptyClaimForm('', today));
    setShowRestored(false);
  }

  /**
   * 400, 409 and 422 are definite: nothing was filed, so the next attempt gets a new key
   * (a server may keep a refused key's answer). A network error or a 5xx is not: the
   * claim may exist, so the same key goes again and answers that claim.
   */
  function failed(err: unknown) {
    if (isApiError(err) && [400, 409, 422].includes(err.status) && isNew) keyRef.current = newIdempotencyKey();
    if (isApiError(err) && err.status === 422) {
      precheck.adopt(err.details.findings ?? []);
      setOutcome({ kind: 'precheck' });
    } else if (isApiError(err) && err.status === 400 && err.details.fields) {
      for (const [path, code] of Object.entries(toFormFields(err.details.fields, form.getValues()))) {
        setError(path as FieldPath<ClaimForm>, { type: code, message: code });
      }
      setOutcome({ kind: 'fields' });
    } else if (!isApiError(err) || err.status === 0 || err.status >= 500) {
      setOutcome({ kind: 'uncertain', error: err });
    } else {
      setOutcome({ kind: 'failed', error: err });
    }
  }

  // A second click lands before React re-renders the disabled button; this catches it.
  // Should one still get through, the Idempotency-Key makes the server answer the first.
  const inFlight = useRef(false);
  const send = (kind: 'draft' | 'submit') => async (ev?: { preventDefault: () => void }) => {
    ev?.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    // After a success the page is leaving: the lock stays so nothing goes out twice.
    if (!(await save(kind)())) inFlight.current = false;
  };

  /** Resolves true once the claim is saved (the page then navigates away). */
  const save = (kind: 'draft' | 'submit') => async (): Promise<boolean> => {
    let saved = false;
    // The server files complete claims only (POST /claims is the contract's, and strict), so
    // a new draft that is not complete yet stays in this tab's backup, and says so.
    if (kind === 'draft' && isNew) {
      const parsed = parseClaimForm(form.getValues());
      if (!parsed.ok) {
        backup.saveNow();
        setOutcome({ kind: 'keptLocally', missing: Object.keys(parsed.fields).length });
        return false;
      }
    }
    await handleSubmit(async (v) => {
      const parsed = parseClaimForm(v);
      if (!parsed.ok) return;
      setBusy(kind);
      setOutcome(null);
      try {
        if (!claim) {
          const created = await api.createClaim(parsed.data, { submit: kind === 'submit', idempotencyKey: keyRef.current });
          backup.finish();
          reset(v);
          saved = true;
          // Photos go up right after the save; a refused one keeps the dealer here to see why.
          if ((await photos.uploadAll(created.number)) > 0) {
            setPhotosRefused(created.number);
            return;
          }
          navigate(kind === 'submit' ? `/claims/${encodeURIComponent(created.number)}` : `/claims/${encodeURIComponent(created.number)}/edit`, {
            replace: true,
          });
          return;
        }
        const updated = await api.updateClaim(claim.number, parsed.data, versionRef.current);
        versionRef.current = updated.version;
        reset(v);
        if (kind === 'submit' && updated.status === 'draft') await api.submitClaim(updated.number, updated.version);
        saved = true;
        if ((await photos.uploadAll(updated.number)) > 0) {
          setPhotosRefused(updated.number);
          return;
        }
        navigate(`/claims/${encodeURIComponent(updated.number)}`);
      } catch (err) {
        failed(err);
      } finally {
        setBusy(null);
      }
    })();
    return saved;
  };

  const canSubmit = !claim || claim.status === 'draft';
  const blocked = precheck.hasError;

  return (
    <section className="page">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link to="/claims">{t('claims.title')}</Link>
            {claim && (
              <>
                {' / '}
                <Link to={`/claims/${encodeURIComponent(claim.number)}`}>{claim.number}</Link>
              </>
            )}
          </p>
          <h1>{claim ? t('claims.editTitle', { number: claim.number }) : t('claims.newTitle')}</h1>
        </div>
        {claim && <StatusBadge kind="claim" status={claim.status} />}
      </div>

      {showRestored && (
        <div className="alert alert-info" role="status">
          {t('claims.restored')}{' '}
          <button type="button" className="btn btn-small" onClick={discardRestored}>
            {t('claims.discardRestored')}
          </button>
        </div>
      )}
      {claim?.status === 'info_requested' && <p className="alert alert-warn">{t('claims.editInfoRequested')}</p>}

      <div className="claim-layout">
        <form className="claim-form stack" noValidate onSubmit={send('submit')} aria-describedby="claim-form-help">
          <p id="claim-form-help" className="muted small">
            {t('claims.formHelp')}
          </p>

          <fieldset className="card">
            <legend>{t('claims.sectionUnit')}</legend>
            <div className="grid-2">
              <Field label={t('claims.serial')} error={e.serial?.message} findings={at('serial')}>
                <input {...register('serial')} autoCapitalize="characters" spellCheck={false} autoComplete="off" />
              </Field>
              <Field label={t('claims.failureDate')} error={e.failureDate?.message} findings={at('failureDate')}>
                <input type="date" max={today} {...register('failureDate')} />
              </Field>
              <Field label={t('claims.repairDate')} error={e.repairDate?.message} findings={at('repairDate')}>
                <input type="date" max={today} {...register('repairDate')} />
              </Field>
              <Field label={t('claims.handedOverAt')} error={e.repair?.handedOverAt?.message} findings={at('repair.handedOverAt')} hint={t('claims.repairPeriodHint')}>
                <input type="date" max={today} {...register('repair.handedOverAt')} />
              </Field>
              <Field label={t('claims.returnedAt')} error={e.repair?.returnedAt?.message} findings={at('repair.returnedAt')}>
                <input type="date" max={today} {...register('repair.returnedAt')} />
              </Field>
              <UsageFields
                label={t('claims.usage')}
                unitLabel={t('claims.usageUnit')}
                error={e.usage?.value?.message}
                findings={at('usage.value')}
                hint={t('claims.usageHint')}
                value={register('usage.value')}
                unit={register('usage.unit')}
              />
            </div>
          </fieldset>

          <fieldset className="card">
            <legend>{t('claims.sectionFault')}</legend>
            <Field label={t('claims.component')} error={e.fault?.component?.message} findings={at('fault.component')} hint={t('claims.componentHint')}>
              <CodePicker control={control} name="fault.component" options={options.components} placeholder={t('picker.typeToSearch')} />
            </Field>
            <Field label={t('claims.description')} error={e.fault?.description?.message} findings={at('fault.description')}>
              <textarea rows={3} maxLength={2000} {...register('fault.description')} />
            </Field>
            <div className="field" role="radiogroup" aria-labelledby="remedy-label">
              <span id="remedy-label" className="label">
                {t('claims.remedy')}
              </span>
              <div className="choices">
                {(['repair', 'replacement', 'refund'] as const).map((r) => (
                  <label key={r} className="choice">
                    <input type="radio" value={r} {...register('remedy')} /> {t(`remedy.${r}`)}
                  </label>
                ))}
              </div>
              <FindingList findings={at('remedy')} compact />
            </div>
          </fieldset>

          <ClaimItemsFields form={form} at={at} options={options} />

          <fieldset className="card">
            <legend>{t('claims.sectionConfirmation')}</legend>
            <div className="grid-2">
              <Field label={t('claims.customerName')} error={e.customerConfirmation?.name?.message} findings={at('customerConfirmation.name')}>
                <input autoComplete="off" {...register('customerConfirmation.name')} />
              </Field>
              <Field label={t('claims.signedAt')} error={e.customerConfirmation?.signedAt?.message} findings={at('customerConfirmation.signedAt')}>
                <input type="date" max={today} {...register('customerConfirmation.signedAt')} />
              </Field>
            </div>
          </fieldset>

          <fieldset className="card">
            <legend>{t('photos.title')}</legend>
            <PhotoQueue queue={photos} busy={!!busy || !!photosRefused} />
          </fieldset>

          {photosRefused && (
            <p className="alert alert-warn" role="alert">
              {t('photos.savedSomeRefused', { number: photosRefused })}{' '}
              <Link to={`/claims/${encodeURIComponent(photosRefused)}`}>{t('claims.viewClaim')}</Link>
            </p>
          )}
          {outcome && <OutcomeAlert outcome={outcome} errorText={errorText} />}
          {blocked && (
            <p className="alert alert-error" id="blocked-note">
              {t('claims.blocked')}
            </p>
          )}

          <div className="actions sticky-actions">
            <p className="sticky-summary">
              <a href="#precheck-title">
                {precheck.findings.filter((f) => f.severity === 'error').length > 0 && (
                  <span className="count count-error">
                    {t('claims.errorsCount', { count: precheck.findings.filter((f) => f.severity === 'error').length })}
                  </span>
                )}
                {precheck.findings.some((f) => f.severity === 'warning') && (
                  <span className="count count-warning">
                    {t('claims.warningsCount', { count: precheck.findings.filter((f) => f.severity === 'warning').length })}
                  </span>
                )}
                <span className="sticky-total">
                  {t('lines.total')} {precheck.totals ? fmt.money(precheck.totals.total) : '—'}
                </span>
              </a>
            </p>
            {(isNew || claim?.status === 'draft') && (
              <button type="button" className="btn" disabled={!!busy || !!photosRefused} onClick={send('draft')}>
                {busy === 'draft' ? t('common.saving') : t('claims.saveDraft')}
              </button>
            )}
            {canSubmit ? (
              <button
                type="submit"
                className="btn btn-primary"
                disabled={!!busy || blocked || !!photosRefused}
                aria-describedby={blocked ? 'blocked-note' : undefined}
              >
                {busy === 'submit' ? t('common.sending') : t('claims.submit')}
              </button>
            ) : (
              <button type="button" className="btn btn-primary" disabled={!!busy || !!photosRefused} onClick={send('draft')}>
                {busy === 'draft' ? t('common.saving') : t('claims.saveChanges')}
              </button>
            )}
          </div>
        </form>

        <PrecheckPanel
          status={precheck.status}
          error={precheck.error}
          findings={precheck.findings}
          lines={precheck.lines}
          totals={precheck.totals}
          stale={precheck.stale}
        />
      </div>
    </section>
  );
}

function OutcomeAlert({ outcome, errorText }: { outcome: Outcome; errorText: (e: unknown) => string }) {
  const { t } = useTranslation();
  if (outcome.kind === 'keptLocally') {
    return (
      <p className="alert alert-info" role="status">
        {t('claims.keptLocally', { count: outcome.missing })}
      </p>
    );
  }
  if (outcome.kind === 'precheck') {
    return (
      <p className="alert alert-error" role="alert">
        {t('claims.precheckFailed')}
      </p>
    );
  }
  if (outcome.kind === 'fields') {
    return (
      <p className="alert alert-error" role="alert">
        {t('errors.VALIDATION_FAILED')}
      </p>
    );
  }
  if (outcome.kind === 'uncertain') {
    const expired = isApiError(outcome.error) && outcome.error.status === 401;
    return (
      <p className="alert alert-error" role="alert">
        {expired ? t('claims.sessionExpiredKept') : `${errorText(outcome.error)} ${t('claims.retrySafe')}`}
      </p>
    );
  }
  const expired = isApiError(outcome.error) && outcome.error.status === 401;
  return (
    <p className="alert alert-error" role="alert">
      {expired ? t('claims.sessionExpiredKept') : errorText(outcome.error)}
    </p>
  );
}
