import { Badge, Button, Field, Flex, NumberInput, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { travelKm, type ClaimTotals, type LineAction } from '../../../../shared';
import type { ReasonCode, ReviewLine } from '../../api/types';
import { useT } from '../../utils/translate';
import { type Drafts, type LineDraft, adjustable } from './drafts';

const ACTIONS: LineAction[] = ['accept', 'adjust', 'reject'];
const ACTIVE_VARIANT: Record<LineAction, 'success-light' | 'secondary' | 'danger-light'> = {
  accept: 'success-light',
  adjust: 'secondary',
  reject: 'danger-light',
};

interface Props {
  lines: ReviewLine[];
  drafts: Drafts;
  /** Payable per line id as the decision would make it (the domain core's arithmetic). */
  preview: Record<string, number>;
  totals: ClaimTotals;
  previewTotals: ClaimTotals | null;
  reasonCodes: ReasonCode[];
  editable: boolean;
  /** The claim has a decision; before it, payable is only the claimed amount and shows as pending. */
  decided: boolean;
  /** Dotted field errors keyed by line id: `${id}.reasonCode` → message. */
  errors: Record<string, string>;
  onChange: (id: string, draft: LineDraft) => void;
}

/** 索赔明细: each line as claimed, and the reviewer's accept / adjust / reject with a reason code. */
export const LinesTable = ({ lines, drafts, preview, totals, previewTotals, reasonCodes, editable, decided, errors, onChange }: Props) => {
  const { t, tAny, money, lang, pick } = useT();
  const reasonLabel = (code?: string) => {
    const found = reasonCodes.find((r) => r.code === code);
    return found ? (lang === 'en' && found.labelEn ? found.labelEn : found.label) : code ?? '—';
  };
  const claimed = (line: ReviewLine) =>
    line.kind === 'part' ? `${line.qty ?? 0}` : line.kind === 'labour' ? t('unit.hours', { hours: line.hours ?? 0 }) : t('unit.km', { km: line.km ?? 0 });
  const payableText = (amount: number) => (editable || decided ? money(amount) : t('lines.payablePending'));

  return (
    <Table colCount={6} rowCount={lines.length + 2}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('lines.item')}</Typography></Th>
          <Th><Typography variant="sigma">{t('lines.claimed')}</Typography></Th>
          <Th><Typography variant="sigma">{t('lines.decision')}</Typography></Th>
          <Th><Typography variant="sigma">{t('lines.adjusted')}</Typography></Th>
          <Th><Typography variant="sigma">{t('lines.reason')}</Typography></Th>
          <Th><Typography variant="sigma">{t('lines.payable')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {lines.map((line) => {
          const id = String(line.id);
          const draft = drafts[id] ?? { action: 'accept' };
          const label = line.label ? pick(line.label) : line.ref;
          const reasonError = errors[`${id}.reasonCode`];
          return (
            <Tr key={id} aria-label={t('lines.row', { ref: line.ref })}>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="180px">
                  <Flex gap={2}>
                    <Badge size="S">{tAny(`kind.${line.kind}`, line.kind)}</Badge>
                    <Typography fontWeight="semiBold">{line.ref}</Typography>
                  </Flex>
                  <Typography variant="pi" textColor="neutral600" ellipsis title={label}>
                    {label !== line.ref ? label : ''}
                    {line.mustReturn ? ` · ${t('lines.mustReturn')}` : ''}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Typography>{money(line.amount)}</Typography>
                <Typography variant="pi" textColor="neutral600" tag="div">
                  {claimed(line)} × {money(line.unitPrice)}
                </Typography>
                {travelKm(line)?.capped && (
                  <Typography variant="pi" textColor="warning600" tag="div">
                    {t('lines.travelCapped', { paid: travelKm(line)?.paid ?? 0 })}
                  </Typography>
                )}
              </Td>
              <Td>
                {editable ? (
                  // Wraps rather than widening the table: at 1366 px the payable column must stay in view.
                  <Flex gap={1} wrap="wrap" maxWidth="190px" role="group" aria-label={t('lines.decisionFor', { ref: line.ref })}>
                    {ACTIONS.filter((a) => a !== 'adjust' || adjustable(line)).map((a) => (
                      <Button
                        key={a}
                        size="S"
                        variant={draft.action === a ? ACTIVE_VARIANT[a] : 'tertiary'}
                        aria-pressed={draft.action === a}
                        onClick={() => onChange(id, { ...draft, action: a })}
                      >
                        {t(`action.${a}`)}
                      </Button>
                    ))}
                  </Flex>
                ) : (
                  <Typography>{line.decision ? t(`action.${line.decision}`) : '—'}</Typography>
                )}
              </Td>
              <Td>
                {editable && draft.action === 'adjust' ? (
                  <Field.Root id={`adjust-${id}`} error={errors[`${id}.qty`] ?? errors[`${id}.hours`]}>
                    <NumberInput
                      size="S"
                      aria-label={t('lines.adjustedFor', { ref: line.ref })}
                      value={line.kind === 'part' ? draft.qty : draft.hours}
                      step={line.kind === 'labour' ? 0.1 : 1}
                      onValueChange={(v: number | undefined) =>
                        onChange(id, line.kind === 'part' ? { ...draft, qty: v } : { ...draft, hours: v })
                      }
                    />
                    <Field.Error />
                  </Field.Root>
                ) : (
                  <Typography>
                    {line.adjustedQty !== undefined ? `× ${line.adjustedQty}` : line.adjustedHours !== undefined ? t('unit.hours', { hours: line.adjustedHours }) : '—'}
                  </Typography>
                )}
              </Td>
              <Td>
                {editable && draft.action !== 'accept' ? (
                  <Field.Root id={`reason-${id}`} error={reasonError}>
                    <SingleSelect
                      size="S"
                      aria-label={t('lines.reasonFor', { ref: line.ref })}
                      placeholder={t('lines.reasonPlaceholder')}
                      value={draft.reasonCode ?? null}
                      onChange={(v: string | number) => onChange(id, { ...draft, reasonCode: String(v) })}
                    >
                      {reasonCodes.map((r) => (
                        <SingleSelectOption key={r.code} value={r.code}>
                          {lang === 'en' && r.labelEn ? r.labelEn : r.label}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                ) : (
                  <Typography>{line.reasonCode && !editable ? reasonLabel(line.reasonCode) : '—'}</Typography>
                )}
              </Td>
              <Td>
                <Typography fontWeight="semiBold">{payableText(editable ? preview[id] ?? line.payable : line.payable)}</Typography>
                {line.inspection && (
                  <Typography variant="pi" textColor="neutral600" tag="div">
                    {tAny(`inspection.${line.inspection}`, line.inspection)}
                  </Typography>
                )}
              </Td>
            </Tr>
          );
        })}
        <Tr aria-label={t('totals.title')}>
          <Td>
            <Typography variant="pi" textColor="neutral600">
              {t('totals.breakdown', { parts: money(totals.parts), labour: money(totals.labour), travel: money(totals.travel) })}
            </Typography>
          </Td>
          <Td><Typography fontWeight="bold">{money(totals.total)}</Typography></Td>
          <Td colSpan={3}>
            <Typography variant="pi" textColor="neutral600">{editable ? t('totals.payablePreview') : t('totals.payable')}</Typography>
          </Td>
          <Td><Typography fontWeight="bold">{payableText(editable && previewTotals ? previewTotals.payable : totals.payable)}</Typography></Td>
        </Tr>
      </Tbody>
    </Table>
  );
};
