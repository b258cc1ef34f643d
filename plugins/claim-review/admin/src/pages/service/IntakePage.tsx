import * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { normalisePhone, parseInput, SERVICE_CHANNELS, serviceRequestInputSchema } from '../../../../shared';
import { problemOf } from '../../api/problem';
import { useServiceApi } from '../../api/service-client';
import type { LookupAnswer, ServiceChannel, UnitCard } from '../../api/service-types';
import { useResource } from '../../api/useResource';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { TextAreaField, TextField } from '../../components/service/FormFields';
import { useFieldText } from '../../components/service/useFieldText';
import { useAction } from '../../hooks/useAction';
import { useDebounced } from '../../hooks/useDebounced';
import { useT } from '../../utils/translate';
import { emptyDraft, intakeBody, type IntakeDraft } from './intake-form';
import { LookupPanel } from './LookupPanel';
import { requestPath } from './paths';

/** The lookup the caller's last typed phone or serial asks for, or null while neither is usable yet. */
function lookupOf(by: 'phone' | 'serial', draft: IntakeDraft): { phone?: string; serial?: string } | null {
  if (by === 'serial') {
    const serial = draft.serial.trim();
    return serial.length >= 4 ? { serial } : null;
  }
  const phone = normalisePhone(draft.phone);
  return phone.ok ? { phone: phone.normalised } : null;
}

/** 来电登记: the call as the coordinator takes it, with what the desk knows of the caller beside it. */
export const IntakePage = () => {
  const { t, tAny } = useT();
  const api = useServiceApi();
  const navigate = useNavigate();
  const fieldText = useFieldText();
  const { toggleNotification } = useNotification();
  const [draft, setDraft] = React.useState<IntakeDraft>(emptyDraft);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [lookupBy, setLookupBy] = React.useState<'phone' | 'serial'>('phone');
  const action = useAction();

  const wanted = useDebounced(JSON.stringify(lookupOf(lookupBy, draft)), 400);
  const query = JSON.parse(wanted) as { phone?: string; serial?: string } | null;
  const lookup = useResource<LookupAnswer>(() => api.lookup(query ?? {}), wanted, query !== null);

  const set = (key: keyof IntakeDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (key === 'phone' || key === 'serial') setLookupBy(key);
  };
  const pick = (unit: UnitCard) => setDraft((d) => ({ ...d, serial: unit.serial, model: '', purchaseDate: '' }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = intakeBody(draft);
    const checked = parseInput(serviceRequestInputSchema, body);
    if (!checked.ok) {
      setErrors(fieldText(checked.fields));
      return;
    }
    setErrors({});
    await action.run(async () => {
      try {
        const created = await api.create(body as typeof checked.data);
        toggleNotification({ type: 'success', message: t('service.intake.created', { number: created.number }) });
        navigate(requestPath(created.number));
      } catch (error) {
        const { fields } = problemOf(error);
        if (Object.keys(fields).length) setErrors(fieldText(fields));
        throw error;
      }
    });
  };

  const err = (path: string) => errors[path];
  return (
    <Page.Main>
      <Page.Title>{t('service.intake.title')}</Page.Title>
      <Layouts.Header title={t('service.intake.title')} subtitle={t('service.intake.subtitle')} />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={7} s={12} xs={12} direction="column" alignItems="stretch" gap={4}>
            <form onSubmit={submit} noValidate aria-label={t('service.intake.title')}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                {action.problem && <ProblemAlert problem={{ ...action.problem, fields: {} }} onClose={() => action.setProblem(null)} />}
                <Section title={t('service.intake.caller')} id="intake-caller">
                  <Grid.Root gap={4}>
                    <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
                      <Field.Root id="intake-channel" error={err('channel')} required>
                        <Field.Label>{t('service.field.channel')}</Field.Label>
                        <SingleSelect value={draft.channel} onChange={(v: string | number) => setDraft((d) => ({ ...d, channel: String(v) as ServiceChannel }))}>
                          {SERVICE_CHANNELS.map((c) => (
                            <SingleSelectOption key={c} value={c}>{tAny(`service.channel.${c}`, c)}</SingleSelectOption>
                          ))}
                        </SingleSelect>
                        <Field.Error />
                      </Field.Root>
                    </Grid.Item>
                    <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
                      <TextField id="intake-received" type="datetime-local" label={t('service.field.receivedAt')} value={draft.receivedAt} onChange={set('receivedAt')} error={err('receivedAt')} required />
                    </Grid.Item>
                    <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
                      <TextField id="intake-name" label={t('service.field.callerName')} value={draft.name} onChange={set('name')} error={err('caller.name')} required />
                    </Grid.Item>
                    <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
                      <TextField id="intake-phone" type="tel" label={t('service.field.phone')} value={draft.phone} onChange={set('phone')} error={err('caller.phone')} hint={t('service.field.phoneHint')} required />
                    </Grid.Item>
                    <Grid.Item col={4} s={12} xs={12} direction="column" alignItems="stretch">
                      <TextField id="intake-region" label={t('service.field.region')} value={draft.region} onChange={set('region')} error={err('caller.address.region')} placeholder={t('service.field.regionPlaceholder')} required />
                    </Grid.Item>
                    <Grid.Item col={8} s={12} xs={12} direction="column" alignItems="stretch">
                      <TextField id="intake-line" label={t('service.field.addressLine')} value={draft.line} onChange={set('line')} error={err('caller.address.line')} required />
                    </Grid.Item>
                  </Grid.Root>
                </Section>
                <Section title={t('service.intake.unit')} id="intake-unit">
                  <Grid.Root gap={4}>
                    <Grid.Item col={12} direction="column" alignItems="stretch">
                      <TextField id="intake-serial" label={t('service.field.serial')} value={draft.serial} onChange={set('serial')} error={err('unit.serial')} hint={t('service.field.serialHint')} />
                    </Grid.Item>
                    {!draft.serial.trim() && (
                      <>
                        <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
                          <TextField id="intake-model" label={t('service.field.model')} value={draft.model} onChange={set('model')} error={err('unit.model')} />
                        </Grid.Item>
                        <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
                          <TextField id="intake-purchase" type="date" label={t('service.field.purchaseDate')} value={draft.purchaseDate} onChange={set('purchaseDate')} error={err('unit.purchaseDate')} />
                        </Grid.Item>
                      </>
                    )}
                    <Grid.Item col={12} direction="column" alignItems="stretch">
                      <TextAreaField id="intake-symptom" label={t('service.field.symptom')} value={draft.symptom} onChange={set('symptom')} error={err('symptom')} required />
                    </Grid.Item>
                  </Grid.Root>
                </Section>
                {Object.keys(errors).length > 0 && (
                  <Typography textColor="danger600" role="alert">{t('service.intake.fixFields')}</Typography>
                )}
                <Flex justifyContent="flex-end">
                  <Button type="submit" loading={action.busy} size="L">
                    {t('service.intake.submit')}
                  </Button>
                </Flex>
              </Flex>
            </form>
          </Grid.Item>
          <Grid.Item col={5} s={12} xs={12} direction="column" alignItems="stretch">
            <LookupPanel answer={lookup.data} loading={lookup.loading} error={lookup.error} searched={query !== null} onPick={pick} />
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
