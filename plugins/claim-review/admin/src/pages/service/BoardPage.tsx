import { Layouts, Page } from '@strapi/strapi/admin';
import { Badge, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useServiceApi } from '../../api/service-client';
import type { RequestSummary, ServiceList, ServiceRequestStatus } from '../../api/service-types';
import { useResource } from '../../api/useResource';
import { DealerSelect } from '../../components/DealerSelect';
import { FlagFilter, SearchFilter } from '../../components/ListFilters';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RefreshButton } from '../../components/RefreshButton';
import { useQueryParams } from '../../hooks/useQueryParams';
import { useUrlSearch } from '../../hooks/useUrlSearch';
import { useT } from '../../utils/translate';
import { REQUEST_COLUMNS, RequestRow } from './RequestRow';

/** The board's status tabs in the order the work flows; `open` (every state but closed) is the server's default. */
export const BOARD_STATUSES: Array<ServiceRequestStatus | 'open'> = ['open', 'received', 'reopened', 'dispatched', 'in_service', 'completed', 'guidance', 'closed'];

/** 派工看板: the open calls, nearest due first, with their work orders and SLA timers. */
export const BoardPage = () => {
  const { t, tAny } = useT();
  const api = useServiceApi();
  const { params, update } = useQueryParams();
  const status = (params.get('status') as ServiceRequestStatus | null) ?? 'open';
  const dealer = params.get('dealer');
  const check = params.get('check') === 'true';
  const breached = params.get('breached') === 'true';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useUrlSearch(params, update);

  const query = {
    status: status === 'open' ? null : status,
    dealer,
    check: check ? 'true' : null,
    breached: breached ? 'true' : null,
    q: params.get('q'),
    page,
    pageSize: 20,
  };
  const board = useResource<ServiceList<RequestSummary>>(() => api.requests(query), JSON.stringify(query));
  const rows = board.data?.data ?? [];

  return (
    <Page.Main>
      <Page.Title>{t('service.board.title')}</Page.Title>
      <Layouts.Header
        title={t('service.board.title')}
        subtitle={t('service.board.subtitle', { count: board.data?.meta.pagination.total ?? 0 })}
        secondaryAction={<RefreshButton resource={board} />}
      />
      <Layouts.Action
        startActions={
          <Flex gap={2} wrap="wrap" role="group" aria-label={t('service.board.filterStatus')}>
            {BOARD_STATUSES.map((s) => (
              <Button key={s} size="S" variant={s === status ? 'default' : 'tertiary'} aria-pressed={s === status} onClick={() => update({ status: s === 'open' ? null : s })}>
                {s === 'open' ? t('service.board.open') : tAny(`service.status.${s}`, s)}
              </Button>
            ))}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <SearchFilter value={search} onChange={setSearch} label={t('service.board.search')} />
            <Box minWidth="260px">
              <DealerSelect id="board-dealer" label={t('service.board.dealer')} value={dealer} onChange={(code) => update({ dealer: code })} />
            </Box>
            <FlagFilter checked={check} onChange={(v) => update({ check: v })}>
              {t('service.board.check')}
            </FlagFilter>
            <FlagFilter checked={breached} onChange={(v) => update({ breached: v })}>
              {t('service.board.breached')}
            </FlagFilter>
          </Flex>

          {board.error && <ProblemAlert problem={board.error} onRetry={board.reload} />}

          {!board.data && board.loading ? (
            <Page.Loading />
          ) : (
            <Table colCount={REQUEST_COLUMNS.length} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  {REQUEST_COLUMNS.map((c) => (
                    <Th key={c}><Typography variant="sigma">{t(c)}</Typography></Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((row) => (
                  <RequestRow key={row.number} row={row} />
                ))}
                {board.data && rows.length === 0 && (
                  <Tr>
                    <Td colSpan={REQUEST_COLUMNS.length}>
                      <Box padding={6}><Typography textColor="neutral600">{t('service.board.empty')}</Typography></Box>
                    </Td>
                  </Tr>
                )}
              </Tbody>
            </Table>
          )}
          {board.data && <Pager meta={board.data.meta.pagination} onPage={(p) => update({ page: String(p) })} />}
          {check && <Badge>{t('service.board.checkHint')}</Badge>}
          <VisuallyHidden aria-live="polite">{board.loading ? t('common.loading') : ''}</VisuallyHidden>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
