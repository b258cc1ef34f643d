import * as React from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Badge, Box, Button, Dialog, Flex, Grid, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowLeft, Download, PaperPlane, Trash } from '@strapi/icons';
import { sumFen } from '../../../shared';
import { saveDownload, useApi } from '../api/client';
import { type Problem, problemOf } from '../api/problem';
import type { SettlementView } from '../api/types';
import { useResource } from '../api/useResource';
import { ProblemAlert } from '../components/ProblemAlert';
import { Fact, Section } from '../components/Section';
import { SettlementStatus } from '../components/SettlementStatus';
import { SettlementAdjustmentForm } from './SettlementAdjustmentForm';
import { usePluginRbac } from '../hooks/usePluginRbac';
import { useT } from '../utils/translate';

/** One 三包费用核销通知: its lines and totals; a draft is issued (then immutable) or discarded. */
export const SettlementPage = () => {
  const { number = '' } = useParams();
  const { t, money, dateTime } = useT();
  const api = useApi();
  const rbac = usePluginRbac();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const settlement = useResource<SettlementView>(() => api.settlement(number), number);
  const [busy, setBusy] = React.useState<'issue' | 'discard' | 'pdf' | null>(null);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const manage = rbac.can.settlementsManage;

  const run = async (what: 'issue' | 'discard' | 'pdf') => {
    setBusy(what);
    setProblem(null);
    try {
      if (what === 'issue') {
        const issued = await api.issueSettlement(number);
        toggleNotification({ type: 'success', message: t('settlement.issuedNote', { number: issued.number }) });
        if (issued.number !== number) navigate(`../${encodeURIComponent(issued.number)}`, { relative: 'path', replace: true });
        else settlement.set(issued);
      } else if (what === 'discard') {
        await api.discardSettlement(number);
        toggleNotification({ type: 'success', message: t('settlement.discardedNote', { number }) });
        navigate('..', { relative: 'path' });
      } else {
        saveDownload(await api.settlementPdf(number));
      }
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(null);
    }
  };

  const data = settlement.data;
  if (!data && settlement.loading) return <Page.Loading />;
  const back = (
    <Link tag={RouterLink} to=".." relative="path" startIcon={<ArrowLeft />}>
      {t('common.back')}
    </Link>
  );
  if (!data) {
    return (
      <Page.Main>
        <Layouts.Header title={number} navigationAction={back} />
        <Layouts.Content>{settlement.error && <ProblemAlert problem={settlement.error} />}</Layouts.Content>
      </Page.Main>
    );
  }
  const draft = data.status === 'draft';
  const claimLines = data.lines.filter((l) => l.kind !== 'adjustment');
  const sum = (key: 'parts' | 'labour' | 'travel') => sumFen(data.lines.map((l) => l[key]));

  return (
    <Page.Main>
      <Page.Title>{t('settlement.title', { number: data.number })}</Page.Title>
      <Layouts.Header
        navigationAction={back}
        title={t('settlement.title', { number: data.number })}
        subtitle={
          <Flex gap={3} paddingTop={1}>
            <SettlementStatus status={data.status} />
            <Typography textColor="neutral600">
              {data.dealer.code} · {data.dealer.name} · {data.periodStart} – {data.periodEnd}
            </Typography>
          </Flex>
        }
        primaryAction={
          draft && manage ? (
            <Dialog.Root>
              <Dialog.Trigger>
                <Button startIcon={<PaperPlane />} loading={busy === 'issue'}>
                  {t('settlement.issue')}
                </Button>
              </Dialog.Trigger>
              <Dialog.Content>
                <Dialog.Header>{t('settlement.issueConfirmTitle')}</Dialog.Header>
                <Dialog.Body>{t('settlement.issueConfirm', { total: money(data.total), dealer: data.dealer.name })}</Dialog.Body>
                <Dialog.Footer>
                  <Dialog.Cancel>
                    <Button fullWidth variant="tertiary">{t('common.cancel')}</Button>
                  </Dialog.Cancel>
                  <Dialog.Action>
                    <Button fullWidth onClick={() => run('issue')}>{t('settlement.issueNow')}</Button>
                  </Dialog.Action>
                </Dialog.Footer>
              </Dialog.Content>
            </Dialog.Root>
          ) : undefined
        }
        secondaryAction={
          <Flex gap={2}>
            <Button variant="secondary" startIcon={<Download />} onClick={() => run('pdf')} loading={busy === 'pdf'}>
              {draft ? t('settlement.pdfDraft') : t('settlement.pdf')}
            </Button>
            {draft && manage && (
              <Button variant="danger-light" startIcon={<Trash />} onClick={() => run('discard')} loading={busy === 'discard'}>
                {t('settlement.discard')}
              </Button>
            )}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {problem && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
          {draft && (
            <Box padding={4} hasRadius background="warning100" borderColor="warning200">
              <Typography textColor="warning700">{t('settlement.draftNote')}</Typography>
            </Box>
          )}
          <Section title={t('settlement.summary')} id="settlement-summary">
            <Grid.Root gap={4}>
              <Grid.Item col={3} s={6} xs={6}>
                <Fact label={t('settlements.col.total')}>
                  <Typography variant="beta" tag="span">{money(data.total)}</Typography>
                </Fact>
              </Grid.Item>
              <Grid.Item col={3} s={6} xs={6}><Fact label={t('settlements.col.claims')}>{claimLines.length}</Fact></Grid.Item>
              <Grid.Item col={3} s={6} xs={6}><Fact label={t('settlements.col.issuedAt')}>{data.issuedAt ? dateTime(data.issuedAt) : '—'}</Fact></Grid.Item>
              <Grid.Item col={3} s={6} xs={6}>
                <Fact label={t('settlement.acknowledgement')}>
                  {data.acknowledgedAt ? (
                    <Badge backgroundColor="success100" textColor="success700">
                      {t('settlement.acknowledgedAt', { at: dateTime(data.acknowledgedAt) })}
                    </Badge>
                  ) : data.status === 'issued' ? (
                    <Badge backgroundColor="warning100" textColor="warning700">{t('settlement.awaitingAck')}</Badge>
                  ) : (
                    '—'
                  )}
                </Fact>
              </Grid.Item>
              <Grid.Item col={12}>
                <Typography variant="pi" textColor="neutral600">{t('settlement.deduction', { total: money(data.total) })}</Typography>
              </Grid.Item>
            </Grid.Root>
          </Section>
          <Section title={t('settlement.lines')} id="settlement-lines">
            <Table colCount={8} rowCount={data.lines.length + 2}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('col.number')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.serial')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.repairDate')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('totals.parts')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('totals.labour')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('totals.travel')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('settlements.col.amount')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.lines.map((line, i) => (
                  <Tr key={`${line.claimNumber}-${i}`}>
                    <Td>
                      <Typography fontWeight="semiBold">{line.claimNumber ?? "—"}</Typography>
                      {line.kind === 'adjustment' && (
                        <Typography variant="pi" textColor="neutral600" tag="div">{t('settlement.adjustment')}: {line.reason}</Typography>
                      )}
                    </Td>
                    <Td><Typography>{line.serial ?? '—'}{line.model ? ` · ${line.model}` : ''}</Typography></Td>
                    <Td><Typography>{line.repairDate ?? '—'}</Typography></Td>
                    <Td><Typography>{money(line.parts)}</Typography></Td>
                    <Td><Typography>{money(line.labour)}</Typography></Td>
                    <Td><Typography>{money(line.travel)}</Typography></Td>
                    <Td><Typography fontWeight="semiBold">{money(line.amount)}</Typography></Td>
                  </Tr>
                ))}
                <Tr>
                  <Td colSpan={3}><Typography fontWeight="bold">{t('totals.total')}</Typography></Td>
                  <Td><Typography fontWeight="bold">{money(sum('parts'))}</Typography></Td>
                  <Td><Typography fontWeight="bold">{money(sum('labour'))}</Typography></Td>
                  <Td><Typography fontWeight="bold">{money(sum('travel'))}</Typography></Td>
                  <Td><Typography fontWeight="bold">{money(data.total)}</Typography></Td>
                </Tr>
              </Tbody>
            </Table>
          </Section>
          {draft && manage && (
            <Section title={t('adjustment.title')} id="settlement-adjustment">
              <SettlementAdjustmentForm number={data.number} onAdded={settlement.set} />
            </Section>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
