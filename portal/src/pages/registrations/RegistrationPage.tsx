import { useMemo, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { RegistrationAnswer } from '@shared/contracts/answers';
import type { UsageUnit } from '@shared/contracts/claim';
import { businessDate } from '@shared/calendar/business-date';
import { daysBetween, isIsoDate } from '@shared/calendar/date-only';
import { registrationDeadline } from '@shared/policy/coverage';
import { COMPANY_DEFAULT_POLICY } from '@shared/policy/national-templates';
import { registrationInputSchema } from '@shared/schemas/registration';
import { parseInput } from '@shared/schemas/validation-details';
import { api } from '../../api';
import { isApiError } from '../../api/client';
import { Field } from '../../forms/Field';
import { readNumber } from '../../forms/numbers';
import { schemaResolver } from '../../forms/schemaResolver';
import { UsageFields } from '../../forms/UsageFields';
import { useErrorText } from '../../ui/errors';
import { useUnitLookup } from '../../features/units/useUnitLookup';

interface RegistrationForm {
  serial: string;
  saleDate: string;
  customer: { name: string; phone: string; address: string };
  usage: { value: string; unit: UsageUnit };
}

function toInput(v: RegistrationForm) {
  const usage = readNumber(v.usage.value);
  return {
    serial: v.serial.trim().toUpperCase(),
    saleDate: v.saleDate,
    customer: { ...v.customer },
    usage: usage === undefined ? null : { value: usage, unit: v.usage.unit },
  };
}

const resolver = schemaResolver<RegistrationForm, typeof registrationInputSchema>(registrationInputSchema, toInput);

/**
 * The warning counts with the deadline of the policy in force for the unit, which the
 * unit look-up answers; until it has, with the company default (20 days). The server's
 * `late` flag is what counts.
 */
const DEFAULT_REGISTRATION_DAYS = COMPANY_DEFAULT_POLICY.registrationDays;

/** 三包回执卡 (warranty card): registers a retail sale, which starts the unit's warranty. */
export default function RegistrationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const errorText = useErrorText();
  const today = useMemo(() => businessDate(new Date()), []);
  const [done, setDone] = useState<RegistrationAnswer | null>(null);
  const [error, setErrorState] = useState<unknown>(null);
  const [ackLate, setAckLate] = useState(false);
  const form = useForm<RegistrationForm>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      serial: params.get('serial') ?? '',
      saleDate: '',
      customer: { name: '', phone: '', address: '' },
      usage: { value: '', unit: 'h' },
    },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const saleDate = useWatch({ control: form.control, name: 'saleDate' });
  const serial = useWatch({ control: form.control, name: 'serial' });
  const unit = useUnitLookup(serial ?? '');
  const registrationDays = unit?.registrationDays ?? DEFAULT_REGISTRATION_DAYS;
  const policy = useMemo(() => ({ ...COMPANY_DEFAULT_POLICY, registrationDays }), [registrationDays]);
  const e = formState.errors;

  const deadline = isIsoDate(saleDate) ? registrationDeadline(saleDate, policy) : null;
  const late = !!deadline && today > deadline;
  const future = isIsoDate(saleDate) && saleDate > today;

  const onSubmit = handleSubmit(async (values) => {
    if (future || (late && !ackLate)) return;
    const parsed = parseInput(registrationInputSchema, toInput(values));
    if (!parsed.ok) return;
    setErrorState(null);
    try {
      setDone(await api.register(parsed.data));
    } catch (err) {
      if (isApiError(err) && err.status === 400 && err.details.fields) {
        for (const [path, code] of Object.entries(err.details.fields)) {
          setError(path as FieldPath<RegistrationForm>, { type: code, message: code });
        }
      }
      setErrorState(err);
    }
  });

  if (done) {
    return (
      <section className="page">
        <h1>{t('registration.title')}</h1>
        <div className={`alert ${done.late ? 'alert-warn' : 'alert-ok'}`} role="status">
          <p>
            <strong>{t('registration.done', { serial: done.serial, date: done.registrationDate })}</strong>
          </p>
          {done.late && <p>{t('registration.doneLate')}</p>}
        </div>
        <div className="actions">
          <Link className="btn" to={`/units/${encodeURIComponent(done.serial)}`}>
            {t('registration.viewUnit')}
          </Link>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              reset({ serial: '', saleDate: '', customer: { name: '', phone: '', address: '' }, usage: { value: '', unit: 'h' } });
              setAckLate(false);
              setDone(null);
            }}
          >
            {t('registration.another')}
          </button>
        </div>
      </section>
    );
  }

  const conflict = isApiError(error) && error.status === 409;
  const unknownUnit = isApiError(error) && error.status === 404;
  const days = deadline && isIsoDate(saleDate) ? daysBetween(saleDate, today) : 0;

  return (
    <section className="page">
      <h1>{t('registration.title')}</h1>
      <p className="muted">{t('registration.intro', { days: policy.registrationDays })}</p>
      <form className="card stack narrow-form" noValidate onSubmit={onSubmit}>
        <Field
          label={t('claims.serial')}
          error={e.serial?.message}
          errorText={conflict || unit?.registered ? t('registration.already') : unknownUnit ? t('registration.unitNotFound') : undefined}
        >
          <input {...register('serial')} autoCapitalize="characters" spellCheck={false} autoComplete="off" />
        </Field>
        <Field
          label={t('registration.saleDate')}
          error={e.saleDate?.message}
          errorText={future ? t('registration.futureSale') : undefined}
          hint={deadline && !late ? t('registration.deadlineHint', { date: deadline }) : undefined}
        >
          <input type="date" max={today} {...register('saleDate')} />
        </Field>
        {late && (
          <div className="alert alert-warn" role="alert" id="late-warning">
            <p>
              <strong>{t('registration.lateTitle')}</strong>
            </p>
            <p>{t('registration.lateBody', { days, limit: policy.registrationDays, deadline })}</p>
            <label className="choice">
              <input type="checkbox" checked={ackLate} onChange={(ev) => setAckLate(ev.target.checked)} /> {t('registration.lateAck')}
            </label>
          </div>
        )}
        <fieldset>
          <legend>{t('registration.customer')}</legend>
          <p className="hint">{t('registration.privacy')}</p>
          <Field label={t('registration.customerName')} error={e.customer?.name?.message}>
            <input autoComplete="off" {...register('customer.name')} />
          </Field>
          <Field label={t('registration.phone')} error={e.customer?.phone?.message}>
            <input type="tel" inputMode="tel" autoComplete="off" {...register('customer.phone')} />
          </Field>
          <Field label={t('registration.address')} error={e.customer?.address?.message}>
            <textarea rows={2} {...register('customer.address')} />
          </Field>
        </fieldset>
        <UsageFields
          label={t('registration.usage')}
          unitLabel={t('claims.usageUnit')}
          error={e.usage?.value?.message}
          hint={t('registration.usageHint')}
          value={register('usage.value')}
          unit={register('usage.unit')}
        />
        {!!error && !conflict && !unknownUnit && (
          <p className="alert alert-error" role="alert">
            {errorText(error)}
          </p>
        )}
        <button
          type="submit"
          className="btn btn-primary"
          disabled={formState.isSubmitting || future || (late && !ackLate)}
          aria-describedby={late ? 'late-warning' : undefined}
        >
          {formState.isSubmitting ? t('common.sending') : late ? t('registration.submitLate') : t('registration.submit')}
        </button>
      </form>
    </section>
  );
}
