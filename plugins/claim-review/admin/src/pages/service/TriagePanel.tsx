import * as React from 'react';
import { Badge, Button, Flex, Tabs, Typography } from '@strapi/design-system';
import { problemOf } from '../../api/problem';
import { useServiceApi } from '../../api/service-client';
import type { ServiceRequestView, TriageBody } from '../../api/service-types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { TextAreaField } from '../../components/service/FormFields';
import { ServiceDealerPicker } from '../../components/service/ServiceDealerPicker';
import { useFieldText } from '../../components/service/useFieldText';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../utils/translate';

type Outcome = TriageBody['outcome'];

/**
 * 分诊: solved on the phone (guidance), a work order to a dealer (dispatch, preset to the
 * server's suggestion), or not a product matter (closed). Each shows only to the holders
 * of its action; the server checks again.
 */
export const TriagePanel = ({
  request,
  canIntake,
  canDispatch,
  onDone,
}: {
  request: ServiceRequestView;
  canIntake: boolean;
  canDispatch: boolean;
  onDone: (answer: ServiceRequestView) => void;
}) => {
  const { t } = useT();
  const api = useServiceApi();
  const fieldText = useFieldText();
  const action = useAction();
  const offered: Outcome[] = [...(canDispatch ? (['dispatch'] as const) : []), ...(canIntake ? (['guidance', 'closed'] as const) : [])];
  const [outcome, setOutcome] = React.useState<Outcome>(offered[0] ?? 'guidance');
  const [note, setNote] = React.useState('');
  const [dealer, setDealer] = React.useState<string | null>(request.suggestion?.dealer.code ?? null);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  if (offered.length === 0) return null;

  const body = (): TriageBody =>
    outcome === 'dispatch'
      ? { outcome, dealer: dealer ?? '', ...(note.trim() ? { note: note.trim() } : {}) }
      : outcome === 'guidance'
        ? { outcome, note: note.trim() }
        : { outcome, reason: note.trim() };

  const send = () =>
    action.run(async () => {
      const missing: Record<string, string> = {};
      if (outcome === 'dispatch' && !dealer) missing.dealer = 'required';
      if (outcome === 'guidance' && !note.trim()) missing.note = 'required';
      if (outcome === 'closed' && !note.trim()) missing.reason = 'required';
      setErrors(fieldText(missing));
      if (Object.keys(missing).length) return;
      try {
        onDone(await api.triage(request.number, body()));
        setNote('');
      } catch (error) {
        const { fields } = problemOf(error);
        if (Object.keys(fields).length) setErrors(fieldText(fields));
        throw error;
      }
    });

  const noteLabel = outcome === 'closed' ? t('service.triage.reason') : outcome === 'guidance' ? t('service.triage.guidanceNote') : t('service.triage.note');
  return (
    <Section title={t('service.triage.title')} id="triage-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {action.problem && <ProblemAlert problem={{ ...action.problem, fields: {} }} onClose={() => action.setProblem(null)} />}
        <Tabs.Root value={outcome} onValueChange={(v: string) => { setOutcome(v as Outcome); setErrors({}); }}>
          <Tabs.List aria-label={t('service.triage.title')}>
            {offered.map((o) => (
              <Tabs.Trigger key={o} value={o}>{t(`service.triage.${o}`)}</Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs.Root>
        {outcome === 'dispatch' && (
          <Flex direction="column" alignItems="stretch" gap={2}>
            {request.suggestion && (
              <Flex gap={2} wrap="wrap">
                <Typography variant="pi">{t('service.triage.suggested', { code: request.suggestion.dealer.code, name: request.suggestion.dealer.name })}</Typography>
                <Badge>{t(`service.triage.basis.${request.suggestion.basis}`)}</Badge>
              </Flex>
            )}
            <ServiceDealerPicker id="triage-dealer" label={t('service.triage.dealer')} region={request.caller.address.region} value={dealer} onChange={setDealer} error={errors.dealer} />
          </Flex>
        )}
        <TextAreaField id="triage-note" label={noteLabel} value={note} onChange={setNote} error={errors.note ?? errors.reason} required={outcome !== 'dispatch'} />
        <Flex justifyContent="flex-end">
          <Button onClick={send} loading={action.busy} variant={outcome === 'closed' ? 'danger-light' : 'default'}>
            {t(`service.triage.submit.${outcome}`)}
          </Button>
        </Flex>
      </Flex>
    </Section>
  );
};
