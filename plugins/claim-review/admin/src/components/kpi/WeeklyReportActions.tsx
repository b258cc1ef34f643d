import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Button, Flex, Typography } from '@strapi/design-system';
import { saveDownload } from '../../api/client';
import { useT } from '../../utils/translate';

interface SendAnswer {
  week: string;
  to: string[];
  sent: boolean;
}

/** Last week's report (日结周报): download it as PDF or CSV, or mail it to the configured list now. */
export const WeeklyReportActions = () => {
  const { t } = useT();
  const { get, post } = useFetchClient();
  const [busy, setBusy] = React.useState(false);
  const [note, setNote] = React.useState<string | null>(null);
  const download = async (ext: 'pdf' | 'csv') => {
    const res = await get<Blob>(`/claim-review/service/reports/weekly.${ext}`, { responseType: 'blob' } as never);
    saveDownload({ blob: res.data, filename: `weekly-report.${ext}` });
  };
  const send = async () => {
    setBusy(true);
    try {
      const { data } = await post<SendAnswer>('/claim-review/service/reports/weekly/send', {});
      setNote(data.sent ? t('kpi.weekly.sent', { week: data.week, count: data.to.length }) : t('kpi.weekly.notSent'));
    } catch {
      setNote(t('kpi.weekly.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex gap={2} wrap="wrap" alignItems="center">
      <Typography variant="pi" textColor="neutral600">{t('kpi.weekly.title')}</Typography>
      <Button variant="tertiary" onClick={() => download('pdf')}>PDF</Button>
      <Button variant="tertiary" onClick={() => download('csv')}>CSV</Button>
      <Button variant="secondary" loading={busy} onClick={send}>{t('kpi.weekly.send')}</Button>
      {note && <Typography variant="pi" role="status">{note}</Typography>}
    </Flex>
  );
};
