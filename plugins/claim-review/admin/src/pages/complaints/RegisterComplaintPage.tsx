import * as React from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Button, Flex, Grid, Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, COMPLAINT_SUBJECTS, complaintInputSchema, parseInput } from '../../../../shared';
import { useComplaintApi } from '../../api/complaint-client';
import { problemOf } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { TextAreaField, TextField } from '../../components/service/FormFields';
import { useFieldText } from '../../components/service/useFieldText';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../utils/translate';
import { ChoiceField } from './ChoiceField';
import { COMPLAINTS_BASE, complaintPath } from './paths';

const DIRECT_CHANNELS = COMPLAINT_CHANNELS.filter((c) => c !== 'follow_up');

const EMPTY = { channel: 'phone', name: '', phone: '', subjectKind: 'dealer', subjectCode: '', severity: 'major', serviceRequest: '', claim: '', unit: '', description: '' };
type Draft = typeof EMPTY;

/** The body the form sends: blanks left out, the time of receipt now. */
export function complaintBody(d: Draft) {
  const link = (v: string) => v.trim() || null;
  return {
    channel: d.channel,
    complainant: { name: d.name, phone: d.phone },
    subject: { kind: d.subjectKind, code: d.subjectCode },
    severity: d.severity,
    links: { serviceRequest: link(d.serviceRequest), claim: link(d.claim), unit: link(d.unit) },
    description: d.description,
    receivedAt: new Date().toISOString(),
  };
}

/** 客户投诉记录表: a complaint taken by phone, letter, visit or e-mail; whoever records it owns it (首问负责制). */
export const RegisterComplaintPage = () => {
  const { t, tAny } = useT();
  const api = useComplaintApi();
  const navigate = useNavigate();
  const fieldText = useFieldText();
  const action = useAction();
  const [draft, setDraft] = React.useState<Draft>(EMPTY);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = complaintBody(draft);
    const checked = parseInput(complaintInputSchema, body);
    if (!checked.ok) {
      setErrors(fieldText(checked.fields));
      return;
    }
    setErrors({});
    void action.run(async () => {
      try {
        const created = await api.create(checked.data);
        navigate(complaintPath(created.number));
      } catch (error) {
        const { fields } = problemOf(error);
        if (Object.keys(fields).length) setErrors(fieldText(fields));
        throw error;
      }
    });
  };

  const back = (
    <Link tag={RouterLink} to={COMPLAINTS_BASE} startIcon={<ArrowLeft />}>
      {t('complaint.list.title')}
    </Link>
  );
  return (
    <Page.Main>
      <Page.Title>{t('complaint.register.title')}</Page.Title>
      <form onSubmit={submit} noValidate aria-label={t('complaint.register.title')}>
        <Layouts.Header navigationAction={back} title={t('complaint.register.title')} subtitle={t('complaint.register.subtitle')} primaryAction={<Button type="submit" loading={action.busy}>{t('complaint.register.submit')}</Button>} />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {action.problem && <ProblemAlert problem={{ ...action.problem, fields: {} }} onClose={() => action.setProblem(null)} />}
            <Section title={t('complaint.register.who')} id="complaint-who">
              <Grid.Root gap={4}>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <ChoiceField id="c-channel" label={t('complaint.field.channel')} value={draft.channel} onChange={set('channel')} error={errors.channel} required
                    options={DIRECT_CHANNELS.map((c) => ({ value: c, label: tAny(`complaint.channel.${c}`, c) }))} />
                </Grid.Item>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <TextField id="c-name" label={t('complaint.field.name')} value={draft.name} onChange={set('name')} error={errors['complainant.name']} required />
                </Grid.Item>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <TextField id="c-phone" type="tel" label={t('complaint.field.phone')} value={draft.phone} onChange={set('phone')} error={errors['complainant.phone']} required />
                </Grid.Item>
              </Grid.Root>
            </Section>
            <Section title={t('complaint.register.what')} id="complaint-what">
              <Grid.Root gap={4}>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <ChoiceField id="c-subject" label={t('complaint.field.subject')} value={draft.subjectKind} onChange={set('subjectKind')} error={errors['subject.kind']} required
                    options={COMPLAINT_SUBJECTS.map((s) => ({ value: s, label: tAny(`complaint.subject.${s}`, s) }))} />
                </Grid.Item>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <TextField id="c-code" label={t(`complaint.field.code.${draft.subjectKind as 'dealer'}`)} value={draft.subjectCode} onChange={set('subjectCode')} error={errors['subject.code']} required />
                </Grid.Item>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <ChoiceField id="c-severity" label={t('complaint.field.severity')} value={draft.severity} onChange={set('severity')} error={errors.severity} required
                    options={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: tAny(`complaint.severity.${s}`, s) }))} />
                </Grid.Item>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <TextField id="c-sr" label={t('complaint.field.serviceRequest')} placeholder="SR-…" value={draft.serviceRequest} onChange={set('serviceRequest')} error={errors['links.serviceRequest']} />
                </Grid.Item>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <TextField id="c-claim" label={t('complaint.field.claim')} placeholder="CR-…" value={draft.claim} onChange={set('claim')} error={errors['links.claim']} />
                </Grid.Item>
                <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                  <TextField id="c-unit" label={t('complaint.field.unit')} value={draft.unit} onChange={set('unit')} error={errors['links.unit']} />
                </Grid.Item>
                <Grid.Item col={12} s={12} xs={12} direction="column" alignItems="stretch">
                  <TextAreaField id="c-description" label={t('complaint.field.description')} value={draft.description} onChange={set('description')} error={errors.description} required />
                </Grid.Item>
              </Grid.Root>
            </Section>
          </Flex>
        </Layouts.Content>
      </form>
    </Page.Main>
  );
};
