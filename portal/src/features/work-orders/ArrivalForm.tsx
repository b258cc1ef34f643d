import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { arrivalInputSchema } from '@shared/service';
import { workOrdersApi, type WorkOrder } from '../../api/workOrders';
import { Field } from '../../forms/Field';
import { schemaResolver } from '../../forms/schemaResolver';
import { ActionError } from './ActionError';
import { fieldErrorsSetter } from './fieldErrors';
import { fromLocalInput, toLocalInput } from './localTime';
import { useOrderAction, type OrderActionHooks } from './useOrderAction';

interface ArrivalForm {
  at: string;
}

const resolver = schemaResolver<ArrivalForm, typeof arrivalInputSchema>(arrivalInputSchema, (v) => ({ at: fromLocalInput(v.at) }));

/** 已到达: one tap records "now"; a technician who forgot to tap on arrival corrects the time first. */
export function ArrivalForm({ order, ...hooks }: { order: WorkOrder } & OrderActionHooks) {
  const { t } = useTranslation();
  const action = useOrderAction(hooks);
  const [opened] = useState(() => toLocalInput(new Date()));
  const { register, handleSubmit, formState, setError } = useForm<ArrivalForm>({ resolver, defaultValues: { at: opened } });

  const submit = handleSubmit(async (v) => {
    // Untouched, the field means "now": the moment of the tap, to the second.
    const at = v.at !== opened ? fromLocalInput(v.at) : new Date().toISOString();
    await action.run(() => workOrdersApi.arrival(order.number, { at }), fieldErrorsSetter(setError));
  });

  return (
    <section className="card" aria-labelledby="sec-arrival">
      <h2 id="sec-arrival">{t('workOrders.arrival.title')}</h2>
      <form className="stack" noValidate onSubmit={submit}>
        <Field label={t('workOrders.arrival.at')} error={formState.errors.at?.message} hint={t('workOrders.arrival.hint')}>
          <input type="datetime-local" {...register('at')} />
        </Field>
        <div className="actions">
          <button type="submit" className="btn btn-primary btn-block" disabled={action.busy}>
            {action.busy ? t('common.sending') : t('workOrders.arrival.arrived')}
          </button>
        </div>
      </form>
      <ActionError error={action.error} />
    </section>
  );
}
