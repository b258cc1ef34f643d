import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Button, Flex, Grid, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useServiceApi } from '../../api/service-client';
import type { RequestSummary, ServiceList, ServiceRequestView } from '../../api/service-types';
import { useResource } from '../../api/useResource';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RefreshButton } from '../../components/RefreshButton';
import { RequestStatusBadge } from '../../components/service/ServiceStatusBadge';
import { TimerList } from '../../components/service/TimerBadge';
import { useQueryParams } from '../../hooks/useQueryParams';
import { useT } from '../../utils/translate';
import { FollowUpScript } from './FollowUpScript';
import { ComplaintFromCall } from '../complaints/ComplaintFromCall';
import { usePluginRbac } from '../../hooks/usePluginRbac';

const FOLLOW_UP_TIMERS = ['follow_up', 'guidance_follow_up'];

/** 回访: calls due back to customers (after phone guidance or a finished visit), the one due soonest first. */
export const FollowUpsPage = () => {
  const { t, dateTime } = useT();
  const api = useServiceApi();
  const { params, update } = useQueryParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const list = useResource<ServiceList<RequestSummary>>(() => api.followUps({ page, pageSize: 20 }), String(page));
  const [open, setOpen] = React.useState<RequestSummary | null>(null);
  // The request as the call left it: a customer who was reached may have complained.
  const [called, setCalled] = React.useState<ServiceRequestView | null>(null);
  const rbac = usePluginRbac();
  const complainable = called && open && called.number === open.number && rbac.can.serviceComplaint && called.followUps.some((f) => f.reached);
  const rows = list.data?.data ?? [];

  return (
    <Page.Main>
      <Page.Title>{t('service.followUp.title')}</Page.Title>
      <Layouts.Header
        title={t('service.followUp.title')}
        subtitle={t('service.followUp.subtitle', { count: list.data?.meta.pagination.total ?? 0 })}
        secondaryAction={<RefreshButton resource={list} />}
      />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={open ? 7 : 12} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
            {list.error && <ProblemAlert problem={list.error} />}
            {!list.data && list.loading ? (
              <Page.Loading />
            ) : (
              <Table colCount={4} rowCount={rows.length + 1}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{t('service.col.number')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('service.col.caller')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('service.col.timers')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('service.col.actions')}</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((row) => (
                    <Tr key={row.number} aria-selected={open?.number === row.number}>
                      <Td>
                        <Typography fontWeight="bold">{row.number}</Typography>
                        <Flex gap={2} paddingTop={1}>
                          <RequestStatusBadge status={row.status} />
                          <Typography variant="pi" textColor="neutral600">{dateTime(row.receivedAt)}</Typography>
                        </Flex>
                      </Td>
                      <Td>
                        <Typography>{row.caller.name}</Typography>
                        <Typography variant="pi" textColor="neutral600" tag="div">{row.caller.phone}</Typography>
                      </Td>
                      <Td><TimerList timers={row.timers.filter((tm) => FOLLOW_UP_TIMERS.includes(tm.name))} /></Td>
                      <Td>
                        <Button size="S" variant={open?.number === row.number ? 'default' : 'secondary'} onClick={() => setOpen(row)}>
                          {t('service.followUp.call', { number: row.number })}
                        </Button>
                      </Td>
                    </Tr>
                  ))}
                  {list.data && rows.length === 0 && (
                    <Tr>
                      <Td colSpan={4}>
                        <Box padding={6}><Typography textColor="neutral600">{t('service.followUp.empty')}</Typography></Box>
                      </Td>
                    </Tr>
                  )}
                </Tbody>
              </Table>
            )}
            {list.data && <Pager meta={list.data.meta.pagination} onPage={(p) => update({ page: String(p) })} />}
          </Grid.Item>
          {open && (
            <Grid.Item col={5} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
              <FollowUpScript
                key={open.number}
                request={open}
                onDone={(answer) => {
                  setCalled(answer);
                  list.reload();
                }}
              />
              {complainable && <ComplaintFromCall key={`complaint-${open.number}`} request={open.number} dealer={open.workOrder?.dealer.code ?? null} />}
            </Grid.Item>
          )}
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
