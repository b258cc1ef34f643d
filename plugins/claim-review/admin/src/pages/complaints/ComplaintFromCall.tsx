import * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Flex } from '@strapi/design-system';
import { COMPLAINT_SEVERITIES, COMPLAINT_SUBJECTS } from '../../../../shared';
import { useComplaintApi } from '../../api/complaint-client';
import { problemOf } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { TextAreaField, TextField } from '../../components/service/FormFields';
import { useFieldText } from '../../components/service/useFieldText';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../utils/translate';
import { ChoiceField } from './ChoiceField';
import { complaintPath } from './paths';

/**
 * 回访中投诉: a complaint the customer raised on the follow-up call, recorded from that call
 * (the server takes the customer, the time and the unit from it); the caller owns it.
 */
export const ComplaintFromCall = ({ request, dealer }: { request: string; dealer?: string | null }) => {
  const { t, tAny } = useT();
  const api = useComplaintApi();
  const navigate = useNavigate();
  const fieldText = useFieldText();
  const action = useAction();
  const [kind, setKind] = React.useState('dealer');
  const [code, setCode] = React.useState(dealer ?? '');
  const [severity, setSeverity] = React.useState('major');
  const [description, setDescription] = React.useState('');
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const send = () =>
    action.run(async () => {
      try {
        const created = await api.fromFollowUp(request, { subject: { kind: kind as 'dealer', code }, severity: severity as 'major', description });
        navigate(complaintPath(created.number));
      } catch (error) {
        const { fields } = problemOf(error);
        if (Object.keys(fields).length) setErrors(fieldText(fields));
        throw error;
      }
    });
  return (
    <Section title={t('complaint.fromCall.title')} id="complaint-from-call">
      <Flex direction="column" alignItems="stretch" gap={3}>
        {action.problem && <ProblemAlert problem={{ ...action.problem, fields: {} }} onClose={() => action.setProblem(null)} />}
        <ChoiceField id="fc-subject" label={t('complaint.field.subject')} value={kind} onChange={setKind} error={errors['subject.kind']}
          options={COMPLAINT_SUBJECTS.map((s) => ({ value: s, label: tAny(`complaint.subject.${s}`, s) }))} />
        <TextField id="fc-code" label={t(`complaint.field.code.${kind as 'dealer'}`)} value={code} onChange={setCode} error={errors['subject.code']} required />
        <ChoiceField id="fc-severity" label={t('complaint.field.severity')} value={severity} onChange={setSeverity} error={errors.severity}
          options={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: tAny(`complaint.severity.${s}`, s) }))} />
        <TextAreaField id="fc-description" label={t('complaint.field.description')} value={description} onChange={setDescription} error={errors.description} required />
        <Flex justifyContent="flex-end">
          <Button onClick={send} loading={action.busy}>{t('complaint.fromCall.submit')}</Button>
        </Flex>
      </Flex>
    </Section>
  );
};
