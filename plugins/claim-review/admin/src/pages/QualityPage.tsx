import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Badge, Box, EmptyStateLayout, Flex, Grid, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { FailureAnswer, FailureGroupBy, FailureRow } from '../../../shared';
import { useApi } from '../api/client';
import { useResource } from '../api/useResource';
import { DateField, isoDay } from '../components/DateField';
import { ProblemAlert } from '../components/ProblemAlert';
import { Section } from '../components/Section';
import { useT } from '../utils/translate';

const GROUPS: FailureGroupBy[] = ['part', 'model', 'buildMonth', 'dealer'];

function rowLabel(row: FailureRow, lang: 'zh' | 'en'): string {
  const named = (x: { name: string | null; nameEn: string | null } | null) => (x ? (lang === 'en' && x.nameEn) || x.name || '' : '');
  if (row.part) return `${row.part.number} ${named(row.part)}${row.model ? ` · ${row.model.code}` : ''}`;
  if (row.dealer) return `${row.dealer.code} ${named(row.dealer)}`;
  if (row.model && row.buildMonth) return `${row.model.code} · ${row.buildMonth}`;
  if (row.model) return `${row.model.code} ${named(row.model)}`;
  return row.key;
}

/** 质量分析: failure rate by part, model, build month or dealer, and the early-warning alerts. */
export const QualityPage = () => {
  const { t, tAny, pick, money, lang } = useT();
  const api = useApi();
  const today = new Date();
  const [groupBy, setGroupBy] = React.useState<FailureGroupBy>('part');
  const [from, setFrom] = React.useState(isoDay(new Date(today.getFullYear() - 1, today.getMonth(), today.getDate())));
  const [to, setTo] = React.useState(isoDay(today));
  const query = { groupBy, from, to };
  const failures = useResource<FailureAnswer>(() => api.failures(query) as Promise<FailureAnswer>, JSON.stringify(query));
  const data = failures.data;
  const rows = (data?.data ?? []).slice(0, 15);
  const rate = (r: FailureRow) => r.rate.perThousandUnitMonths ?? 0;
  const max = Math.max(1e-9, ...rows.map(rate));
  const missing = failures.error && (failures.error.status === 404 || failures.error.status === 405);

  return (
    <Page.Main>
      <Page.Title>{t('quality.title')}</Page.Title>
      <Layouts.Header title={t('quality.title')} subtitle={t('quality.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="200px">
              <SingleSelect aria-label={t('quality.groupBy')} value={groupBy} onChange={(v: string | number) => setGroupBy(v as FailureGroupBy)}>
                {GROUPS.map((g) => (
                  <SingleSelectOption key={g} value={g}>{t(`quality.by.${g}`)}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            <DateField id="quality-from" label={t('quality.from')} value={from} onChange={setFrom} />
            <DateField id="quality-to" label={t('quality.to')} value={to} onChange={setTo} />
          </Flex>
          {missing ? (
            <EmptyStateLayout content={t('quality.unavailable')} />
          ) : failures.error ? (
            <ProblemAlert problem={failures.error} />
          ) : !data ? (
            <Page.Loading />
          ) : (
            <Grid.Root gap={4}>
              <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
                <Section title={t('quality.chart')} id="quality-chart">
                  {rows.length === 0 ? (
                    <Typography textColor="neutral600">{t('quality.none')}</Typography>
                  ) : (
                    <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-label={t('quality.chart')}>
                      {rows.map((r) => (
                        <Flex tag="li" key={r.key} gap={3}>
                          <Box width="40%">
                            <Typography variant="pi" ellipsis>{rowLabel(r, lang)}</Typography>
                          </Box>
                          <Box flex="1" background="neutral150" hasRadius height="16px">
                            <Box height="16px" hasRadius background={r.alerted ? 'danger500' : 'primary500'} width={`${Math.max(2, (rate(r) / max) * 100)}%`} />
                          </Box>
                          <Box width="120px">
                            <Typography variant="pi">{r.rate.perThousandUnitMonths ?? '—'} · {r.claims}</Typography>
                          </Box>
                        </Flex>
                      ))}
                    </Flex>
                  )}
                  <Box paddingTop={3}>
                    <Typography variant="pi" textColor="neutral600">
                      {t('quality.totals', { claims: data.totals.claims, sold: data.totals.units.sold, cost: money(data.totals.cost) })}
                    </Typography>
                  </Box>
                </Section>
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <Section title={t('quality.alerts', { count: data.alerts.length })} id="quality-alerts">
                  {data.alerts.length === 0 ? (
                    <Typography textColor="neutral600">{t('quality.noAlerts')}</Typography>
                  ) : (
                    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
                      {data.alerts.map((a) => (
                        <Box tag="li" key={a.id} padding={3} hasRadius background="danger100">
                          <Flex gap={2}>
                            <Typography fontWeight="bold">{a.part.number} · {a.model.code}</Typography>
                            {a.keyPart && <Badge size="S">{t('quality.keyPart')}</Badge>}
                            <Badge size="S">{tAny(`quality.alert.${a.status}`, a.status)}</Badge>
                          </Flex>
                          <Typography variant="pi" tag="p">{pick(a.message)}</Typography>
                        </Box>
                      ))}
                    </Flex>
                  )}
                </Section>
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <Table colCount={6} rowCount={(data.data.length ?? 0) + 1}>
                  <Thead>
                    <Tr>
                      <Th><Typography variant="sigma">{t(`quality.by.${groupBy}`)}</Typography></Th>
                      <Th><Typography variant="sigma">{t('quality.col.claims')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('quality.col.sold')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('quality.col.perHundred')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('quality.col.perThousandMonths')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('quality.col.cost')}</Typography></Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {data.data.map((r) => (
                      <Tr key={r.key}>
                        <Td><Typography>{rowLabel(r, lang)}</Typography>{r.alerted && <Badge marginLeft={2} backgroundColor="danger100" textColor="danger700">{t('quality.alerted')}</Badge>}</Td>
                        <Td><Typography>{r.claims}</Typography></Td>
                        <Td><Typography>{r.units.sold}</Typography></Td>
                        <Td><Typography>{r.rate.perHundredSold ?? '—'}</Typography></Td>
                        <Td><Typography>{r.rate.perThousandUnitMonths ?? '—'}</Typography></Td>
                        <Td><Typography>{money(r.cost)}</Typography></Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              </Grid.Item>
            </Grid.Root>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
