import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  Flex,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
  VisuallyHidden,
} from '@strapi/design-system';
import type { ClaimStatus, QueueAnswer } from '../api/types';
import { useApi } from '../api/client';
import { useResource } from '../api/useResource';
import { DealerSelect } from '../components/DealerSelect';
import { FlagFilter, SearchFilter } from '../components/ListFilters';
import { Pager } from '../components/Pager';
import { ProblemAlert } from '../components/ProblemAlert';
import { RefreshButton } from '../components/RefreshButton';
import { SlaBadge } from '../components/SlaBadge';
import { StatusBadge } from '../components/StatusBadge';
import { useQueryParams } from '../hooks/useQueryParams';
import { useUrlSearch } from '../hooks/useUrlSearch';
import { useT } from '../utils/translate';

/** The queue's status filters, in the order the work flows; `all` is every filed claim. */
export const QUEUE_STATUSES: Array<ClaimStatus | 'all'> = [
  'in_review',
  'submitted',
  'info_requested',
  'approved',
  'partially_approved',
  'awaiting_parts',
  'ready_to_settle',
  'settled',
  'rejected',
  'all',
];

/** 审核队列: the claims waiting on technical staff, with their SLA timers. */
export const QueuePage = () => {
  const { t, tAny, money } = useT();
  const api = useApi();
  const navigate = useNavigate();
  const { params, update } = useQueryParams();
  const status = (params.get('status') as ClaimStatus | 'all' | null) ?? 'in_review';
  const dealer = params.get('dealer');
  const overdue = params.get('overdue') === 'true';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useUrlSearch(params, update);

  const query = { status, dealer, overdue: overdue ? 'true' : null, q: params.get('q'), page, pageSize: 20 };
  const queue = useResource<QueueAnswer>(() => api.queue(query), JSON.stringify(query));
  const counts = queue.data?.meta.counts ?? {};
  const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);

  return (
    <Page.Main>
      <Page.Title>{t('queue.title')}</Page.Title>
      <Layouts.Header
        title={t('queue.title')}
        subtitle={t('queue.subtitle', { count: queue.data?.meta.pagination.total ?? 0, overdue: queue.data?.meta.overdue ?? 0 })}
        secondaryAction={<RefreshButton resource={queue} />}
      />
      <Layouts.Action
        startActions={
          <Flex gap={2} wrap="wrap" role="group" aria-label={t('queue.filter.status')}>
            {QUEUE_STATUSES.map((s) => {
              const active = s === status;
              const count = s === 'all' ? total : counts[s];
              return (
                <Button key={s} size="S" variant={active ? 'default' : 'tertiary'} aria-pressed={active} onClick={() => update({ status: s === 'in_review' ? null : s })}>
                  {tAny(`status.${s}`, s)}
                  {count !== undefined && (
                    <Badge marginLeft={2} size="S" active={active}>
                      {count}
                    </Badge>
                  )}
                </Button>
              );
            })}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <SearchFilter value={search} onChange={setSearch} label={t('queue.filter.search')} />
            <Box minWidth="260px">
              <DealerSelect id="queue-dealer" label={t('queue.filter.dealer')} value={dealer} onChange={(code) => update({ dealer: code })} />
            </Box>
            <FlagFilter checked={overdue} onChange={(v) => update({ overdue: v })}>
              {t('queue.filter.overdue', { count: queue.data?.meta.overdue ?? 0 })}
            </FlagFilter>
          </Flex>

          {queue.error && <ProblemAlert problem={queue.error} onRetry={queue.reload} />}

          {!queue.data && queue.loading ? (
            <Page.Loading />
          ) : (
            <Table colCount={7} rowCount={(queue.data?.data.length ?? 0) + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('col.number')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.dealer')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.serial')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.repairDate')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.total')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.findings')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.sla')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {(queue.data?.data ?? []).map((row) => (
                  <Tr key={row.number} onClick={() => navigate(encodeURIComponent(row.number))} style={{ cursor: 'pointer' }}>
                    <Td>
                      <RouterLink to={encodeURIComponent(row.number)} onClick={(e) => e.stopPropagation()}>
                        <Typography fontWeight="bold" textColor="primary600">{row.number}</Typography>
                      </RouterLink>
                      {/* The status rides under the number: as a column of its own it fell off a 1366 px screen. */}
                      <Box paddingTop={1}><StatusBadge status={row.status} /></Box>
                    </Td>
                    <Td>
                      <Box maxWidth="160px">
                        <Typography ellipsis title={row.dealer?.name}>{row.dealer?.name}</Typography>
                        <Typography variant="pi" textColor="neutral600" tag="div">{row.dealer?.code}</Typography>
                      </Box>
                    </Td>
                    <Td>
                      <Typography>{row.serial}</Typography>
                      {row.model && <Typography variant="pi" textColor="neutral600" tag="div">{row.model}</Typography>}
                    </Td>
                    <Td>
                      <Typography>{row.repairDate}</Typography>
                      <Typography variant="pi" textColor="neutral600" tag="div">{tAny(`remedy.${row.remedy}`, row.remedy)}</Typography>
                    </Td>
                    <Td><Typography>{money(row.totals?.total)}</Typography></Td>
                    <Td>
                      <Flex gap={1}>
                        {(row.errors ?? 0) > 0 && <Badge backgroundColor="danger100" textColor="danger700">{t('findings.errors', { count: row.errors ?? 0 })}</Badge>}
                        {(row.warnings ?? 0) > 0 && <Badge backgroundColor="warning100" textColor="warning700">{t('findings.warnings', { count: row.warnings ?? 0 })}</Badge>}
                        {!row.errors && !row.warnings && <Typography textColor="neutral500">—</Typography>}
                      </Flex>
                    </Td>
                    <Td><SlaBadge sla={row.sla} status={row.status} /></Td>
                  </Tr>
                ))}
                {queue.data && queue.data.data.length === 0 && (
                  <Tr>
                    <Td colSpan={7}>
                      <Box padding={6}>
                        <Typography textColor="neutral600">{t('queue.empty')}</Typography>
                      </Box>
                    </Td>
                  </Tr>
                )}
              </Tbody>
            </Table>
          )}
          {queue.data && <Pager meta={queue.data.meta.pagination} onPage={(p) => update({ page: String(p) })} />}
          <VisuallyHidden aria-live="polite">{queue.loading ? t('common.loading') : ''}</VisuallyHidden>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
