import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useComplaintApi } from '../../api/complaint-client';
import type { ComplaintList, ComplaintStatus, ComplaintSummary } from '../../api/complaint-types';
import { useResource } from '../../api/useResource';
import { FlagFilter, SearchFilter } from '../../components/ListFilters';
import { EmptyRow } from '../../components/EmptyRow';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RefreshButton } from '../../components/RefreshButton';
import { TimerBadge } from '../../components/service/TimerBadge';
import { useQueryParams } from '../../hooks/useQueryParams';
import { useUrlSearch } from '../../hooks/useUrlSearch';
import { useT } from '../../utils/translate';
import { ComplaintStatusBadge, SeverityBadge } from './ComplaintBadges';
import { COMPLAINTS_BASE, complaintPath } from './paths';

/** Status tabs: `open` (every state but closed, the server's default) first, the archive last. */
export const COMPLAINT_TABS: Array<ComplaintStatus | 'open'> = ['open', 'received', 'in_progress', 'resolved', 'closed'];
const COLUMNS = ['complaint.col.number', 'complaint.col.complainant', 'complaint.col.about', 'complaint.col.status', 'complaint.col.owner', 'complaint.col.timer'] as const;

/** 投诉: the complaints, resolution due first (overdue on top), with their SLA timer as on the board. */
export const ComplaintsPage = () => {
  const { t, tAny, dateTime } = useT();
  const api = useComplaintApi();
  const navigate = useNavigate();
  const { params, update } = useQueryParams();
  const status = (params.get('status') as ComplaintStatus | null) ?? 'open';
  const mine = params.get('mine') === 'true';
  const overdue = params.get('overdue') === 'true';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useUrlSearch(params, update);
  const query = { status: status === 'open' ? null : status, mine: mine ? 'true' : null, overdue: overdue ? 'true' : null, q: params.get('q'), page, pageSize: 20 };
  const list = useResource<ComplaintList<ComplaintSummary>>(() => api.list(query), JSON.stringify(query));
  const rows = list.data?.data ?? [];

  return (
    <Page.Main>
      <Page.Title>{t('complaint.list.title')}</Page.Title>
      <Layouts.Header
        title={t('complaint.list.title')}
        subtitle={t('complaint.list.subtitle', { count: list.data?.meta.pagination.total ?? 0 })}
        primaryAction={<Button startIcon={<Plus />} onClick={() => navigate(`${COMPLAINTS_BASE}/new`)}>{t('complaint.list.register')}</Button>}
        secondaryAction={<RefreshButton resource={list} />}
      />
      <Layouts.Action
        startActions={
          <Flex gap={2} wrap="wrap" role="group" aria-label={t('complaint.list.filterStatus')}>
            {COMPLAINT_TABS.map((s) => (
              <Button key={s} size="S" variant={s === status ? 'default' : 'tertiary'} aria-pressed={s === status} onClick={() => update({ status: s === 'open' ? null : s })}>
                {s === 'open' ? t('complaint.list.open') : tAny(`complaint.status.${s}`, s)}
              </Button>
            ))}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <SearchFilter value={search} onChange={setSearch} label={t('complaint.list.search')} />
            <FlagFilter checked={mine} onChange={(v) => update({ mine: v })}>{t('complaint.list.mine')}</FlagFilter>
            <FlagFilter checked={overdue} onChange={(v) => update({ overdue: v })}>{t('complaint.list.overdue')}</FlagFilter>
          </Flex>
          {list.error && <ProblemAlert problem={list.error} onRetry={list.reload} />}
          {!list.data && list.loading ? (
            <Page.Loading />
          ) : (
            <Table colCount={COLUMNS.length} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  {COLUMNS.map((c) => (
                    <Th key={c}><Typography variant="sigma">{t(c)}</Typography></Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((row) => (
                  <Tr key={row.number} onClick={() => navigate(complaintPath(row.number))} style={{ cursor: 'pointer' }}>
                    <Td>
                      <RouterLink to={complaintPath(row.number)} onClick={(e) => e.stopPropagation()}>
                        <Typography fontWeight="bold" textColor="primary600">{row.number}</Typography>
                      </RouterLink>
                      <Typography variant="pi" textColor="neutral600" tag="div">{dateTime(row.receivedAt)} · {tAny(`complaint.channel.${row.channel}`, row.channel)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.complainant.name}</Typography>
                      <Typography variant="pi" textColor="neutral600" tag="div">{row.complainant.phone}</Typography>
                    </Td>
                    <Td>
                      <Box maxWidth="180px">
                        <Typography ellipsis tag="div" title={row.description}>
                          {tAny(`complaint.subject.${row.subject.kind}`, row.subject.kind)} · {row.dealer && row.subject.kind === 'dealer' ? row.dealer.name : row.subject.code}
                        </Typography>
                        <Typography variant="pi" textColor="neutral600" ellipsis tag="div">{row.description}</Typography>
                      </Box>
                    </Td>
                    <Td>
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        <ComplaintStatusBadge status={row.status} />
                        <SeverityBadge severity={row.severity} />
                      </Flex>
                    </Td>
                    <Td>
                      <Typography>{row.owner.name ?? '—'}</Typography>
                      {row.mine && <Typography variant="pi" textColor="primary600" tag="div">{t('complaint.list.yours')}</Typography>}
                    </Td>
                    <Td>{row.status === 'closed' ? <Typography textColor="neutral500">—</Typography> : <TimerBadge timer={row.timer} compact />}</Td>
                  </Tr>
                ))}
                {list.data && rows.length === 0 && <EmptyRow colSpan={COLUMNS.length}>{t('complaint.list.empty')}</EmptyRow>}
              </Tbody>
            </Table>
          )}
          {list.data && <Pager meta={list.data.meta.pagination} onPage={(p) => update({ page: String(p) })} />}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
