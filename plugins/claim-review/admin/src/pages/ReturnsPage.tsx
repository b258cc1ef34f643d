import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  Modal,
  Radio,
  Table,
  Tabs,
  Tbody,
  Td,
  Textarea,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { CheckCircle, Search } from '@strapi/icons';
import { useApi } from '../api/client';
import { type Problem, problemOf } from '../api/problem';
import type { ListAnswer, QueueAnswer, StaffShipment } from '../api/types';
import { useResource } from '../api/useResource';
import { Pager } from '../components/Pager';
import { ProblemAlert } from '../components/ProblemAlert';
import { useT } from '../utils/translate';

type Part = StaffShipment['parts'][number];
const RESULTS = ['confirmed', 'no_fault', 'misuse', 'not_received'] as const;
const DISPOSITIONS = ['reusable', 'scrap'] as const;

/** 旧件检验: one returned part's result and disposition. */
const InspectionModal = ({ part, onClose, onSaved }: { part: Part; onClose: () => void; onSaved: (s: StaffShipment) => void }) => {
  const { t } = useT();
  const api = useApi();
  const [result, setResult] = React.useState<string>(part.inspection?.result ?? 'confirmed');
  const [disposition, setDisposition] = React.useState<string>(part.inspection?.disposition ?? 'scrap');
  const [note, setNote] = React.useState(part.inspection?.note ?? '');
  const [saving, setSaving] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | null>(null);

  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      onSaved(await api.inspect(part.id, { result, disposition, note: note.trim() || null }));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('inspect.title', { part: part.partNumber, claim: part.claimNumber })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={5}>
            {problem && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
            <Field.Root id="inspect-result">
              <Field.Label>{t('inspect.result')}</Field.Label>
              <Radio.Group value={result} onValueChange={setResult} aria-label={t('inspect.result')}>
                {RESULTS.map((r) => (
                  <Radio.Item key={r} value={r}>
                    {t(`inspection.${r}`)}
                  </Radio.Item>
                ))}
              </Radio.Group>
            </Field.Root>
            <Field.Root id="inspect-disposition">
              <Field.Label>{t('inspect.disposition')}</Field.Label>
              <Radio.Group value={disposition} onValueChange={setDisposition} aria-label={t('inspect.disposition')}>
                {DISPOSITIONS.map((d) => (
                  <Radio.Item key={d} value={d}>
                    {t(`disposition.${d}`)}
                  </Radio.Item>
                ))}
              </Radio.Group>
            </Field.Root>
            <Field.Root id="inspect-note" hint={t('inspect.noteHint')}>
              <Field.Label>{t('inspect.note')}</Field.Label>
              <Textarea value={note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} maxLength={2000} />
              <Field.Hint />
            </Field.Root>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={saving}>
            {t('inspect.save')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

const ShipmentCard = ({ shipment, onChange }: { shipment: StaffShipment; onChange: (s: StaffShipment) => void }) => {
  const { t, dateTime } = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const [receiving, setReceiving] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const [inspecting, setInspecting] = React.useState<Part | null>(null);
  const received = shipment.status === 'received';
  const inspected = shipment.parts.filter((p) => p.inspection).length;

  const receive = async () => {
    setReceiving(true);
    setProblem(null);
    try {
      onChange(await api.receive(shipment.id));
      toggleNotification({ type: 'success', message: t('shipment.receivedNote', { number: shipment.number }) });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setReceiving(false);
    }
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} aria-label={t('shipment.label', { number: shipment.number })} tag="article">
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap" paddingBottom={3}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Flex gap={2}>
            <Typography variant="delta" tag="h3">{shipment.number}</Typography>
            <Badge backgroundColor={received ? 'success100' : 'secondary100'} textColor={received ? 'success700' : 'secondary700'}>
              {t(`shipment.status.${shipment.status}`)}
            </Badge>
          </Flex>
          <Typography textColor="neutral600">
            {shipment.dealer ? `${shipment.dealer.code} · ${shipment.dealer.name} · ` : ''}
            {shipment.carrier} {shipment.trackingNumber}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('shipment.shippedAt', { at: dateTime(shipment.shippedAt) })}
            {shipment.receivedAt ? ` · ${t('shipment.receivedAt', { at: dateTime(shipment.receivedAt) })}` : ''}
            {received ? ` · ${t('shipment.inspected', { done: inspected, total: shipment.parts.length })}` : ''}
          </Typography>
        </Flex>
        {!received && (
          <Button onClick={receive} loading={receiving} startIcon={<CheckCircle />}>
            {t('shipment.receive')}
          </Button>
        )}
      </Flex>
      {problem && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
      <Table colCount={5} rowCount={shipment.parts.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{t('col.number')}</Typography></Th>
            <Th><Typography variant="sigma">{t('col.part')}</Typography></Th>
            <Th><Typography variant="sigma">{t('col.qty')}</Typography></Th>
            <Th><Typography variant="sigma">{t('col.inspection')}</Typography></Th>
            <Th><Typography variant="sigma">{t('col.actions')}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {shipment.parts.map((part) => (
            <Tr key={String(part.id)}>
              <Td>
                <RouterLink to={`../claims/${encodeURIComponent(part.claimNumber)}`} relative="path">
                  <Typography textColor="primary600">{part.claimNumber}</Typography>
                </RouterLink>
              </Td>
              <Td><Typography>{part.partNumber}</Typography></Td>
              <Td><Typography>{part.qty}</Typography></Td>
              <Td>
                {part.inspection ? (
                  <Typography>
                    {t(`inspection.${part.inspection.result}`)} · {t(`disposition.${part.inspection.disposition}`)}
                    {part.inspection.note ? ` · ${part.inspection.note}` : ''}
                  </Typography>
                ) : (
                  <Typography textColor="neutral500">{t('inspect.pending')}</Typography>
                )}
              </Td>
              <Td>
                <Button
                  size="S"
                  variant={part.inspection ? 'tertiary' : 'secondary'}
                  startIcon={<Search />}
                  disabled={!received}
                  onClick={() => setInspecting(part)}
                  aria-label={t('inspect.open', { part: part.partNumber, claim: part.claimNumber })}
                >
                  {part.inspection ? t('inspect.edit') : t('inspect.action')}
                </Button>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {inspecting && (
        <InspectionModal
          part={inspecting}
          onClose={() => setInspecting(null)}
          onSaved={(s) => {
            setInspecting(null);
            onChange(s);
            toggleNotification({ type: 'success', message: t('inspect.saved', { part: inspecting.partNumber }) });
          }}
        />
      )}
    </Box>
  );
};

const ShipmentList = ({ status }: { status: 'shipped' | 'received' }) => {
  const { t } = useT();
  const api = useApi();
  const [page, setPage] = React.useState(1);
  const list = useResource<ListAnswer<StaffShipment>>(() => api.shipments({ status, page, pageSize: 10 }), `${status}:${page}`);
  if (!list.data && list.loading) return <Page.Loading />;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {list.error && <ProblemAlert problem={list.error} />}
      {list.data?.data.length === 0 && (
        <Box padding={8} background="neutral0" hasRadius>
          <Typography textColor="neutral600">{t(status === 'shipped' ? 'returns.noneToReceive' : 'returns.noneReceived')}</Typography>
        </Box>
      )}
      {list.data?.data.map((s) => (
        <ShipmentCard
          key={String(s.id)}
          shipment={s}
          onChange={(next) => list.set({ ...list.data!, data: list.data!.data.map((x) => (x.id === next.id ? next : x)) })}
        />
      ))}
      {list.data && <Pager meta={list.data.meta.pagination} onPage={setPage} />}
    </Flex>
  );
};

/** Parts of approved claims still owed, by their return cut-off (旧件返回截止日). */
const OverdueParts = () => {
  const { t, money } = useT();
  const api = useApi();
  const list = useResource<QueueAnswer>(() => api.queue({ status: 'awaiting_parts', pageSize: 100 }), 'awaiting_parts');
  const today = new Date().toISOString().slice(0, 10);
  const rows = [...(list.data?.data ?? [])].sort((a, b) => String(a.returnDueDate ?? '9999').localeCompare(String(b.returnDueDate ?? '9999')));
  const daysLate = (due: string) => Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000);
  if (!list.data && list.loading) return <Page.Loading />;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {list.error && <ProblemAlert problem={list.error} />}
      <Table colCount={5} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{t('col.number')}</Typography></Th>
            <Th><Typography variant="sigma">{t('col.dealer')}</Typography></Th>
            <Th><Typography variant="sigma">{t('col.returnDue')}</Typography></Th>
            <Th><Typography variant="sigma">{t('col.payable')}</Typography></Th>
            <Th><Typography variant="sigma">{t('col.returnState')}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row) => {
            const late = Boolean(row.returnOverdue) || (row.returnDueDate ? row.returnDueDate < today : false);
            return (
              <Tr key={row.number}>
                <Td>
                  <RouterLink to={`../claims/${encodeURIComponent(row.number)}`} relative="path">
                    <Typography textColor="primary600">{row.number}</Typography>
                  </RouterLink>
                </Td>
                <Td><Typography>{row.dealer?.code} · {row.dealer?.name}</Typography></Td>
                <Td><Typography>{row.returnDueDate ?? '—'}</Typography></Td>
                <Td><Typography>{money(row.totals?.payable)}</Typography></Td>
                <Td>
                  {late ? (
                    <Badge backgroundColor="danger100" textColor="danger700">
                      {row.returnDueDate ? t('returns.daysLate', { days: Math.max(0, daysLate(row.returnDueDate)) }) : t('returns.late')}
                    </Badge>
                  ) : (
                    <Badge>{t('returns.onTime')}</Badge>
                  )}
                </Td>
              </Tr>
            );
          })}
          {rows.length === 0 && (
            <Tr>
              <Td colSpan={5}>
                <Box padding={6}><Typography textColor="neutral600">{t('returns.noneOwed')}</Typography></Box>
              </Td>
            </Tr>
          )}
        </Tbody>
      </Table>
    </Flex>
  );
};

