import { useNavigate } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Badge, Box, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { DEALER_GRADES } from '../../../../shared';
import { useScorecardApi, type ScorecardList } from '../../api/scorecard-client';
import { useResource } from '../../api/useResource';
import { EmptyRow } from '../../components/EmptyRow';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RefreshButton } from '../../components/RefreshButton';
import { useQueryParams } from '../../hooks/useQueryParams';
import { useT } from '../../utils/translate';
import { GradeBadge, percent } from './GradeBadge';

/** 经销商评级: every dealer with its grade and headline figures; a row opens its scorecard. */
export const ScorecardsPage = () => {
  const { t } = useT();
  const api = useScorecardApi();
  const navigate = useNavigate();
  const { params, update } = useQueryParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const grade = params.get('grade') ?? '';
  const list = useResource<ScorecardList>(() => api.list({ page, pageSize: 20, grade }), `${page}|${grade}`);
  const rows = list.data?.data ?? [];
  const period = list.data?.meta.period;

  return (
    <Page.Main>
      <Page.Title>{t('scorecard.list.title')}</Page.Title>
      <Layouts.Header
        title={t('scorecard.list.title')}
        subtitle={period ? t('scorecard.period', { from: period.from, to: period.to }) : ''}
        secondaryAction={<RefreshButton resource={list} />}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box maxWidth="240px">
            <SingleSelect
              aria-label={t('scorecard.col.grade')}
              placeholder={t('scorecard.allGrades')}
              value={grade}
              onChange={(value: string | number) => update({ grade: String(value), page: '1' })}
              onClear={() => update({ grade: '', page: '1' })}
            >
              {DEALER_GRADES.map((g) => (
                <SingleSelectOption key={g} value={g}>{t('scorecard.grade', { grade: g })}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
          {list.error && <ProblemAlert problem={list.error} onRetry={list.reload} />}
          {!list.data && list.loading ? (
            <Page.Loading />
          ) : (
            <Table colCount={6} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('scorecard.col.dealer')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('scorecard.col.grade')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('scorecard.col.claims')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('scorecard.col.approval')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('scorecard.col.adjustment')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('scorecard.col.watch')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((row) => (
                  <Tr key={row.dealer.code} onClick={() => navigate(row.dealer.code)} style={{ cursor: 'pointer' }}>
                    <Td>
                      <Typography fontWeight="bold">{row.dealer.code}</Typography>
                      <Typography variant="pi" textColor="neutral600" tag="div">{row.dealer.name}</Typography>
                    </Td>
                    <Td><GradeBadge grade={row.dealer.grade} /></Td>
                    <Td><Typography>{t('scorecard.filedDecided', { filed: row.claims.filed, decided: row.claims.decided })}</Typography></Td>
                    <Td><Typography>{percent(row.approvalRate.rate)}</Typography></Td>
                    <Td><Typography>{percent(row.adjustmentRate.rate)}</Typography></Td>
                    <Td>
                      <Flex gap={1} wrap="wrap">
                        {row.flagged && <Badge background="danger100" textColor="danger700">{t('scorecard.flagged')}</Badge>}
                        {row.overdueReturns > 0 && <Badge background="warning100" textColor="warning700">{t('scorecard.overdueCount', { count: row.overdueReturns })}</Badge>}
                        {row.dealer.suspended && <Badge>{t('scorecard.suspended')}</Badge>}
                      </Flex>
                    </Td>
                  </Tr>
                ))}
                {list.data && rows.length === 0 && <EmptyRow colSpan={6}>{t('scorecard.list.empty')}</EmptyRow>}
              </Tbody>
            </Table>
          )}
          {list.data && <Pager meta={list.data.meta.pagination} onPage={(p) => update({ page: String(p) })} />}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
