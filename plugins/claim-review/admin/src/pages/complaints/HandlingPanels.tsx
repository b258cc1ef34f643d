import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Radio, Typography } from '@strapi/design-system';
import { SATISFACTION_LABELS } from '../../../../shared';
import { useComplaintApi } from '../../api/complaint-client';
import type { ComplaintView } from '../../api/complaint-types';
import { problemOf } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { TextAreaField } from '../../components/service/FormFields';
import { useFieldText } from '../../components/service/useFieldText';
import { YesNo } from '../../components/service/YesNo';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../utils/translate';

type Done = (answer: ComplaintView) => void;

/** Runs a write; a field-level 400 lands beside its fields, anything else above the form. */
function useWrite(setErrors: (e: Record<string, string>) => void) {
  const action = useAction();
  const fieldText = useFieldText();
  const run = (work: () => Promise<void>) =>
    action.run(async () => {
      try {
        await work();
      } catch (error) {
        const { fields } = problemOf(error);
        if (Object.keys(fields).length) setErrors(fieldText(fields));
        throw error;
      }
    });
  return { ...action, run };
}

/** 书面通知: tick each responsible department; each gets an in-app notice and an e-mail. */
export const NoticePanel = ({ complaint, onDone }: { complaint: ComplaintView; onDone: Done }) => {
  const { t, pick } = useT();
  const api = useComplaintApi();
  const [chosen, setChosen] = React.useState<string[]>([]);
  const [note, setNote] = React.useState('');
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const write = useWrite(setErrors);
  const toggle = (code: string, on: boolean) => setChosen((c) => (on ? [...c, code] : c.filter((x) => x !== code)));
  const send = () =>
    write.run(async () => {
      if (chosen.length === 0) {
        setErrors({ departments: t('complaint.notify.pick') });
        return;
      }
      onDone(await api.notify(complaint.number, { departments: chosen, note: note.trim() || null }));
      setChosen([]);
      setNote('');
      setErrors({});
    });
  return (
    <Section title={t('complaint.notify.title')} id="complaint-notify">
      <Flex direction="column" alignItems="stretch" gap={3}>
        {write.problem && <ProblemAlert problem={{ ...write.problem, fields: {} }} onClose={() => write.setProblem(null)} />}
        <Field.Root id="c-departments" error={errors.departments}>
          <Field.Label>{t('complaint.notify.departments')}</Field.Label>
          <Flex gap={4} wrap="wrap" role="group" aria-label={t('complaint.notify.departments')}>
            {complaint.departments.map((d) => (
              <Checkbox key={d.code} checked={chosen.includes(d.code)} onCheckedChange={(c: boolean | 'indeterminate') => toggle(d.code, c === true)}>
                {pick({ zh: d.zh, en: d.en })}
              </Checkbox>
            ))}
          </Flex>
          <Field.Error />
        </Field.Root>
        <TextAreaField id="c-notice-note" label={t('complaint.notify.note')} value={note} onChange={setNote} error={errors.note} />
        <Flex justifyContent="flex-end">
          <Button onClick={send} loading={write.busy}>{t('complaint.notify.submit')}</Button>
        </Flex>
      </Flex>
    </Section>
  );
};

/** 处理结果: the documents first (uploaded to the complaint), then the resolution naming them. */
export const ResolvePanel = ({ complaint, onDone }: { complaint: ComplaintView; onDone: Done }) => {
  const { t } = useT();
  const api = useComplaintApi();
  const [text, setText] = React.useState('');
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const write = useWrite(setErrors);
  const upload = (files: FileList | null) =>
    write.run(async () => {
      if (!files || files.length === 0) return;
      onDone(await api.upload(complaint.number, Array.from(files)));
    });
  const resolve = () =>
    write.run(async () => {
      onDone(await api.resolve(complaint.number, { at: new Date().toISOString(), resolution: text, documents: complaint.documents.map((d) => d.id) }));
    });
  return (
    <Section title={t('complaint.resolve.title')} id="complaint-resolve">
      <Flex direction="column" alignItems="stretch" gap={3}>
        {write.problem && <ProblemAlert problem={{ ...write.problem, fields: {} }} onClose={() => write.setProblem(null)} />}
        <Field.Root id="c-documents" error={errors.files} hint={t('complaint.resolve.filesHint')}>
          <Field.Label>{t('complaint.resolve.files')}</Field.Label>
          <input type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" onChange={(e) => upload(e.target.files)} aria-label={t('complaint.resolve.files')} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <TextAreaField id="c-resolution" label={t('complaint.resolve.text')} value={text} onChange={setText} error={errors.resolution} required />
        <Flex justifyContent="flex-end">
          <Button onClick={resolve} loading={write.busy}>{t('complaint.resolve.submit')}</Button>
        </Flex>
      </Flex>
    </Section>
  );
};

const SCORES = [5, 4, 3, 2, 1] as const;

/** 回访确认 (seed 000 十、2): the customer called again; satisfied closes and archives it, not satisfied reopens it. */
export const ConfirmPanel = ({ complaint, onDone }: { complaint: ComplaintView; onDone: Done }) => {
  const { t, pick } = useT();
  const api = useComplaintApi();
  const [reached, setReached] = React.useState<boolean | null>(null);
  const [satisfaction, setSatisfaction] = React.useState<number | null>(null);
  const [note, setNote] = React.useState('');
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const write = useWrite(setErrors);
  const send = () =>
    write.run(async () => {
      if (reached === null) {
        setErrors({ reached: t('complaint.confirm.answer') });
        return;
      }
      onDone(await api.confirm(complaint.number, { at: new Date().toISOString(), reached, satisfaction: reached ? satisfaction : null, note: note.trim() || null }));
    });
  return (
    <Section title={t('complaint.confirm.title')} id="complaint-confirm">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Box background="neutral100" padding={3} hasRadius>
          <Typography variant="pi">{t('complaint.confirm.script', { name: complaint.complainant.name })}</Typography>
          <Typography variant="pi" tag="div" textColor="neutral600">{complaint.complainant.phone}</Typography>
        </Box>
        {write.problem && <ProblemAlert problem={{ ...write.problem, fields: {} }} onClose={() => write.setProblem(null)} />}
        <YesNo id="c-reached" label={t('complaint.confirm.reached')} value={reached} onChange={setReached} error={errors.reached} />
        {reached && (
          <Field.Root id="c-satisfaction" error={errors.satisfaction}>
            <Field.Label>{t('complaint.confirm.satisfaction')}</Field.Label>
            <Radio.Group aria-label={t('complaint.confirm.satisfaction')} value={satisfaction === null ? '' : String(satisfaction)} onValueChange={(v: string) => setSatisfaction(Number(v))}>
              {SCORES.map((s) => (
                <Radio.Item key={s} value={String(s)}>{s} · {pick(SATISFACTION_LABELS[s])}</Radio.Item>
              ))}
            </Radio.Group>
            <Field.Error />
          </Field.Root>
        )}
        <TextAreaField id="c-confirm-note" label={t('complaint.confirm.note')} value={note} onChange={setNote} error={errors.note} />
        <Flex justifyContent="flex-end">
          <Button onClick={send} loading={write.busy}>{t('complaint.confirm.submit')}</Button>
        </Flex>
      </Flex>
    </Section>
  );
};
