import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Badge, Box, Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { RequestSummary } from '../../api/service-types';
import { RequestStatusBadge, WorkOrderStatusBadge } from '../../components/service/ServiceStatusBadge';
import { TimerList } from '../../components/service/TimerBadge';
import { useT } from '../../utils/translate';
import { requestPath } from './paths';

export const REQUEST_COLUMNS = ['service.col.number', 'service.col.caller', 'service.col.unit', 'service.col.status', 'service.col.workOrder', 'service.col.timers'] as const;

/** One call on the board: who, where, which unit, where it stands and what is due. */
export const RequestRow = ({ row }: { row: RequestSummary }) => {
  const { t, dateTime } = useT();
  const navigate = useNavigate();
  return (
    <Tr onClick={() => navigate(requestPath(row.number))} style={{ cursor: 'pointer' }}>
      <Td>
        <RouterLink to={requestPath(row.number)} onClick={(e) => e.stopPropagation()}>
          <Typography fontWeight="bold" textColor="primary600">{row.number}</Typography>
        </RouterLink>
        <Typography variant="pi" textColor="neutral600" tag="div">{dateTime(row.receivedAt)}</Typography>
      </Td>
      <Td>
        <Typography>{row.caller.name}</Typography>
        <Typography variant="pi" textColor="neutral600" tag="div">{row.caller.phone}</Typography>
        <Typography variant="pi" textColor="neutral600" tag="div">{row.region ?? '—'}</Typography>
      </Td>
      <Td>
        <Box maxWidth="220px">
          <Typography>{row.model ?? '—'}</Typography>
          <Typography variant="pi" textColor="neutral600" tag="div">{row.serial ?? t('service.noSerial')}</Typography>
        </Box>
      </Td>
      <Td>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <RequestStatusBadge status={row.status} />
          {row.check && <Badge backgroundColor="warning100" textColor="warning700">{t('service.board.onCheck')}</Badge>}
          {row.breached && <Badge backgroundColor="danger100" textColor="danger700">{t('service.board.breachedBadge')}</Badge>}
        </Flex>
      </Td>
      <Td>
        {row.workOrder ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            {/* Dealer names run to twenty characters: the code and a cut name keep the timers on screen. */}
            <Box maxWidth="200px">
              <Typography ellipsis title={row.workOrder.dealer.name} tag="div">
                {row.workOrder.dealer.code} · {row.workOrder.dealer.name}
              </Typography>
            </Box>
            <Typography variant="pi" textColor="neutral600">{row.workOrder.number}</Typography>
            <WorkOrderStatusBadge status={row.workOrder.status} />
          </Flex>
        ) : (
          <Typography textColor="neutral500">—</Typography>
        )}
      </Td>
      <Td><TimerList timers={row.timers} compact /></Td>
    </Tr>
  );
};