/** 旧件返回: shipments to receive, each part's inspection, and parts overdue by cut-off. */
export const ReturnsPage = () => {
  const { t } = useT();
  const [tab, setTab] = React.useState('shipped');
  return (
    <Page.Main>
      <Page.Title>{t('returns.title')}</Page.Title>
      <Layouts.Header title={t('returns.title')} subtitle={t('returns.subtitle')} />
      <Layouts.Content>
        <Tabs.Root value={tab} onValueChange={setTab} variant="simple">
          <Tabs.List aria-label={t('returns.title')}>
            <Tabs.Trigger value="shipped">{t('returns.tab.toReceive')}</Tabs.Trigger>
            <Tabs.Trigger value="received">{t('returns.tab.received')}</Tabs.Trigger>
            <Tabs.Trigger value="overdue">{t('returns.tab.overdue')}</Tabs.Trigger>
          </Tabs.List>
          <Box paddingTop={4}>
            <Tabs.Content value="shipped">{tab === 'shipped' && <ShipmentList status="shipped" />}</Tabs.Content>
            <Tabs.Content value="received">{tab === 'received' && <ShipmentList status="received" />}</Tabs.Content>
            <Tabs.Content value="overdue">{tab === 'overdue' && <OverdueParts />}</Tabs.Content>
          </Box>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
