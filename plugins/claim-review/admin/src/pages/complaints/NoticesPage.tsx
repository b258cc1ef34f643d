import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Badge, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useComplaintApi } from '../../api/complaint-client';
import type { NoticeInbox } from '../../api/complaint-types';
import { useResource } from '../../api/useResource';
import { FlagFilter } from '../../components/ListFilters';
import { EmptyRow } from '../../components/EmptyRow';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RefreshButton } from '../../components/RefreshButton';
import { useAction } from '../../hooks/useAction';
import { useQueryParams } from '../../hooks/useQueryParams';
import { useT } from '../../utils/translate';
import { complaintPath } from './paths';

/** 投诉处理通知: the written notices sent to the departments the signed-in user works in, unread first to act on. */
export const NoticesPage = () => {
  const { t, pick, dateTime } = useT();
  const api = useComplaintApi();
  const action = useAction();
  const { params, update } = useQueryParams();
  const unread = params.get('unread') === 'true';
  const page = Number(params.get('page') ?? '1') || 1;
  const query = { unread: unread ? 'true' : null, page, pageSize: 20 };
  const inbox = useResource<NoticeInbox>(() => api.notices(query), JSON.stringify(query));
  const rows = inbox.data?.data ?? [];
  const markRead = (id: number) =>
    action.run(async () => {
      await api.read(id);
      inbox.reload();
    });

  return (
    <Page.Main>
      <Page.Title>{t('complaint.notices.title')}</Page.Title>
      <Layouts.Header title={t('complaint.notices.title')} subtitle={t('complaint.notices.subtitle', { count: inbox.data?.unread ?? 0 })} secondaryAction={<RefreshButton resource={inbox} />} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <FlagFilter checked={unread} onChange={(v) => update({ unread: v })}>{t('complaint.notices.unreadOnly')}</FlagFilter>
          {inbox.error && <ProblemAlert problem={inbox.error} onRetry={inbox.reload} />}
          {action.problem && <ProblemAlert problem={action.problem} onClose={() => action.setProblem(null)} />}
          <Table colCount={4} rowCount={rows.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('complaint.col.number')}</Typography></Th>
                <Th><Typography variant="sigma">{t('complaint.notices.department')}</Typography></Th>
                <Th><Typography variant="sigma">{t('complaint.notices.note')}</Typography></Th>
                <Th><Typography variant="sigma">{t('service.col.actions')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((n) => (
                <Tr key={n.id}>
                  <Td>
                    <RouterLink to={complaintPath(n.complaint)}><Typography fontWeight="bold" textColor="primary600">{n.complaint}</Typography></RouterLink>
                    <Typography variant="pi" textColor="neutral600" tag="div">{dateTime(n.sentAt)} · {n.sentBy.name}</Typography>
                  </Td>
                  <Td><Typography>{pick({ zh: n.department.zh, en: n.department.en })}</Typography></Td>
                  <Td><Box maxWidth="320px"><Typography ellipsis tag="div" title={n.note ?? ''}>{n.note ?? '—'}</Typography></Box></Td>
                  <Td>
                    {n.read ? (
                      <Badge>{t('complaint.notice.readBy', { name: n.read.by.name })}</Badge>
                    ) : (
                      <Button size="S" variant="secondary" onClick={() => markRead(n.id)} loading={action.busy}>{t('complaint.notices.markRead')}</Button>
                    )}
                  </Td>
                </Tr>
              ))}
              {inbox.data && rows.length === 0 && <EmptyRow colSpan={4}>{t('complaint.notices.empty')}</EmptyRow>}
            </Tbody>
          </Table>
          {inbox.data && <Pager meta={inbox.data.meta.pagination} onPage={(p) => update({ page: String(p) })} />}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
