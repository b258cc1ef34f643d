import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { declineInputSchema } from '@shared/service';
import { workOrdersApi, type WorkOrder } from '../../api/workOrders';
import { Field } from '../../forms/Field';
import { schemaResolver } from '../../forms/schemaResolver';
import { ActionError } from './ActionError';
import { fieldErrorsSetter } from './fieldErrors';
import { useOrderAction, type OrderActionHooks } from './useOrderAction';

interface DeclineForm {
  reason: string;
}

const resolver = schemaResolver<DeclineForm, typeof declineInputSchema>(declineInputSchema, (v) => ({ reason: v.reason }));

/** 接单 or 拒单 (with a reason) on a dispatched order, within the 2-hour arrange clock. */
export function AcceptDecline({ order, ...hooks }: { order: WorkOrder } & OrderActionHooks) {
  const { t } = useTranslation();
  const action = useOrderAction(hooks);
  const [declining, setDeclining] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm<DeclineForm>({ resolver, defaultValues: { reason: '' } });

  const decline = handleSubmit(async (v) => {
    await action.run(() => workOrdersApi.decline(order.number, { reason: v.reason.trim() }), fieldErrorsSetter(setError));
  });

  return (
    <section className="card" aria-labelledby="sec-answer">
      <h2 id="sec-answer">{t('workOrders.answer.title')}</h2>
      <p className="muted small">{t('workOrders.answer.hint')}</p>
      <div className="actions">
        <button type="button" className="btn btn-primary" disabled={action.busy} onClick={() => void action.run(() => workOrdersApi.accept(order.number))}>
          {action.busy && !declining ? t('common.sending') : t('workOrders.answer.accept')}
        </button>
        {!declining && (
          <button type="button" className="btn btn-ghost-danger" onClick={() => setDeclining(true)}>
            {t('workOrders.answer.decline')}
          </button>
        )}
      </div>
      {declining && (
        <form className="stack" noValidate onSubmit={decline}>
          <Field label={t('workOrders.answer.reason')} error={formState.errors.reason?.message}>
            <textarea rows={3} maxLength={2000} {...register('reason')} />
          </Field>
          <div className="actions">
            <button type="submit" className="btn btn-danger" disabled={action.busy}>
              {t('workOrders.answer.confirmDecline')}
            </button>
            <button type="button" className="btn" onClick={() => setDeclining(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <ActionError error={action.error} />
    </section>
  );
}
