import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Finding } from '@shared/contracts/findings';
import { SATISFACTION_LABELS, serviceReceiptInputSchema } from '@shared/service';
import { isApiError } from '../../api/client';
import { workOrdersApi, type WorkOrder } from '../../api/workOrders';
import { placeFindings } from '../../features/claims/claimFormModel';
import type { DraftStore } from '../../forms/draftStore';
import { Field } from '../../forms/Field';
import { UsageFields } from '../../forms/UsageFields';
import { schemaResolver } from '../../forms/schemaResolver';
import { useDraftAutosave } from '../../forms/useDraftAutosave';
import { useFormat } from '../../i18n/format';
import { FindingList } from '../../ui/FindingList';
import { useValidationText } from '../../ui/validation';
import { ActionError } from './ActionError';
import { fieldErrorsSetter } from './fieldErrors';
import { toLocalInput } from './localTime';
import { receiptDraftStore, type ReceiptDraft } from './receiptDraft';
import { emptyReceiptForm, receiptPaths, toReceiptInput, type ReceiptForm } from './receiptFormModel';
import { ReceiptLines } from './ReceiptLines';
import { SignaturePad } from './SignaturePad';

const resolver = schemaResolver<ReceiptForm, typeof serviceReceiptInputSchema>(serviceReceiptInputSchema, toReceiptInput);
const SCORES = ['5', '4', '3', '2', '1'] as const;

/**
 * 维修服务回执单, filled and signed at the customer's; the order is completed when the
 * server takes it. Until then it is a draft on the phone (see receiptDraft.ts), opened
 * again as it was left; discarding it starts a blank form and a blank pad.
 */
export function ReceiptFormView({ order }: { order: WorkOrder }) {
  const store = useMemo(() => receiptDraftStore(order.number), [order.number]);
  const [start, setStart] = useState(() => {
    const draft = store.read();
    return { values: draft?.values ?? emptyReceiptForm(order), restored: !!draft, round: 0 };
  });
  const startOver = () => setStart((s) => ({ values: emptyReceiptForm(order), restored: false, round: s.round + 1 }));
  return <ReceiptFormBody key={start.round} order={order} store={store} initial={start.values} restored={start.restored} onStartOver={startOver} />;
}

