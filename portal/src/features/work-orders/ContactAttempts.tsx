import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contactAttemptInputSchema, FAILED_CONTACTS_LIMIT } from '@shared/service';
import { workOrdersApi, type WorkOrder } from '../../api/workOrders';
import { Field } from '../../forms/Field';
import { schemaResolver } from '../../forms/schemaResolver';
import { useFormat } from '../../i18n/format';
import { ActionError } from './ActionError';
import { fieldErrorsSetter } from './fieldErrors';
import { fromLocalInput, toLocalInput } from './localTime';
import { useOrderAction, type OrderActionHooks } from './useOrderAction';

interface ContactForm {
  at: string;
  reached: '' | 'yes' | 'no';
  note: string;
}

function toInput(v: ContactForm) {
  return {
    at: fromLocalInput(v.at),
    reached: v.reached === 'yes' ? true : v.reached === 'no' ? false : undefined,
    note: v.note.trim() || null,
  };
}

const resolver = schemaResolver<ContactForm, typeof contactAttemptInputSchema>(contactAttemptInputSchema, toInput);

/**
 * 联系客户: each call logged, reached or not. Three counted failures hand the order back
 * to the coordinator (seed 002 4.2.1); a redial within ten minutes is logged but not counted.
 */
export function ContactAttempts({ order, canLog, ...hooks }: { order: WorkOrder; canLog: boolean } & OrderActionHooks) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const action = useOrderAction(hooks);
  const [opened, setOpened] = useState(() => toLocalInput(new Date()));
  const { register, handleSubmit, formState, setError, reset } = useForm<ContactForm>({
    resolver,
    defaultValues: { at: opened, reached: '', note: '' },
  });

  const submit = handleSubmit(async (v) => {
    const input = contactAttemptInputSchema.parse(toInput(v));
    // Untouched, the time is "now": the moment of logging, not of opening the page.
    if (v.at === opened) input.at = new Date().toISOString();
    const ok = await action.run(() => workOrdersApi.contactAttempt(order.number, input), fieldErrorsSetter(setError));
    if (ok) {
      const now = toLocalInput(new Date());
      setOpened(now);
      reset({ at: now, reached: '', note: '' });
    }
  });

  return (
    <section className="card" aria-labelledby="sec-contact">
      <h2 id="sec-contact">{t('workOrders.contact.title')}</h2>
      <p className={order.failedContacts > 0 ? 'alert alert-warn' : 'muted'} data-testid="failed-contacts">
        {t('workOrders.contact.failed', { count: order.failedContacts, limit: FAILED_CONTACTS_LIMIT })}
      </p>
      {order.contactAttempts.length > 0 && (
        <ol className="attempts">
          {order.contactAttempts.map((a, i) => (
            <li key={`${a.at}-${i}`}>
              <time dateTime={a.at}>{fmt.dateTime(a.at)}</time> · {a.reached ? t('workOrders.contact.reached') : t('workOrders.contact.notReached')}
              {!a.reached && !a.counted && <span className="muted"> · {t('workOrders.contact.notCounted')}</span>}
              {a.note && <p className="comment">{a.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {canLog && (
        <form className="stack" noValidate onSubmit={submit} aria-label={t('workOrders.contact.log')}>
          <Field label={t('workOrders.contact.at')} error={formState.errors.at?.message}>
            <input type="datetime-local" {...register('at')} />
          </Field>
          <div className={`field${formState.errors.reached ? ' has-error' : ''}`} role="radiogroup" aria-labelledby="reached-label">
            <span id="reached-label" className="label">
              {t('workOrders.contact.outcome')}
            </span>
            <div className="choices">
              <label className="choice">
                <input type="radio" value="yes" {...register('reached')} /> {t('workOrders.contact.reached')}
              </label>
              <label className="choice">
                <input type="radio" value="no" {...register('reached')} /> {t('workOrders.contact.notReached')}
              </label>
            </div>
            {formState.errors.reached && <p className="field-error">{t('workOrders.contact.pickOutcome')}</p>}
          </div>
          <Field label={t('workOrders.contact.note')} error={formState.errors.note?.message}>
            <input autoComplete="off" {...register('note')} />
          </Field>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={action.busy}>
              {action.busy ? t('common.sending') : t('workOrders.contact.log')}
            </button>
          </div>
        </form>
      )}
      <ActionError error={action.error} />
    </section>
  );
}
