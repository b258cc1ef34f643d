import * as React from 'react';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Badge, Box, Button, Checkbox, Dialog, Flex, Grid, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download, Eye, Upload } from '@strapi/icons';
import { saveDownload, useApi } from '../api/client';
import { type Problem, problemOf } from '../api/problem';
import type { PricePreview } from '../api/types';
import { DateField, isoDay } from '../components/DateField';
import { ProblemAlert } from '../components/ProblemAlert';
import { Section } from '../components/Section';
import { useT } from '../utils/translate';

const ACTION_COLORS = {
  new_part: ['primary100', 'primary700'],
  new_price: ['success100', 'success700'],
  replace_price: ['warning100', 'warning700'],
  no_change: ['neutral150', 'neutral700'],
} as const;

/** 配件价目表: upload a CSV or XLSX, see every row checked, import all of it or nothing; export the list. */
export const PriceListPage = () => {
  const { t, tAny, pick, money, lang } = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [file, setFile] = React.useState<File | null>(null);
  const [effectiveFrom, setEffectiveFrom] = React.useState(isoDay(new Date()));
  const [preview, setPreview] = React.useState<PricePreview | null>(null);
  const [onlyErrors, setOnlyErrors] = React.useState(false);
  const [busy, setBusy] = React.useState<'preview' | 'import' | 'csv' | 'xlsx' | null>(null);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const [exportDate, setExportDate] = React.useState(isoDay(new Date()));

  const reset = () => {
    setPreview(null);
    setProblem(null);
  };

  const runPreview = async () => {
    if (!file) return;
    setBusy('preview');
    reset();
    try {
      setPreview(await api.pricePreview(file, effectiveFrom));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(null);
    }
  };

  const runImport = async () => {
    if (!file) return;
    setBusy('import');
    setProblem(null);
    try {
      const done = await api.priceImport(file, effectiveFrom);
      toggleNotification({
        type: 'success',
        message: t('prices.imported', { rows: done.summary.rows, date: done.effectiveFrom, parts: done.summary.newParts, prices: done.summary.newPrices + done.summary.replacedPrices }),
      });
      setPreview(null);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(null);
    }
  };

  const runExport = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      saveDownload(await api.priceExport({ format, date: exportDate, lang }));
    } catch (error) {
      toggleNotification({ type: 'danger', message: t('error.download', { status: problemOf(error).status }) });
    } finally {
      setBusy(null);
    }
  };

  const fileProblem = problem?.fields.file;
  const rows = (preview?.rows ?? []).filter((r) => !onlyErrors || r.errors.length > 0);
  const canImport = Boolean(preview && preview.summary.invalid === 0 && preview.summary.rows > 0);

  return (
    <Page.Main>
      <Page.Title>{t('prices.title')}</Page.Title>
      <Layouts.Header title={t('prices.title')} subtitle={t('prices.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Grid.Root gap={4}>
            <Grid.Item col={8} s={12} xs={12} direction="column" alignItems="stretch">
              <Section title={t('prices.import')} id="prices-import">
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Flex gap={4} alignItems="flex-end" wrap="wrap">
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Typography variant="pi" fontWeight="bold" tag="label" htmlFor="price-file">
                        {t('prices.file')}
                      </Typography>
                      <Flex gap={2}>
                        <input
                          id="price-file"
                          ref={fileInput}
                          type="file"
                          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                          style={{ display: 'none' }}
                          onChange={(e) => {
                            setFile(e.target.files?.[0] ?? null);
                            reset();
                          }}
                        />
                        <Button variant="secondary" startIcon={<Upload />} onClick={() => fileInput.current?.click()}>
                          {t('prices.choose')}
                        </Button>
                        <Typography textColor={file ? 'neutral800' : 'neutral500'}>{file ? file.name : t('prices.noFile')}</Typography>
                      </Flex>
                    </Flex>
                    <Box minWidth="200px">
                      <DateField id="price-effective" label={t('prices.effectiveFrom')} value={effectiveFrom} onChange={(v) => { setEffectiveFrom(v); reset(); }} error={problem?.fields.effectiveFrom ? t('prices.badDate') : undefined} />
                    </Box>
                    <Button startIcon={<Eye />} onClick={runPreview} disabled={!file || !effectiveFrom} loading={busy === 'preview'}>
                      {t('prices.preview')}
                    </Button>
                  </Flex>
                  <Typography variant="pi" textColor="neutral600">{t('prices.columnsHint')}</Typography>
                  {fileProblem && (
                    <ProblemAlert problem={{ ...problem!, message: null, fields: {} }} title={tAny(`prices.file.${fileProblem}`, fileProblem)} onClose={() => setProblem(null)} />
                  )}
                  {problem && !fileProblem && !problem.fields.effectiveFrom && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
                </Flex>
              </Section>
            </Grid.Item>
            <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
              <Section title={t('prices.export')} id="prices-export">
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <DateField id="price-export-date" label={t('prices.exportDate')} value={exportDate} onChange={setExportDate} />
                  <Flex gap={2}>
                    <Button variant="secondary" startIcon={<Download />} onClick={() => runExport('csv')} loading={busy === 'csv'}>CSV</Button>
                    <Button variant="secondary" startIcon={<Download />} onClick={() => runExport('xlsx')} loading={busy === 'xlsx'}>XLSX</Button>
                  </Flex>
                  <Typography variant="pi" textColor="neutral600">{t('prices.exportHint')}</Typography>
                </Flex>
              </Section>
            </Grid.Item>
          </Grid.Root>

          {preview && (
            <Section
              title={t('prices.previewTitle', { date: preview.effectiveFrom })}
              id="prices-preview"
              action={
                <Dialog.Root>
                  <Dialog.Trigger>
                    <Button disabled={!canImport} loading={busy === 'import'} startIcon={<Upload />}>
                      {t('prices.importNow', { rows: preview.summary.rows })}
                    </Button>
                  </Dialog.Trigger>
                  <Dialog.Content>
                    <Dialog.Header>{t('prices.confirmTitle')}</Dialog.Header>
                    <Dialog.Body>{t('prices.confirm', { rows: preview.summary.rows, date: preview.effectiveFrom })}</Dialog.Body>
                    <Dialog.Footer>
                      <Dialog.Cancel>
                        <Button fullWidth variant="tertiary">{t('common.cancel')}</Button>
                      </Dialog.Cancel>
                      <Dialog.Action>
                        <Button fullWidth onClick={runImport}>{t('prices.importConfirm')}</Button>
                      </Dialog.Action>
                    </Dialog.Footer>
                  </Dialog.Content>
                </Dialog.Root>
              }
            >
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Flex gap={2} wrap="wrap" aria-label={t('prices.summary')}>
                  <Badge>{t('prices.sum.rows', { n: preview.summary.rows })}</Badge>
                  <Badge backgroundColor="success100" textColor="success700">{t('prices.sum.valid', { n: preview.summary.valid })}</Badge>
                  <Badge backgroundColor={preview.summary.invalid ? 'danger100' : 'neutral150'} textColor={preview.summary.invalid ? 'danger700' : 'neutral700'}>
                    {t('prices.sum.invalid', { n: preview.summary.invalid })}
                  </Badge>
                  <Badge>{t('prices.sum.newParts', { n: preview.summary.newParts })}</Badge>
                  <Badge>{t('prices.sum.newPrices', { n: preview.summary.newPrices })}</Badge>
                  <Badge>{t('prices.sum.replaced', { n: preview.summary.replacedPrices })}</Badge>
                </Flex>
                {preview.summary.invalid > 0 && (
                  <Box padding={3} background="danger100" hasRadius>
                    <Typography textColor="danger700">{t('prices.fixFirst', { n: preview.summary.invalid })}</Typography>
                  </Box>
                )}
                {preview.ignoredColumns.length > 0 && (
                  <Typography variant="pi" textColor="neutral600">{t('prices.ignored', { columns: preview.ignoredColumns.join(', ') })}</Typography>
                )}
                <Checkbox checked={onlyErrors} onCheckedChange={(c: boolean | 'indeterminate') => setOnlyErrors(c === true)}>
                  {t('prices.onlyErrors')}
                </Checkbox>
                <Box overflow="auto" maxHeight="60vh">
                  <Table colCount={7} rowCount={rows.length + 1}>
                    <Thead>
                      <Tr>
                        <Th><Typography variant="sigma">{t('prices.col.row')}</Typography></Th>
                        <Th><Typography variant="sigma">{t('prices.col.number')}</Typography></Th>
                        <Th><Typography variant="sigma">{t('prices.col.name')}</Typography></Th>
                        <Th><Typography variant="sigma">{t('prices.col.category')}</Typography></Th>
                        <Th><Typography variant="sigma">{t('prices.col.dealerPrice')}</Typography></Th>
                        <Th><Typography variant="sigma">{t('prices.col.guidePrice')}</Typography></Th>
                        <Th><Typography variant="sigma">{t('prices.col.action')}</Typography></Th>
                      </Tr>
                    </Thead>
                    <Tbody>
                      {rows.map((r) => {
                        const [bg, fg] = r.action ? ACTION_COLORS[r.action] : ['danger100', 'danger700'];
                        return (
                          <Tr key={r.row} style={r.errors.length ? { background: 'rgba(238, 94, 82, 0.06)' } : undefined}>
                            <Td><Typography>{r.row}</Typography></Td>
                            <Td><Typography fontWeight="semiBold">{r.number || '—'}</Typography></Td>
                            <Td><Box maxWidth="200px" style={{ whiteSpace: 'normal' }}><Typography>{(lang === 'en' && r.nameEn) || r.name || '—'}</Typography></Box></Td>
                            <Td><Typography>{r.category ? tAny(`category.${r.category}`, r.category) : '—'}</Typography></Td>
                            <Td><Typography>{money(r.dealerPrice)}</Typography></Td>
                            <Td><Typography>{money(r.guidePrice)}</Typography></Td>
                            <Td>
                              {/* The row's errors sit under its verdict: a column of their own ran off a 1366 px screen. */}
                              <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="260px" style={{ whiteSpace: 'normal' }}>
                                <Badge backgroundColor={bg} textColor={fg}>{r.action ? t(`prices.action.${r.action}`) : t('prices.action.error')}</Badge>
                                {r.errors.map((e, i) => (
                                  <Typography key={i} tag="div" variant="pi" textColor="danger700">
                                    {tAny(`prices.field.${e.field}`, e.field)}: {pick(e.message)}
                                  </Typography>
                                ))}
                              </Flex>
                            </Td>
                          </Tr>
                        );
                      })}
                    </Tbody>
                  </Table>
                </Box>
              </Flex>
            </Section>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