function ReceiptFormBody({
  order,
  store,
  initial,
  restored,
  onStartOver,
}: {
  order: WorkOrder;
  store: DraftStore<ReceiptDraft>;
  initial: ReceiptForm;
  restored: boolean;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const validationText = useValidationText();
  const { register, control, handleSubmit, formState, setError, setValue, clearErrors } = useForm<ReceiptForm>({
    resolver,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const values = useWatch({ control }) as ReceiptForm;
  const draft = useMemo(() => ({ values, savedAt: Date.now() }), [values]);
  const autosave = useDraftAutosave(store, draft, formState.isDirty);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const placed = useMemo(() => placeFindings(findings, receiptPaths(values)), [findings, values]);
  const at = (path: string): Finding[] => placed.byPath.get(path) ?? [];
  const e = formState.errors;
  const signatureError = e.acceptance?.signature?.message;
  const offline = isApiError(failure) && failure.code === 'NETWORK';
  const done = () => {
    autosave.finish();
    navigate(`/work-orders/${encodeURIComponent(order.number)}`, { replace: true });
  };

  const submit = handleSubmit(async (v) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setFailure(null);
    setFindings([]);
    autosave.saveNow();
    try {
      await workOrdersApi.receipt(order.number, serviceReceiptInputSchema.parse(toReceiptInput(v)));
      done();
      return;
    } catch (err) {
      // An earlier attempt whose answer was lost may have completed the order: then it is done.
      if (isApiError(err) && err.code === 'WORK_ORDER_WRONG_STATE' && (await workOrdersApi.get(order.number).catch(() => null))?.receipt) {
        done();
        return;
      }
      // 422: out-of-warranty pricing found an error (an unpriced part…); nothing was saved.
      if (isApiError(err) && err.status === 422) setFindings(err.details.findings ?? []);
      if (isApiError(err) && err.status === 400 && err.details.fields) fieldErrorsSetter(setError)(err.details.fields);
      setFailure(err);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  });

  return (
    <form className="stack receipt-form" noValidate onSubmit={submit} aria-label={t('receipt.title')}>
      {restored && (
        <div className="alert alert-info" role="status">
          {t('receipt.draftRestored')}{' '}
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              autosave.discard();
              onStartOver();
            }}
          >
            {t('receipt.discardDraft')}
          </button>
        </div>
      )}
      <fieldset className="card">
        <legend>{t('receipt.fault')}</legend>
        <Field label={t('receipt.faultComponent')} error={e.faultComponent?.message} findings={at('faultComponent')} hint={t('receipt.faultComponentHint')}>
          <input {...register('faultComponent')} autoCapitalize="none" spellCheck={false} autoComplete="off" />
        </Field>
        <Field label={t('receipt.faultFound')} error={e.faultFound?.message} findings={at('faultFound')}>
          <textarea rows={3} maxLength={2000} {...register('faultFound')} />
        </Field>
        <Field label={t('receipt.workDone')} error={e.workDone?.message} findings={at('workDone')}>
          <textarea rows={3} maxLength={2000} {...register('workDone')} />
        </Field>
      </fieldset>

      <ReceiptLines control={control} register={register} errors={e} at={at} />

      <fieldset className="card">
        <legend>{t('receipt.travelAndCoverage')}</legend>
        <Field label={t('receipt.travelKm')} error={e.travelKm?.message} findings={at('travelKm')} className="narrow">
          <input inputMode="numeric" {...register('travelKm')} />
        </Field>
        <UsageFields
          label={t('receipt.usage')}
          unitLabel={t('receipt.usageUnit')}
          error={e.usage?.value?.message}
          findings={at('usage.value')}
          value={register('usage.value')}
          unit={register('usage.unit')}
        />
        <div className={`field${e.coverage ? ' has-error' : ''}`} role="radiogroup" aria-labelledby="coverage-label">
          <span id="coverage-label" className="label">
            {t('receipt.coverage')}
          </span>
          <div className="choices">
            <label className="choice">
              <input type="radio" value="in_warranty" {...register('coverage')} /> {t('receipt.in_warranty')}
            </label>
            <label className="choice">
              <input type="radio" value="out_of_warranty" {...register('coverage')} /> {t('receipt.out_of_warranty')}
            </label>
          </div>
          {order.unit.coverage?.wholeUnitUntil && (
            <p className="hint">{t('receipt.coverageHint', { date: fmt.date(order.unit.coverage.wholeUnitUntil) })}</p>
          )}
          {e.coverage && <p className="field-error">{validationText(e.coverage.message)}</p>}
        </div>
        <Field label={t('receipt.completedAt')} error={e.completedAt?.message} findings={at('completedAt')} hint={t('receipt.completedAtHint')}>
          <input type="datetime-local" max={toLocalInput(new Date())} {...register('completedAt')} />
        </Field>
      </fieldset>

      <fieldset className="card">
        <legend>{t('receipt.acceptance')}</legend>
        <Field label={t('receipt.acceptanceName')} error={e.acceptance?.name?.message}>
          <input autoComplete="off" {...register('acceptance.name')} />
        </Field>
        <div className={`field${signatureError ? ' has-error' : ''}`}>
          <span className="label" id="signature-label">
            {t('receipt.signature')}
          </span>
          <input type="hidden" {...register('acceptance.signature')} />
          <SignaturePad
            label={t('receipt.signature')}
            signed={!!values.acceptance?.signature}
            initial={initial.acceptance.signature || undefined}
            invalid={!!signatureError}
            describedBy={signatureError ? 'signature-error' : undefined}
            onChange={(url) => {
              setValue('acceptance.signature', url, { shouldDirty: true });
              if (url) clearErrors('acceptance.signature');
            }}
          />
          {signatureError && (
            <p id="signature-error" className="field-error">
              {validationText(signatureError)}
            </p>
          )}
        </div>
        <div className={`field${e.satisfaction ? ' has-error' : ''}`} role="radiogroup" aria-labelledby="satisfaction-label">
          <span id="satisfaction-label" className="label">
            {t('receipt.satisfaction')}
          </span>
          <div className="choices satisfaction">
            {SCORES.map((s) => (
              <label key={s} className="choice">
                <input type="radio" value={s} {...register('satisfaction')} /> {fmt.text(SATISFACTION_LABELS[Number(s) as 1 | 2 | 3 | 4 | 5])}
              </label>
            ))}
          </div>
          {e.satisfaction && <p className="field-error">{validationText(e.satisfaction.message)}</p>}
        </div>
        <Field label={t('receipt.comment')} error={e.comment?.message}>
          <textarea rows={2} maxLength={2000} {...register('comment')} />
        </Field>
      </fieldset>

      {placed.general.length > 0 && <FindingList findings={placed.general} />}
      {offline ? (
        <div className="alert alert-error" role="alert">
          <p>{t('receipt.offlineKept')}</p>
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => void submit()}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        <ActionError error={failure} findings={false} />
      )}
      <div className="actions sticky-actions">
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('common.sending') : t('receipt.submit')}
        </button>
      </div>
    </form>
  );
}
