import { screen } from '@testing-library/react';
import { WeeklyReportActions } from '../WeeklyReportActions';
import { renderPage } from '../../../../tests/render';
import { API, HttpResponse, http, server } from '../../../../tests/server';

const AT = '/plugins/claim-review/service/kpis';

describe('weekly report actions', () => {
  it('sends last week now and says to how many', async () => {
    let sent = 0;
    server.use(
      http.post(`${API}/service/reports/weekly/send`, () => {
        sent += 1;
        return HttpResponse.json({ week: '2026-W48', to: ['a@x.test', 'b@x.test'], sent: true });
      }),
    );
    const { user } = renderPage(<WeeklyReportActions />, { at: AT, path: AT });
    await user.click(screen.getByRole('button', { name: '立即发送' }));
    expect(await screen.findByText('2026-W48 周报已发送给 2 位收件人')).toBeInTheDocument();
    expect(sent).toBe(1);
  });

  it('says when nothing was sent', async () => {
    server.use(http.post(`${API}/service/reports/weekly/send`, () => HttpResponse.json({ week: '2026-W48', to: [], sent: false })));
    const { user } = renderPage(<WeeklyReportActions />, { at: AT, path: AT, locale: 'en' });
    await user.click(screen.getByRole('button', { name: 'Send now' }));
    expect(await screen.findByText('No recipients or no mail service configured: not sent')).toBeInTheDocument();
  });
});
