import * as React from 'react';
import { Button, Flex } from '@strapi/design-system';
import { problemOf } from '../../api/problem';
import { useServiceApi } from '../../api/service-client';
import type { ServiceRequestView, WorkOrderView } from '../../api/service-types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/service/FormFields';
import { ServiceDealerPicker } from '../../components/service/ServiceDealerPicker';
import { useFieldText } from '../../components/service/useFieldText';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../utils/translate';

/** 改派: the order ends `reassigned` and a new one goes to another dealer; the reason is required. */
export const ReassignForm = ({ order, region, onDone }: { order: WorkOrderView; region: string; onDone: (answer: ServiceRequestView) => void }) => {
  const { t } = useT();
  const api = useServiceApi();
  const fieldText = useFieldText();
  const action = useAction();
  const [open, setOpen] = React.useState(false);
  const [dealer, setDealer] = React.useState<string | null>(null);
  const [reason, setReason] = React.useState('');
  const [errors, setErrors] = React.useState<Record<string, string>>({});

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('service.reassign.open')}
      </Button>
    );
  }
  const send = () =>
    action.run(async () => {
      const missing: Record<string, string> = {};
      if (!dealer) missing.dealer = 'required';
      if (!reason.trim()) missing.reason = 'required';
      setErrors(fieldText(missing));
      if (Object.keys(missing).length) return;
      try {
        onDone(await api.reassign(order.number, { dealer: dealer ?? '', reason: reason.trim() }));
        setOpen(false);
      } catch (error) {
        const { fields } = problemOf(error);
        if (Object.keys(fields).length) setErrors(fieldText(fields));
        throw error;
      }
    });
  return (
    <Flex direction="column" alignItems="stretch" gap={3} aria-label={t('service.reassign.title')} role="group">
      {action.problem && <ProblemAlert problem={{ ...action.problem, fields: {} }} onClose={() => action.setProblem(null)} />}
      <ServiceDealerPicker id={`reassign-dealer-${order.number}`} label={t('service.reassign.dealer')} region={region} value={dealer} onChange={setDealer} error={errors.dealer} exclude={order.dealer.code} />
      <TextAreaField id={`reassign-reason-${order.number}`} label={t('service.reassign.reason')} value={reason} onChange={setReason} error={errors.reason} required />
      <Flex gap={2} justifyContent="flex-end">
        <Button variant="tertiary" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
        <Button onClick={send} loading={action.busy}>{t('service.reassign.submit')}</Button>
      </Flex>
    </Flex>
  );
};
