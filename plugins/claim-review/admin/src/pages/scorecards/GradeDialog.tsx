import * as React from 'react';
import { Button, Field, SingleSelect, SingleSelectOption, Textarea } from '@strapi/design-system';
import { DEALER_GRADES, type DealerGrade } from '../../../../shared';
import { useScorecardApi } from '../../api/scorecard-client';
import { FormDialog } from '../../components/FormDialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../utils/translate';

const REASON_MAX = 2000;

/** Set a dealer's grade with the reason the audit row keeps (seed 000: 降级 of a dealer caught falsifying claims). */
export const GradeDialog = ({ code, current, onClose, onDone }: { code: string; current: DealerGrade | null; onClose: () => void; onDone: () => void }) => {
  const { t } = useT();
  const api = useScorecardApi();
  const [grade, setGrade] = React.useState<DealerGrade | ''>('');
  const [reason, setReason] = React.useState('');
  const action = useAction();
  const fieldError = (name: 'grade' | 'reason') => (action.problem?.fields[name] ? t('scorecard.gradeDialog.required') : undefined);

  const send = () =>
    action.run(async () => {
      await api.setGrade(code, { grade: grade as DealerGrade, reason: reason.trim() });
      onDone();
    });

  return (
    <FormDialog
      title={t('scorecard.gradeDialog.title', { dealer: code })}
      onClose={onClose}
      submit={
        <Button onClick={send} loading={action.busy} disabled={!grade}>{t('scorecard.gradeDialog.submit')}</Button>
      }
    >
      {action.problem && !Object.keys(action.problem.fields).length && <ProblemAlert problem={action.problem} onClose={() => action.setProblem(null)} />}
      <Field.Root id="grade-change-grade" error={fieldError('grade')} hint={t('scorecard.gradeDialog.gradeHint', { grade: current ?? '—' })}>
        <Field.Label>{t('scorecard.col.grade')}</Field.Label>
        <SingleSelect value={grade} onChange={(value: string | number) => setGrade(String(value) as DealerGrade)}>
          {DEALER_GRADES.map((g) => (
            <SingleSelectOption key={g} value={g} disabled={g === current}>{t('scorecard.gradeOption', { grade: g })}</SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Field.Root id="grade-change-reason" required error={fieldError('reason')} hint={t('scorecard.gradeDialog.reasonHint')}>
        <Field.Label>{t('scorecard.gradeDialog.reason')}</Field.Label>
        <Textarea value={reason} maxLength={REASON_MAX} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </FormDialog>
  );
};
