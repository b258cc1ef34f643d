import * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, IconButton, Loader, Modal, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download, Plus } from '@strapi/icons';
import { fieldMessages, type SettlementCandidate } from '../../../shared';
import { saveDownload, useApi } from '../api/client';
import { problemOf } from '../api/problem';
import type { ListAnswer, SettlementSummaryView } from '../api/types';
import { useResource } from '../api/useResource';
import { DateField, lastMonth } from '../components/DateField';
import { DealerSelect } from '../components/DealerSelect';
import { Pager } from '../components/Pager';
import { ProblemAlert } from '../components/ProblemAlert';
import { SettlementStatus } from '../components/SettlementStatus';
import { useAction } from '../hooks/useAction';
import { usePluginRbac } from '../hooks/usePluginRbac';
import { useT } from '../utils/translate';

/**
 * A new draft: dealer and period. It starts from what is ready to settle (a dealer with
 * claims, and the days they became ready), so finance does not guess a month and meet
 * "nothing to settle"; with nothing ready it says so instead of offering a form.
 */
const NewSettlementModal = ({ onClose }: { onClose: () => void }) => {
  const { t, pick, money, lang } = useT();
  const api = useApi();
  const navigate = useNavigate();
  const candidates = useResource<SettlementCandidate[]>(() => api.settlementCandidates(), 'ready');
  const [dealer, setDealer] = React.useState<string | null>(null);
  const [start, setStart] = React.useState('');
  const [end, setEnd] = React.useState('');
  const { busy, problem, setProblem, run } = useAction();
  const fields = problem ? Object.fromEntries(Object.entries(fieldMessages(problem.fields)).map(([k, v]) => [k, pick(v)])) : {};
  const list = candidates.data ?? [];

  const choose = React.useCallback((c: SettlementCandidate | undefined) => {
    if (!c) return;
    setDealer(c.dealer.code);
    setStart(c.readyFrom);
    setEnd(c.readyTo);
  }, []);
  React.useEffect(() => {
    if (dealer === null) choose(candidates.data?.[0]);
  }, [candidates.data, dealer, choose]);

  const create = async () => {
    if (!dealer) {
      setProblem({ status: 400, code: 'VALIDATION_FAILED', reason: null, message: null, fields: { dealer: 'required' }, findings: [] });
      return;
    }
    await run(async () => {
      const draft = await api.createSettlement({ dealer, periodStart: start, periodEnd: end });
      navigate(encodeURIComponent(draft.number));
    });
  };

  const chosen = list.find((c) => c.dealer.code === dealer);
  const nothing = !candidates.loading && !candidates.error && list.length === 0;
  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('settlements.new')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {candidates.error && <ProblemAlert problem={candidates.error} />}
            {problem && !(fields.dealer || fields.periodStart || fields.periodEnd) && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
            {candidates.loading && !candidates.data && <Loader small>{t('common.loading')}</Loader>}
            {nothing && (
              <Box padding={4} hasRadius background="neutral100">
                <Typography>{t('settlements.nothingReady')}</Typography>
              </Box>
            )}
            {list.length > 0 && (
              <>
                <Field.Root id="settlement-dealer" error={fields.dealer} hint={t('settlements.readyHint')}>
                  <Field.Label>{t('settlements.dealer')}</Field.Label>
                  <SingleSelect value={dealer ?? undefined} onChange={(v: string | number) => choose(list.find((c) => c.dealer.code === String(v)))}>
                    {list.map((c) => (
                      <SingleSelectOption key={c.dealer.code} value={c.dealer.code}>
                        {`${c.dealer.code} · ${lang === 'en' && c.dealer.nameEn ? c.dealer.nameEn : c.dealer.name} — ${t('settlements.readyCount', { count: c.claims, payable: money(c.payable) })}`}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
                <Flex gap={4} alignItems="flex-start" wrap="wrap">
                  <DateField id="settlement-start" label={t('settlements.periodStart')} value={start} onChange={setStart} error={fields.periodStart} />
                  <DateField id="settlement-end" label={t('settlements.periodEnd')} value={end} onChange={setEnd} error={fields.periodEnd} />
                </Flex>
                {chosen && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('settlements.readyRange', { from: chosen.readyFrom, to: chosen.readyTo })}
                  </Typography>
                )}
                <Typography variant="pi" textColor="neutral600">{t('settlements.newHint')}</Typography>
              </>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>{t('common.cancel')}</Button>
          {list.length > 0 && <Button onClick={create} loading={busy}>{t('settlements.preview')}</Button>}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

/** The ERP export of issued notices in a period. */
const ExportModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useT();
  const api = useApi();
  const period = lastMonth();
  const [from, setFrom] = React.useState(period.start);
  const [to, setTo] = React.useState(period.end);
  const { busy, problem, setProblem, run } = useAction();
  const exportCsv = () =>
    run(async () => {
      saveDownload(await api.settlementsCsv({ from, to }));
      onClose();
    });
  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('settlements.export')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {problem && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
            <Flex gap={4}>
              <DateField id="export-from" label={t('settlements.exportFrom')} value={from} onChange={setFrom} />
              <DateField id="export-to" label={t('settlements.exportTo')} value={to} onChange={setTo} />
            </Flex>
            <Typography variant="pi" textColor="neutral600">{t('settlements.exportHint')}</Typography>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>{t('common.cancel')}</Button>
          <Button startIcon={<Download />} onClick={exportCsv} loading={busy}>{t('settlements.exportCsv')}</Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

/** 三包费用核销通知: every notice, drafts to acknowledged, and the way to a new one. */
export const SettlementsPage = () => {
  const { t, money, dateTime } = useT();
  const api = useApi();
  const navigate = useNavigate();
  const rbac = usePluginRbac();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = React.useState<string>('');
  const [dealer, setDealer] = React.useState<string | null>(null);
  const [page, setPage] = React.useState(1);
  const [modal, setModal] = React.useState<'new' | 'export' | null>(null);
  const query = { status, dealer, page, pageSize: 20 };
  const list = useResource<ListAnswer<SettlementSummaryView>>(() => api.settlements(query), JSON.stringify(query));
  const manage = rbac.can.settlementsManage;

  const pdf = async (number: string) => {
    try {
      saveDownload(await api.settlementPdf(number));
    } catch (error) {
      const p = problemOf(error);
      toggleNotification({ type: 'danger', message: t('error.download', { status: p.status }) });
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('settlements.title')}</Page.Title>
      <Layouts.Header
        title={t('settlements.title')}
        subtitle={t('settlements.subtitle')}
        primaryAction={manage ? <Button startIcon={<Plus />} onClick={() => setModal('new')}>{t('settlements.new')}</Button> : undefined}
        secondaryAction={<Button variant="tertiary" startIcon={<Download />} onClick={() => setModal('export')}>{t('settlements.export')}</Button>}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="200px">
              <SingleSelect
                aria-label={t('settlements.filter.status')}
                placeholder={t('settlements.filter.status')}
                value={status}
                onChange={(v: string | number) => { setStatus(String(v)); setPage(1); }}
              >
                <SingleSelectOption value="">{t('status.all')}</SingleSelectOption>
                <SingleSelectOption value="draft">{t('settlement.status.draft')}</SingleSelectOption>
                <SingleSelectOption value="issued">{t('settlement.status.issued')}</SingleSelectOption>
                <SingleSelectOption value="acknowledged">{t('settlement.status.acknowledged')}</SingleSelectOption>
              </SingleSelect>
            </Box>
            <Box minWidth="260px">
              <DealerSelect id="settlements-dealer" label={t('settlements.dealer')} value={dealer} onChange={(d) => { setDealer(d); setPage(1); }} />
            </Box>
          </Flex>
          {list.error && <ProblemAlert problem={list.error} />}
          {!list.data && list.loading ? (
            <Page.Loading />
          ) : (
            <Table colCount={8} rowCount={(list.data?.data.length ?? 0) + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('settlements.col.number')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.dealer')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('settlements.col.period')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('settlements.col.claims')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('settlements.col.total')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.status')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('settlements.col.issuedAt')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('col.actions')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {(list.data?.data ?? []).map((s) => (
                  <Tr key={s.number} onClick={() => navigate(encodeURIComponent(s.number))} style={{ cursor: 'pointer' }}>
                    <Td><Typography fontWeight="bold">{s.number}</Typography></Td>
                    <Td><Typography>{s.dealer.code} · {s.dealer.name}</Typography></Td>
                    <Td><Typography>{s.periodStart} – {s.periodEnd}</Typography></Td>
                    <Td><Typography>{s.claimCount ?? '—'}</Typography></Td>
                    <Td><Typography>{money(s.total)}</Typography></Td>
                    <Td><SettlementStatus status={s.status} /></Td>
                    <Td><Typography>{s.issuedAt ? dateTime(s.issuedAt) : '—'}</Typography></Td>
                    <Td onClick={(e: React.MouseEvent) => e.stopPropagation()}>
                      <IconButton label={t('settlement.pdf')} variant="ghost" onClick={() => pdf(s.number)}>
                        <Download />
                      </IconButton>
                    </Td>
                  </Tr>
                ))}
                {list.data && list.data.data.length === 0 && (
                  <Tr>
                    <Td colSpan={8}>
                      <Box padding={6}><Typography textColor="neutral600">{t('settlements.empty')}</Typography></Box>
                    </Td>
                  </Tr>
                )}
              </Tbody>
            </Table>
          )}
          {list.data && <Pager meta={list.data.meta.pagination} onPage={setPage} />}
        </Flex>
      </Layouts.Content>
      {modal === 'new' && <NewSettlementModal onClose={() => setModal(null)} />}
      {modal === 'export' && <ExportModal onClose={() => setModal(null)} />}
    </Page.Main>
  );
};
