import * as React from 'react';
import { Alert, Box, Button, Field, Flex, Radio, Typography } from '@strapi/design-system';
import { SATISFACTION_LABELS } from '../../../../shared';
import { problemOf } from '../../api/problem';
import { useServiceApi } from '../../api/service-client';
import type { FollowUpBody, RequestSummary, ServiceRequestView } from '../../api/service-types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { TextAreaField } from '../../components/service/FormFields';
import { useFieldText } from '../../components/service/useFieldText';
import { YesNo } from '../../components/service/YesNo';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../utils/translate';

const SCORES = [5, 4, 3, 2, 1] as const;

/** Enough of a request to call its customer: a board row or the full request. */
export type FollowUpTarget = Pick<RequestSummary, 'number' | 'status' | 'symptom'> & { caller: { name: string; phone: string } };

/** What the call led to, from the request the server answered: closed, reopened, or unchanged (no answer). */
function outcomeOf(before: FollowUpTarget, after: ServiceRequestView): 'closed' | 'reopened' | 'noAnswer' | 'other' {
  if (after.status === 'closed') return 'closed';
  if (after.status === 'reopened') return 'reopened';
  return after.status === before.status ? 'noAnswer' : 'other';
}

/** 回访 call script: reached? solved? how satisfied (1–5)? a note; the server decides what follows. */
export const FollowUpScript = ({ request, onDone }: { request: FollowUpTarget; onDone: (answer: ServiceRequestView) => void }) => {
  const { t, tAny, pick } = useT();
  const api = useServiceApi();
  const fieldText = useFieldText();
  const action = useAction();
  const [reached, setReached] = React.useState<boolean | null>(null);
  const [solved, setSolved] = React.useState<boolean | null>(null);
  const [satisfaction, setSatisfaction] = React.useState<number | null>(null);
  const [note, setNote] = React.useState('');
  const [answer, setAnswer] = React.useState<ServiceRequestView | null>(null);
  const [errors, setErrors] = React.useState<Record<string, string>>({});

  const send = () =>
    action.run(async () => {
      const missing: Record<string, string> = {};
      if (reached === null) missing.reached = 'required';
      if (reached && solved === null) missing.solved = 'required';
      if (reached && satisfaction === null) missing.satisfaction = 'required';
      setErrors(fieldText(missing));
      if (Object.keys(missing).length) return;
      const body: FollowUpBody = reached
        ? { at: new Date().toISOString(), reached: true, solved, satisfaction, note: note.trim() || null }
        : { at: new Date().toISOString(), reached: false, note: note.trim() || null };
      try {
        const result = await api.followUp(request.number, body);
        setAnswer(result);
        onDone(result);
      } catch (error) {
        const { fields } = problemOf(error);
        if (Object.keys(fields).length) setErrors(fieldText(fields));
        throw error;
      }
    });

  const title = t('service.followUp.scriptTitle', { number: request.number });
  if (answer) {
    const outcome = outcomeOf(request, answer);
    return (
      <Section title={title} id="follow-up-script">
        <Alert variant={outcome === 'closed' ? 'success' : outcome === 'reopened' ? 'danger' : 'default'} title={t(`service.followUp.outcome.${outcome}`)} closeLabel={t('common.close')}>
          {t('service.followUp.nowStatus', { status: tAny(`service.status.${answer.status}`, answer.status) })}
        </Alert>
      </Section>
    );
  }
  return (
    <Section title={title} id="follow-up-script">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Box background="neutral100" padding={3} hasRadius>
          <Typography variant="pi">{t('service.followUp.greeting', { name: request.caller.name })}</Typography>
          <Typography variant="pi" tag="div" textColor="neutral600">{request.caller.phone} · {request.symptom}</Typography>
        </Box>
        {action.problem && <ProblemAlert problem={{ ...action.problem, fields: {} }} onClose={() => action.setProblem(null)} />}
        <YesNo id="fu-reached" label={t('service.followUp.reached')} value={reached} onChange={setReached} error={errors.reached} />
        {reached && (
          <>
            <YesNo id="fu-solved" label={t('service.followUp.solved')} value={solved} onChange={setSolved} error={errors.solved} />
            <Field.Root id="fu-satisfaction" error={errors.satisfaction}>
              <Field.Label>{t('service.followUp.satisfaction')}</Field.Label>
              <Radio.Group aria-label={t('service.followUp.satisfaction')} value={satisfaction === null ? '' : String(satisfaction)} onValueChange={(v: string) => setSatisfaction(Number(v))}>
                {SCORES.map((s) => (
                  <Radio.Item key={s} value={String(s)}>
                    {s} · {pick(SATISFACTION_LABELS[s])}
                  </Radio.Item>
                ))}
              </Radio.Group>
              <Field.Error />
            </Field.Root>
          </>
        )}
        <TextAreaField id="fu-note" label={t('service.followUp.note')} value={note} onChange={setNote} error={errors.note} />
        <Flex justifyContent="flex-end">
          <Button onClick={send} loading={action.busy}>{t('service.followUp.submit')}</Button>
        </Flex>
      </Flex>
    </Section>
  );
};
