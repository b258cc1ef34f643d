import { Link as RouterLink, useParams } from 'react-router-dom';
import { Flex, Grid, Link, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { FOLLOW_UP_STATES } from '../../../../shared';
import { useServiceApi } from '../../api/service-client';
import type { ServiceRequestView } from '../../api/service-types';
import { useResource } from '../../api/useResource';
import { DetailFallback } from '../../components/DetailFallback';
import { DetailPage } from '../../components/DetailPage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { RequestStatusBadge } from '../../components/service/ServiceStatusBadge';
import { TimerList } from '../../components/service/TimerBadge';
import { usePluginRbac } from '../../hooks/usePluginRbac';
import { useT } from '../../utils/translate';
import { FollowUpHistory } from './FollowUpHistory';
import { FollowUpScript } from './FollowUpScript';
import { SERVICE_BASE } from './paths';
import { RequestFacts } from './RequestFacts';
import { ServiceTimeline } from './ServiceTimeline';
import { TriagePanel } from './TriagePanel';
import { WorkOrderCard } from './WorkOrderCard';
import { ComplaintFromCall } from '../complaints/ComplaintFromCall';

const TRIAGE_STATES = ['received', 'reopened'];

/** 服务单: one call with everything done on it, and the coordinator's next step. */
export const RequestPage = () => {
  const { number = '' } = useParams();
  const { t } = useT();
  const api = useServiceApi();
  const rbac = usePluginRbac();
  const request = useResource<ServiceRequestView>(() => api.request(number), number);
  const data = request.data;

  const back = (
    <Link tag={RouterLink} to={`${SERVICE_BASE}/board`} startIcon={<ArrowLeft />}>
      {t('service.board.title')}
    </Link>
  );
  if (!data) return <DetailFallback resource={request} title={t('service.request.title', { number })} back={back} />;
  const orders = data.workOrders;
  const triage = TRIAGE_STATES.includes(data.status) && !rbac.loading;
  const followUp = FOLLOW_UP_STATES.includes(data.status) && rbac.can.serviceFollowUp;
  return (
    <DetailPage
      title={t('service.request.title', { number })}
      back={back}
      badges={
        <>
          <RequestStatusBadge status={data.status} />
          <Typography textColor="neutral600">{data.caller.name} · {data.caller.address.region}</Typography>
        </>
      }
      resource={request}
    >
      {request.error && <ProblemAlert problem={request.error} />}
      <Grid.Root gap={4}>
        <Grid.Item col={8} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
          <RequestFacts request={data} />
          {triage && <TriagePanel key={data.version} request={data} canIntake={rbac.can.serviceIntake} canDispatch={rbac.can.serviceDispatch} onDone={request.set} />}
          {followUp && <FollowUpScript request={data} onDone={request.set} />}
          {/* Complaints (投诉): one the customer raised on an answered follow-up call. */}
          {rbac.can.serviceComplaint && data.followUps.some((f) => f.reached) && (
            <ComplaintFromCall request={data.number} dealer={orders[orders.length - 1]?.dealer.code ?? null} />
          )}
          <Section title={t('service.request.workOrders', { count: orders.length })} id="request-work-orders">
            {orders.length === 0 ? (
              <Typography textColor="neutral600">{t('service.request.noWorkOrders')}</Typography>
            ) : (
              <Flex direction="column" alignItems="stretch" gap={3}>
                {orders.map((o, i) => (
                  <WorkOrderCard key={o.number} order={o} current={i === orders.length - 1} region={data.caller.address.region} canDispatch={rbac.can.serviceDispatch} onChange={request.set} />
                ))}
              </Flex>
            )}
          </Section>
        </Grid.Item>
        <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
          <Section title={t('service.request.timers')} id="request-timers">
            <TimerList timers={data.timers} />
          </Section>
          <FollowUpHistory request={data} />
          <Section title={t('service.timeline.title')} id="request-timeline">
            <ServiceTimeline entries={data.timeline} />
          </Section>
        </Grid.Item>
      </Grid.Root>
    </DetailPage>
  );
};
