import * as React from 'react';
import { Button, Field, Flex, Grid, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { fieldMessages, parseYuan } from '../../../shared';
import { useApi } from '../api/client';
import type { SettlementView } from '../api/types';
import { ProblemAlert } from '../components/ProblemAlert';
import { useAction } from '../hooks/useAction';
import { useT } from '../utils/translate';

/**
 * 调整项: a correction a draft carries, of a claim settled by an earlier notice (an issued
 * notice never changes) or of nothing in particular (a rounding the dealer queried). The
 * amount is typed in yuan and sent as exact fen; a negative one takes money back.
 */
export const SettlementAdjustmentForm = ({ number, onAdded }: { number: string; onAdded: (s: SettlementView) => void }) => {
  const { t, pick } = useT();
  const api = useApi();
  const [claimNumber, setClaimNumber] = React.useState('');
  const [amount, setAmount] = React.useState('');
  const [reason, setReason] = React.useState('');
  const { busy, problem, setProblem, run } = useAction();
  const amountRef = React.useRef<HTMLInputElement>(null);
  const fields = problem ? Object.fromEntries(Object.entries(fieldMessages(problem.fields)).map(([k, v]) => [k, pick(v)])) : {};

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const fen = parseYuan(amount);
    const local: Record<string, string> = {};
    if (fen === null || fen === 0) local.amount = amount.trim() ? 'invalid' : 'required';
    if (!reason.trim()) local.reason = 'required';
    if (Object.keys(local).length > 0) {
      setProblem({ status: 400, code: 'VALIDATION_FAILED', reason: null, message: null, fields: local, findings: [] });
      if (local.amount) amountRef.current?.focus();
      return;
    }
    await run(async () => {
      const updated = await api.addAdjustment(number, { claimNumber: claimNumber.trim() || null, amount: fen!, reason: reason.trim() });
      setClaimNumber('');
      setAmount('');
      setReason('');
      onAdded(updated);
    });
  };

  const general = problem && !(fields.claimNumber || fields.amount || fields.reason);
  return (
    <form onSubmit={add} aria-label={t('adjustment.title')} noValidate>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="pi" textColor="neutral600">{t('adjustment.hint')}</Typography>
        {general && <ProblemAlert problem={problem} onClose={() => setProblem(null)} />}
        <Grid.Root gap={4}>
          <Grid.Item col={3} s={12} xs={12} alignItems="flex-start">
            <Field.Root id="adjustment-claim" error={fields.claimNumber} hint={t('adjustment.claimHint')}>
              <Field.Label>{t('adjustment.claim')}</Field.Label>
              <TextInput value={claimNumber} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setClaimNumber(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={3} s={12} xs={12} alignItems="flex-start">
            <Field.Root id="adjustment-amount" error={fields.amount} hint={t('adjustment.amountHint')} required>
              <Field.Label>{t('adjustment.amount')}</Field.Label>
              <TextInput ref={amountRef} inputMode="decimal" value={amount} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAmount(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} xs={12} alignItems="flex-start">
            <Field.Root id="adjustment-reason" error={fields.reason} required>
              <Field.Label>{t('adjustment.reason')}</Field.Label>
              <Textarea value={reason} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Flex>
          <Button type="submit" variant="secondary" startIcon={<Plus />} loading={busy}>{t('adjustment.add')}</Button>
        </Flex>
      </Flex>
    </form>
  );
};
