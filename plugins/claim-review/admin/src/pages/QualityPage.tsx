import * as React from 'react';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  Grid,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Textarea,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import type { FailureAnswer, FailureGroupBy, FailureRow, QualityAlert } from '../../../shared';
import { useApi } from '../api/client';
import { type Problem, problemOf } from '../api/problem';
import { useResource } from '../api/useResource';
import { DateField, isoDay } from '../components/DateField';
import { FormDialog } from '../components/FormDialog';
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

/** The server's limit on an acknowledgement note (shared/schemas/primitives.ts LIMITS.text). */
const NOTE_MAX = 2000;

const alertName = (a: QualityAlert) => `${a.part.number} · ${a.model.code}`;

/** 确认质量预警: records that the quality side has seen the alert, with what it found or did. */
const AcknowledgeModal = ({
  alert,
  onClose,
  onDone,
  onStale,
}: {
  alert: QualityAlert;
  onClose: () => void;
  onDone: (a: QualityAlert) => void;
  onStale: (p: Problem) => void;
}) => {
  const { t, pick } = useT();
  const api = useApi();
  const [note, setNote] = React.useState('');
  const [sending, setSending] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const overLimit = note.trim().length > NOTE_MAX;
  const noteError = overLimit || problem?.fields.note === 'too_long' ? t('quality.ack.noteTooLong') : undefined;

  const send = async () => {
    setSending(true);
    setProblem(null);
    try {
      const text = note.trim();
      // An empty note is left out rather than sent as "", so the record says "no note" and not a blank one.
      onDone(await api.acknowledgeAlert(alert.id, text ? { note: text } : {}));
    } catch (error) {
      const p = problemOf(error);
      // 409: a colleague acknowledged it first; 404: it is gone. Either way the list on
      // screen is stale, so retrying from this form cannot help: the page explains and reloads.
      if (p.status === 409 || p.status === 404) onStale(p);
      else setProblem(p);
    } finally {
      setSending(false);
    }
  };

  return (
    <FormDialog
      title={t('quality.ack.title', { alert: alertName(alert) })}
      onClose={onClose}
      submit={
        <Button onClick={send} loading={sending} disabled={overLimit}>
          {t('quality.ack.submit')}
        </Button>
      }
    >
      {problem && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
      <Typography variant="pi" tag="p">{pick(alert.message)}</Typography>
      <Field.Root id={`quality-ack-note-${alert.id}`} hint={t('quality.ack.noteHint')} error={noteError}>
        <Field.Label>{t('quality.ack.note')}</Field.Label>
        <Textarea
          value={note}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => {
            setNote(e.target.value);
            // The server's verdict was on the old text; a changed note deserves a fresh answer.
            if (problem?.fields.note) setProblem(null);
          }}
          maxLength={NOTE_MAX}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </FormDialog>
  );
};

/** One alert: open ones can be acknowledged, acknowledged ones say by whom, when and why. */
const AlertItem = ({ alert, onDone, onStale }: { alert: QualityAlert; onDone: (a: QualityAlert) => void; onStale: (p: Problem) => void }) => {
  const { t, tAny, pick, dateTime } = useT();
  const [open, setOpen] = React.useState(false);
  const ack = alert.acknowledged;
  const acknowledged = alert.status === 'acknowledged' || ack !== null;
  return (
    <Box tag="li" padding={3} hasRadius background={acknowledged ? 'neutral100' : 'danger100'} aria-label={alertName(alert)}>
      <Flex gap={2} wrap="wrap">
        <Typography fontWeight="bold">{alertName(alert)}</Typography>
        {alert.keyPart && <Badge size="S">{t('quality.keyPart')}</Badge>}
        <Badge size="S" backgroundColor={acknowledged ? 'success100' : 'danger100'} textColor={acknowledged ? 'success700' : 'danger700'}>
          {tAny(`quality.alert.${alert.status}`, alert.status)}
        </Badge>
      </Flex>
      <Typography variant="pi" tag="p">{pick(alert.message)}</Typography>
      {ack ? (
        <Box paddingTop={2}>
          <Typography variant="pi" tag="p" textColor="neutral600">
            {t('quality.ack.by', { by: ack.by, at: dateTime(ack.at) })}
          </Typography>
          {ack.note && (
            <Typography variant="pi" tag="p">
              {t('quality.ack.noteShown', { note: ack.note })}
            </Typography>
          )}
        </Box>
      ) : (
        !acknowledged && (
          <Box paddingTop={2}>
            <Button size="S" variant="secondary" onClick={() => setOpen(true)} aria-label={t('quality.ack.open', { alert: alertName(alert) })}>
              {t('quality.ack.action')}
            </Button>
          </Box>
        )
      )}
      {open && (
        <AcknowledgeModal
          alert={alert}
          onClose={() => setOpen(false)}
          onDone={(next) => {
            setOpen(false);
            onDone(next);
          }}
          onStale={(p) => {
            setOpen(false);
            onStale(p);
          }}
        />
      )}
    </Box>
  );
};

/** 质量分析: failure rate by part, model, build month or dealer, and the early-warning alerts. */
export const QualityPage = () => {
  const { t, money, lang } = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const [alertProblem, setAlertProblem] = React.useState<Problem | null>(null);
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

  const onAcknowledged = (next: QualityAlert) => {
    setAlertProblem(null);
    if (data) failures.set({ ...data, alerts: data.alerts.map((a) => (a.id === next.id ? next : a)) });
    toggleNotification({ type: 'success', message: t('quality.ack.done', { alert: alertName(next) }) });
  };
  // Kept on the page, not the item: after the reload the item may be gone (404) and the message must stay.
  const onStale = (problem: Problem) => {
    setAlertProblem(problem);
    failures.reload();
  };

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
              <Grid.Item col={8} s={12} xs={12} direction="column" alignItems="stretch">
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
              <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                <Section title={t('quality.alerts', { count: data.alerts.length })} id="quality-alerts">
                  {alertProblem && (
                    <Box paddingBottom={3}>
                      <ProblemAlert problem={alertProblem} onClose={() => setAlertProblem(null)} />
                    </Box>
                  )}
                  {data.alerts.length === 0 ? (
                    <Typography textColor="neutral600">{t('quality.noAlerts')}</Typography>
                  ) : (
                    <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-labelledby="quality-alerts">
                      {data.alerts.map((a) => (
                        <AlertItem key={a.id} alert={a} onDone={onAcknowledged} onStale={onStale} />
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
