import { Link as RouterLink } from 'react-router-dom';
import { Badge, Box, Flex, Grid, Typography } from '@strapi/design-system';
import type { ServiceRequestView, WorkOrderStatus, WorkOrderView } from '../../api/service-types';
import { Fact } from '../../components/Section';
import { WorkOrderStatusBadge } from '../../components/service/ServiceStatusBadge';
import { TimerList } from '../../components/service/TimerBadge';
import { useT } from '../../utils/translate';
import { claimPath } from './paths';
import { ReassignForm } from './ReassignForm';
import { ReceiptPanel } from './ReceiptPanel';

/** The core's reassign rule (work-order-machine): an order not yet on site or finished may go to another dealer. */
const REASSIGNABLE: readonly WorkOrderStatus[] = ['dispatched', 'accepted', 'declined', 'contacted', 'scheduled', 'returned_to_coordinator'];

/** One 售后派工单: its dealer, times, timers, contact attempts, appointment and receipt. */
export const WorkOrderCard = ({
  order,
  current,
  region,
  canDispatch,
  onChange,
}: {
  order: WorkOrderView;
  current: boolean;
  region: string;
  canDispatch: boolean;
  onChange: (answer: ServiceRequestView) => void;
}) => {
  const { t, dateTime } = useT();
  const when = (iso: string | null) => (iso ? dateTime(iso) : '—');
  return (
    <Box tag="article" aria-label={t('service.wo.title', { number: order.number })} padding={4} hasRadius borderColor="neutral200" background={current ? 'neutral0' : 'neutral100'}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" gap={2} wrap="wrap">
          <Flex gap={2} wrap="wrap">
            <Typography fontWeight="bold">{order.number}</Typography>
            <WorkOrderStatusBadge status={order.status} />
            <Typography textColor="neutral600">{order.dealer.code} · {order.dealer.name}</Typography>
          </Flex>
          {order.claim && (
            <RouterLink to={claimPath(order.claim.number)}>
              <Typography textColor="primary600">{t('service.wo.claim', { number: order.claim.number })}</Typography>
            </RouterLink>
          )}
        </Flex>
        <Grid.Root gap={3}>
          <Grid.Item col={3} s={6} xs={6}><Fact label={t('service.wo.dispatchedAt')}>{when(order.dispatchedAt)}</Fact></Grid.Item>
          <Grid.Item col={3} s={6} xs={6}><Fact label={t('service.wo.acceptedAt')}>{when(order.acceptedAt)}</Fact></Grid.Item>
          <Grid.Item col={3} s={6} xs={6}><Fact label={t('service.wo.arrivedAt')}>{when(order.arrivedAt)}</Fact></Grid.Item>
          <Grid.Item col={3} s={6} xs={6}><Fact label={t('service.wo.completedAt')}>{when(order.completedAt)}</Fact></Grid.Item>
          <Grid.Item col={6} s={12} xs={12}>
            <Fact label={t('service.wo.appointment')}>
              {order.appointment ? t('service.wo.appointmentValue', { at: dateTime(order.appointment.at), by: order.appointment.agreedBy }) : '—'}
            </Fact>
          </Grid.Item>
          {order.declinedAt && (
            <Grid.Item col={6} s={12} xs={12}>
              <Fact label={t('service.wo.declined')}>{`${dateTime(order.declinedAt)} · ${order.declineReason ?? ''}`}</Fact>
            </Grid.Item>
          )}
        </Grid.Root>
        {order.timers.length > 0 && <TimerList timers={order.timers} />}
        <Box>
          <Typography variant="sigma" textColor="neutral600" tag="h3">
            {t('service.wo.contacts', { failed: order.failedContacts })}
          </Typography>
          {order.contactAttempts.length === 0 ? (
            <Typography variant="pi" textColor="neutral500" tag="p">{t('service.wo.noContacts')}</Typography>
          ) : (
            <Box tag="ul" paddingTop={1}>
              {order.contactAttempts.map((c) => (
                <Flex tag="li" key={c.at} gap={2}>
                  <Typography variant="pi">{dateTime(c.at)}</Typography>
                  <Badge backgroundColor={c.reached ? 'success100' : 'warning100'} textColor={c.reached ? 'success700' : 'warning700'}>
                    {c.reached ? t('service.wo.reached') : t('service.wo.notReached')}
                  </Badge>
                  {c.note && <Typography variant="pi" textColor="neutral600">{c.note}</Typography>}
                </Flex>
              ))}
            </Box>
          )}
        </Box>
        {order.receipt && <ReceiptPanel receipt={order.receipt} />}
        {current && canDispatch && REASSIGNABLE.includes(order.status) && <ReassignForm order={order} region={region} onDone={onChange} />}
      </Flex>
    </Box>
  );
};
