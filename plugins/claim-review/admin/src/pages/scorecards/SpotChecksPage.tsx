import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Badge, Box, Button, Field, Flex, Link, SingleSelect, SingleSelectOption, Table, Tbody, Td, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ListAnswer, SpotCheckAnswer } from '../../../../shared';
import { useScorecardApi } from '../../api/scorecard-client';
import { useResource } from '../../api/useResource';
import { EmptyRow } from '../../components/EmptyRow';
import { Pager } from '../../components/Pager';
import { FormDialog } from '../../components/FormDialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RefreshButton } from '../../components/RefreshButton';
import { useAction } from '../../hooks/useAction';
import { useQueryParams } from '../../hooks/useQueryParams';
import { useT } from '../../utils/translate';
import { PLUGIN_ID } from '../../pluginId';

const STATUSES = ['pending', 'passed', 'failed', 'all'] as const;
const TONE = { pending: 'neutral', passed: 'success', failed: 'danger' } as const;

/** The reviewer's verdict; a failure needs a note and takes the approval back. */
const DecisionModal = ({ check, result, onClose, onDone }: { check: SpotCheckAnswer; result: 'passed' | 'failed'; onClose: () => void; onDone: () => void }) => {
  const { t } = useT();
  const api = useScorecardApi();
  const [note, setNote] = React.useState('');
  const action = useAction();
  const send = () =>
    action.run(async () => {
      await api.decideSpotCheck(check.id, { result, ...(note.trim() ? { note: note.trim() } : {}) });
      onDone();
    });
  return (
    <FormDialog
      title={t(result === 'failed' ? 'spotCheck.failTitle' : 'spotCheck.passTitle', { number: check.claimNumber })}
      onClose={onClose}
      submit={
        <Button variant={result === 'failed' ? 'danger' : 'success'} onClick={send} loading={action.busy}>
          {t(result === 'failed' ? 'spotCheck.fail' : 'spotCheck.pass')}
        </Button>
      }
    >
      {action.problem && !action.problem.fields.note && <ProblemAlert problem={action.problem} onClose={() => action.setProblem(null)} />}
      {result === 'failed' && <Typography variant="pi" tag="p">{t('spotCheck.failExplained')}</Typography>}
      <Field.Root id={`spot-check-note-${check.id}`} required={result === 'failed'} error={action.problem?.fields.note ? t('scorecard.gradeDialog.required') : undefined}>
        <Field.Label>{t('spotCheck.note')}</Field.Label>
        <Textarea value={note} maxLength={2000} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
        <Field.Error />
      </Field.Root>
    </FormDialog>
  );
};

/** 抽查: auto-approved claims drawn for a reviewer to check (seed 000: 销售业务员…抽查监督). */
export const SpotChecksPage = () => {
  const { t, tAny, money, dateTime } = useT();
  const api = useScorecardApi();
  const { params, update } = useQueryParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const status = params.get('status') || 'pending';
  const list = useResource<ListAnswer<SpotCheckAnswer>>(() => api.spotChecks({ page, pageSize: 20, status }), `${page}|${status}`);
  const [deciding, setDeciding] = React.useState<{ check: SpotCheckAnswer; result: 'passed' | 'failed' } | null>(null);
  const rows = list.data?.data ?? [];

  return (
    <Page.Main>
      <Page.Title>{t('spotCheck.title')}</Page.Title>
      <Layouts.Header title={t('spotCheck.title')} subtitle={t('spotCheck.subtitle')} secondaryAction={<RefreshButton resource={list} />} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box maxWidth="240px">
            <SingleSelect aria-label={t('spotCheck.col.status')} value={status} onChange={(value: string | number) => update({ status: String(value), page: '1' })}>
              {STATUSES.map((s) => (
                <SingleSelectOption key={s} value={s}>{tAny(`spotCheck.status.${s}`, s)}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
          {list.error && <ProblemAlert problem={list.error} onRetry={list.reload} />}
          {!list.data && list.loading ? (
            <Page.Loading />
          ) : (
            <Table colCount={5} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('spotCheck.col.claim')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('scorecard.col.dealer')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('spotCheck.col.drawn')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('spotCheck.col.status')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('spotCheck.col.actions')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((row) => (
                  <Tr key={row.id}>
                    <Td>
                      <Link tag={RouterLink} to={`/plugins/${PLUGIN_ID}/claims/${encodeURIComponent(row.claimNumber)}`}>{row.claimNumber}</Link>
                      <Typography variant="pi" textColor="neutral600" tag="div">{money(row.payable)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.dealer.code}</Typography>
                      <Typography variant="pi" textColor="neutral600" tag="div">{row.dealer.name}</Typography>
                    </Td>
                    <Td><Typography>{dateTime(row.drawnAt)}</Typography></Td>
                    <Td>
                      <Badge background={`${TONE[row.status]}100`} textColor={`${TONE[row.status]}700`}>{tAny(`spotCheck.status.${row.status}`, row.status)}</Badge>
                      {row.reviewer && (
                        <Typography variant="pi" textColor="neutral600" tag="div">{`${row.reviewer} · ${dateTime(row.decidedAt)}`}</Typography>
                      )}
                      {row.note && <Typography variant="pi" tag="div" style={{ whiteSpace: 'normal' }}>{row.note}</Typography>}
                    </Td>
                    <Td>
                      {row.status === 'pending' && (
                        <Flex gap={2} wrap="wrap">
                          <Button size="S" variant="success-light" onClick={() => setDeciding({ check: row, result: 'passed' })}>{t('spotCheck.pass')}</Button>
                          <Button size="S" variant="danger-light" onClick={() => setDeciding({ check: row, result: 'failed' })}>{t('spotCheck.fail')}</Button>
                        </Flex>
                      )}
                    </Td>
                  </Tr>
                ))}
                {list.data && rows.length === 0 && <EmptyRow colSpan={5}>{t('spotCheck.empty')}</EmptyRow>}
              </Tbody>
            </Table>
          )}
          {list.data && <Pager meta={list.data.meta.pagination} onPage={(p) => update({ page: String(p) })} />}
        </Flex>
        {deciding && (
          <DecisionModal
            key={`${deciding.check.id}-${deciding.result}`}
            check={deciding.check}
            result={deciding.result}
            onClose={() => setDeciding(null)}
            onDone={() => {
              setDeciding(null);
              list.reload();
            }}
          />
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
