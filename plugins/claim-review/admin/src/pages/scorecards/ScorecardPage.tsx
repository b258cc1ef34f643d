import * as React from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Badge, Button, Flex, Grid, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import type { DealerScorecard } from '../../../../shared';
import { useScorecardApi } from '../../api/scorecard-client';
import { useResource } from '../../api/useResource';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Fact, Section } from '../../components/Section';
import { usePluginRbac } from '../../hooks/usePluginRbac';
import { useT } from '../../utils/translate';
import { GradeBadge, percent } from './GradeBadge';
import { GradeDialog } from './GradeDialog';

/** One dealer's scorecard: claim outcomes, hints, overdue returns, spot checks, and its grade with the history of changes. */
export const ScorecardPage = () => {
  const { code = '' } = useParams();
  const { t, tAny, dateTime } = useT();
  const api = useScorecardApi();
  const rbac = usePluginRbac();
  const card = useResource<DealerScorecard>(() => api.card(code), code);
  const [grading, setGrading] = React.useState(false);
  const c = card.data;

  return (
    <Page.Main>
      <Page.Title>{t('scorecard.detail.title', { dealer: code })}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link tag={RouterLink} to=".." relative="path" startIcon={<ArrowLeft />}>
            {t('common.back')}
          </Link>
        }
        title={c ? `${c.dealer.code} ${c.dealer.name}` : code}
        subtitle={c ? t('scorecard.period', { from: c.period.from, to: c.period.to }) : ''}
        primaryAction={
          rbac.can.dealersGrade && c ? <Button onClick={() => setGrading(true)}>{t('scorecard.changeGrade')}</Button> : undefined
        }
      />
      <Layouts.Content>
        {card.error && <ProblemAlert problem={card.error} onRetry={card.reload} />}
        {!c ? (
          card.loading && <Page.Loading />
        ) : (
          <Grid.Root gap={4}>
            <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
              <Section title={t('scorecard.section.grade')}>
                <Flex gap={3} alignItems="center" wrap="wrap">
                  <GradeBadge grade={c.dealer.grade} />
                  <Typography textColor="neutral600">{tAny(`scorecard.gradeMeaning.${c.dealer.grade}`, '')}</Typography>
                  {c.flagged && <Badge background="danger100" textColor="danger700">{t('scorecard.flagged')}</Badge>}
                </Flex>
              </Section>
            </Grid.Item>
            <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
              <Section title={t('scorecard.section.claims')}>
                <Grid.Root gap={4}>
                  <Grid.Item col={4} xs={6}><Fact label={t('scorecard.fact.filed')}>{c.claims.filed}</Fact></Grid.Item>
                  <Grid.Item col={4} xs={6}><Fact label={t('scorecard.col.approval')}>{percent(c.approvalRate.rate)} ({c.approvalRate.numerator}/{c.approvalRate.denominator})</Fact></Grid.Item>
                  <Grid.Item col={4} xs={6}><Fact label={t('scorecard.col.adjustment')}>{percent(c.adjustmentRate.rate)} ({c.adjustmentRate.numerator}/{c.adjustmentRate.denominator})</Fact></Grid.Item>
                  <Grid.Item col={4} xs={6}><Fact label={t('scorecard.fact.rejected')}>{c.claims.rejected}</Fact></Grid.Item>
                  <Grid.Item col={4} xs={6}><Fact label={t('scorecard.fact.autoApproved')}>{c.claims.autoApproved}</Fact></Grid.Item>
                  <Grid.Item col={4} xs={6}><Fact label={t('scorecard.fact.overdue')}>{c.overdueReturns}</Fact></Grid.Item>
                </Grid.Root>
              </Section>
            </Grid.Item>
            <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
              <Section title={t('scorecard.section.spotChecks')}>
                <Flex gap={4} wrap="wrap">
                  <Fact label={t('spotCheck.status.pending')}>{c.spotChecks.pending}</Fact>
                  <Fact label={t('spotCheck.status.passed')}>{c.spotChecks.passed}</Fact>
                  <Fact label={t('spotCheck.status.failed')}>{c.spotChecks.failed}</Fact>
                </Flex>
              </Section>
            </Grid.Item>
            <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
              <Section title={t('scorecard.section.flags')}>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {t('scorecard.flagsLooked', { looked: c.anomalyFlags.looked, flagged: c.anomalyFlags.flaggedClaims })}
                </Typography>
                <Flex gap={2} wrap="wrap" paddingTop={2}>
                  {Object.entries(c.anomalyFlags.byCode).map(([flag, count]) => (
                    <Badge key={flag}>{`${tAny(`scorecard.flag.${flag}`, flag)} × ${count}`}</Badge>
                  ))}
                </Flex>
              </Section>
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Section title={t('scorecard.section.history')}>
                <Table colCount={4} rowCount={c.gradeHistory.length + 1}>
                  <Thead>
                    <Tr>
                      <Th><Typography variant="sigma">{t('scorecard.history.at')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('scorecard.history.change')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('scorecard.gradeDialog.reason')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('scorecard.history.by')}</Typography></Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {c.gradeHistory.map((h) => (
                      <Tr key={h.at}>
                        <Td><Typography>{dateTime(h.at)}</Typography></Td>
                        <Td><Flex gap={1}><GradeBadge grade={h.from} /><Typography>→</Typography><GradeBadge grade={h.to} /></Flex></Td>
                        <Td><Typography style={{ whiteSpace: 'normal' }}>{h.reason}</Typography></Td>
                        <Td><Typography>{h.by ?? ''}</Typography></Td>
                      </Tr>
                    ))}
                    {c.gradeHistory.length === 0 && (
                      <Tr><Td colSpan={4}><Typography textColor="neutral600">{t('scorecard.history.empty')}</Typography></Td></Tr>
                    )}
                  </Tbody>
                </Table>
              </Section>
            </Grid.Item>
          </Grid.Root>
        )}
        {grading && c && (
          <GradeDialog
            code={c.dealer.code}
            current={c.dealer.grade}
            onClose={() => setGrading(false)}
            onDone={() => {
              setGrading(false);
              card.reload();
            }}
          />
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
