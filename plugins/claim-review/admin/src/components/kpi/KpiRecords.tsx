import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { KpiName } from '../../../../shared';
import { useKpiApi } from '../../api/kpi-client';
import { useResource } from '../../api/useResource';
import { Pager } from '../Pager';
import { ProblemAlert } from '../ProblemAlert';
import { requestPath } from '../../pages/service/paths';
import { useT, type MessageKey } from '../../utils/translate';

export interface Drill {
  kpi: KpiName;
  periodKey?: string | null;
  /** The table row's dimension value ("" for none). */
  group?: string | null;
}

interface Props {
  drill: Drill;
  query: Record<string, string>;
  onClose: () => void;
}

/** The records behind one figure, each linking to its request. */
export const KpiRecords = ({ drill, query, onClose }: Props) => {
  const { t } = useT();
  const api = useKpiApi();
  const [page, setPage] = React.useState(1);
  const params = { ...query, kpi: drill.kpi, periodKey: drill.periodKey ?? undefined, group: drill.group ?? undefined, page, pageSize: 10 };
  if (drill.group === null || drill.group === undefined) delete (params as Record<string, unknown>).group;
  const list = useResource(() => api.records(params), JSON.stringify(params));
  const rows = list.data?.data ?? [];
  const where = [drill.periodKey, drill.group === '' ? t('kpi.none') : drill.group].filter(Boolean).join(' · ');
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
      <Flex justifyContent="space-between" alignItems="center" gap={2} paddingBottom={3} wrap="wrap">
        <Typography variant="delta" tag="h2">
          {t('kpi.recordsOf', { name: t(`kpi.name.${drill.kpi}` as MessageKey) })}
          {where ? ` — ${where}` : ''}
        </Typography>
        <Button variant="tertiary" size="S" onClick={onClose}>{t('kpi.close')}</Button>
      </Flex>
      {list.error && <ProblemAlert problem={list.error} />}
      <Table colCount={5} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{t('kpi.col.record')}</Typography></Th>
            <Th><Typography variant="sigma">{t('kpi.col.date')}</Typography></Th>
            <Th><Typography variant="sigma">{t('kpi.by.dealer')}</Typography></Th>
            <Th><Typography variant="sigma">{t('kpi.by.region')}</Typography></Th>
            <Th><Typography variant="sigma">{t('kpi.col.adds')}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((r) => (
            <Tr key={`${r.kind}:${r.number}`}>
              <Td>
                {r.kind === 'service' ? (
                  <RouterLink to={requestPath(r.number)}>{r.number}</RouterLink>
                ) : (
                  <Typography>{r.number}</Typography>
                )}
              </Td>
              <Td><Typography>{r.date}</Typography></Td>
              <Td><Typography>{r.dealer ?? '—'}</Typography></Td>
              <Td><Typography>{r.region ?? '—'}</Typography></Td>
              <Td><Typography>{`${r.numerator} / ${r.denominator}`}</Typography></Td>
            </Tr>
          ))}
          {list.data && rows.length === 0 && (
            <Tr>
              <Td colSpan={5}><Typography textColor="neutral600">{t('kpi.noRecords')}</Typography></Td>
            </Tr>
          )}
        </Tbody>
      </Table>
      {list.data && <Pager meta={list.data.meta.pagination} onPage={setPage} />}
    </Box>
  );
};
