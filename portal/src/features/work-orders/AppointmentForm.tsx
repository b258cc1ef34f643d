import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { appointmentInputSchema } from '@shared/service';
import { workOrdersApi, type WorkOrder } from '../../api/workOrders';
import { Field } from '../../forms/Field';
import { schemaResolver } from '../../forms/schemaResolver';
import { useFormat } from '../../i18n/format';
import { ActionError } from './ActionError';
import { fieldErrorsSetter } from './fieldErrors';
import { fromLocalInput, toLocalInput } from './localTime';
import { useOrderAction, type OrderActionHooks } from './useOrderAction';

interface AppointmentForm {
  at: string;
  agreedBy: string;
  reason: string;
}

function toInput(v: AppointmentForm) {
  return { at: fromLocalInput(v.at), agreedBy: v.agreedBy, reason: v.reason.trim() || null };
}

const base = schemaResolver<AppointmentForm, typeof appointmentInputSchema>(appointmentInputSchema, toInput);

/** The core's schema, plus the machine's rule that a reschedule states its reason. */
const resolver: Resolver<AppointmentForm, { rescheduling: boolean }> = async (values, context, options) => {
  const result = await base(values, context, options);
  if (context?.rescheduling && !values.reason.trim()) {
    return { values: {}, errors: { ...result.errors, reason: { type: 'required', message: 'required' } } };
  }
  return result;
};

/**
 * 预约上门: the visit time the customer agreed to and who agreed. On site is then due at
 * that time instead of 3 hours after dispatch. A second one is a reschedule (改约), with a reason.
 */
export function AppointmentForm({ order, ...hooks }: { order: WorkOrder } & OrderActionHooks) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rescheduling = order.status === 'scheduled';
  const action = useOrderAction(hooks);
  const { register, handleSubmit, formState, setError } = useForm<AppointmentForm, { rescheduling: boolean }>({
    resolver,
    context: { rescheduling },
    defaultValues: { at: order.appointment ? toLocalInput(order.appointment.at) : '', agreedBy: order.appointment?.agreedBy ?? order.customer.name, reason: '' },
  });
  const e = formState.errors;

  const submit = handleSubmit(async (v) => {
    await action.run(() => workOrdersApi.appointment(order.number, appointmentInputSchema.parse(toInput(v))), fieldErrorsSetter(setError));
  });

  return (
    <section className="card" aria-labelledby="sec-appointment">
      <h2 id="sec-appointment">{rescheduling ? t('workOrders.appointment.reschedule') : t('workOrders.appointment.title')}</h2>
      {order.appointment && (
        <p>
          {t('workOrders.appointment.current', { at: fmt.dateTime(order.appointment.at), by: order.appointment.agreedBy })}
        </p>
      )}
      <form className="stack" noValidate onSubmit={submit} aria-label={rescheduling ? t('workOrders.appointment.reschedule') : t('workOrders.appointment.title')}>
        <Field label={t('workOrders.appointment.at')} error={e.at?.message}>
          <input type="datetime-local" min={toLocalInput(new Date())} {...register('at')} />
        </Field>
        <Field label={t('workOrders.appointment.agreedBy')} error={e.agreedBy?.message}>
          <input autoComplete="off" {...register('agreedBy')} />
        </Field>
        {rescheduling && (
          <Field label={t('workOrders.appointment.reason')} error={e.reason?.message}>
            <textarea rows={2} maxLength={2000} {...register('reason')} />
          </Field>
        )}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={action.busy}>
            {action.busy ? t('common.sending') : rescheduling ? t('workOrders.appointment.saveReschedule') : t('workOrders.appointment.save')}
          </button>
        </div>
      </form>
      <ActionError error={action.error} />
    </section>
  );
}
