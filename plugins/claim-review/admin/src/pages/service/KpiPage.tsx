import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { KPI_DIMENSIONS, KPI_NAMES, KPI_PERIODS, type KpiAnswer, type KpiName } from '../../../../shared';
import { useKpiApi } from '../../api/kpi-client';
import { useResource } from '../../api/useResource';
import { DateField, isoDay } from '../../components/DateField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RefreshButton } from '../../components/RefreshButton';
import { KpiCard } from '../../components/kpi/KpiCard';
import { KpiRecords, type Drill } from '../../components/kpi/KpiRecords';
import { KpiTable } from '../../components/kpi/KpiTable';
// Weekly report (日结周报, issue #17).
import { WeeklyReportActions } from '../../components/kpi/WeeklyReportActions';
import { useQueryParams } from '../../hooks/useQueryParams';
import { useT, type MessageKey } from '../../utils/translate';

/** The last six months to today, by month: what a manager opens the page for. */
function defaultRange(today = new Date()) {
  return { from: isoDay(new Date(today.getFullYear(), today.getMonth() - 5, 1)), to: isoDay(today) };
}

/** 服务指标: the service KPIs against their targets, their trends, by dealer, region or model; every figure opens its records. */
export const KpiPage = () => {
  const { t } = useT();
  const api = useKpiApi();
  const { params, update } = useQueryParams();
  const range = defaultRange();
  const query = {
    from: params.get('from') ?? range.from,
    to: params.get('to') ?? range.to,
    period: params.get('period') ?? 'month',
    by: params.get('by') ?? 'dealer',
  };
  const figures = useResource<KpiAnswer>(() => api.figures(query), JSON.stringify(query));
  const [drill, setDrill] = React.useState<Drill | null>(null);
  const answer = figures.data;
  const trendOf = (kpi: KpiName) => (answer?.periods ?? []).map((p) => ({ key: p.key, figure: p.figures.find((f) => f.kpi === kpi)! }));
  const open = (d: Drill) => {
    setDrill(d);
    requestAnimationFrame(() => document.getElementById('kpi-records')?.scrollIntoView?.({ behavior: 'smooth' }));
  };

  return (
    <Page.Main>
      <Page.Title>{t('kpi.title')}</Page.Title>
      <Layouts.Header title={t('kpi.title')} subtitle={t('kpi.subtitle')} secondaryAction={<RefreshButton resource={figures} />} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <WeeklyReportActions />
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Grid.Root gap={3}>
              <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                <DateField id="kpi-from" label={t('kpi.from')} value={query.from} onChange={(v) => update({ from: v })} />
              </Grid.Item>
              <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                <DateField id="kpi-to" label={t('kpi.to')} value={query.to} onChange={(v) => update({ to: v })} />
              </Grid.Item>
              <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                <Field.Root id="kpi-period">
                  <Field.Label>{t('kpi.period')}</Field.Label>
                  <SingleSelect value={query.period} onChange={(v: string | number) => update({ period: String(v) })}>
                    {KPI_PERIODS.map((p) => (
                      <SingleSelectOption key={p} value={p}>{t(`kpi.period.${p}` as MessageKey)}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                <Field.Root id="kpi-by">
                  <Field.Label>{t('kpi.groupBy')}</Field.Label>
                  <SingleSelect value={query.by} onChange={(v: string | number) => update({ by: String(v) })}>
                    {KPI_DIMENSIONS.map((d) => (
                      <SingleSelectOption key={d} value={d}>{t(`kpi.by.${d}` as MessageKey)}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Grid.Item>
            </Grid.Root>
          </Box>
          {figures.error && <ProblemAlert problem={figures.error} />}
          {!answer && figures.loading ? (
            <Page.Loading />
          ) : answer ? (
            <>
              <Grid.Root gap={4}>
                {KPI_NAMES.map((kpi) => (
                  <Grid.Item key={kpi} col={4} s={6} xs={12} direction="column" alignItems="stretch">
                    <KpiCard figure={answer.totals.find((f) => f.kpi === kpi)!} trend={trendOf(kpi)} onOpen={(periodKey) => open({ kpi, periodKey })} />
                  </Grid.Item>
                ))}
              </Grid.Root>
              {drill && (
                <div id="kpi-records">
                  <KpiRecords drill={drill} query={{ ...query, ...(drill.group !== undefined && drill.group !== null ? { by: query.by } : {}) }} onClose={() => setDrill(null)} />
                </div>
              )}
              <Box>
                <Typography variant="delta" tag="h2">{t('kpi.tableBy', { by: t(`kpi.by.${query.by}` as MessageKey) })}</Typography>
                <Box paddingTop={2} overflow="auto">
                  <KpiTable groups={answer.groups} kpis={KPI_NAMES} by={query.by} onOpen={(kpi, group) => open({ kpi, group })} />
                </Box>
              </Box>
            </>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
