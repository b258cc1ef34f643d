import { screen, waitFor, within } from '@testing-library/react';
import { QualityPage } from '../QualityPage';
import { renderPage } from '../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../tests/server';
import { failureAnswer, qualityAlert } from '../../../tests/fixtures';

const AT = '/plugins/claim-review/quality';
const ACKED_AT = '2026-11-23T02:30:00.000Z';
/** How the page shows a time: the admin locale's own format (utils/translate.ts dateTime). */
const shown = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

describe('quality alerts', () => {
  it('acknowledges an open alert with a note, sending the note and then showing who, when and why', async () => {
    let sent: unknown = null;
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(`${API}/analytics/failures`, () => HttpResponse.json(failureAnswer())),
      http.post(`${API}/analytics/alerts/7/acknowledge`, async ({ request }) => {
        sent = await request.json();
        await answered;
        return HttpResponse.json(qualityAlert({ status: 'acknowledged', acknowledged: { at: ACKED_AT, by: '王质检', note: '已通知供应商排查批次' } }));
      }),
    );
    const { user } = renderPage(<QualityPage />, { at: AT, path: AT, role: 'coordinator' });
    const item = await screen.findByRole('listitem', { name: 'DZ-CT-6024 · DZ150' });
    expect(within(item).getByText('未处理')).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: '确认预警 DZ-CT-6024 · DZ150' }));
    const dialog = await screen.findByRole('dialog', { name: '确认质量预警 DZ-CT-6024 · DZ150' });
    await user.type(within(dialog).getByRole('textbox', { name: '备注' }), '  已通知供应商排查批次 ');
    const submit = within(dialog).getByRole('button', { name: '确认' });
    await user.click(submit);

    await waitFor(() => expect(sent).toEqual({ note: '已通知供应商排查批次' }));
    // A second click while the first is on its way would only earn a 409.
    expect(submit).toBeDisabled();
    release();

    expect(await within(item).findByText(`王质检 于 ${shown(ACKED_AT, 'zh-Hans')} 确认`)).toBeInTheDocument();
    expect(within(item).getByText('备注：已通知供应商排查批次')).toBeInTheDocument();
    expect(within(item).getByText('已确认')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /确认预警/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('质量预警 DZ-CT-6024 · DZ150 已确认。')).toBeInTheDocument();
  });

  it('sends no note when none is written, and shows an acknowledged alert in English', async () => {
    let sent: unknown = null;
    server.use(
      http.get(`${API}/analytics/failures`, () => HttpResponse.json(failureAnswer())),
      http.post(`${API}/analytics/alerts/7/acknowledge`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(qualityAlert({ status: 'acknowledged', acknowledged: { at: ACKED_AT, by: 'Wang Li', note: null } }));
      }),
    );
    const { user } = renderPage(<QualityPage />, { at: AT, path: AT, role: 'coordinator', locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Acknowledge alert DZ-CT-6024 · DZ150' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Acknowledge' }));
    const item = screen.getByRole('listitem', { name: 'DZ-CT-6024 · DZ150' });
    expect(await within(item).findByText(`Acknowledged by Wang Li on ${shown(ACKED_AT, 'en')}`)).toBeInTheDocument();
    expect(sent).toEqual({});
    expect(within(item).queryByText(/^Note:/)).not.toBeInTheDocument();
  });

  it('shows the conflict and reloads the list when a colleague acknowledged the alert first', async () => {
    let loads = 0;
    server.use(
      http.get(`${API}/analytics/failures`, () => {
        loads += 1;
        return HttpResponse.json(
          loads === 1 ? failureAnswer() : failureAnswer({ alerts: [qualityAlert({ status: 'acknowledged', acknowledged: { at: ACKED_AT, by: '李工', note: '供应商已换批' } })] }),
        );
      }),
      http.post(`${API}/analytics/alerts/7/acknowledge`, () =>
        errorBody(409, 'CONFLICT', '该质量预警已被确认', 'This quality alert is already acknowledged', { reason: 'ALREADY_ACKNOWLEDGED' }),
      ),
    );
    const { user } = renderPage(<QualityPage />, { at: AT, path: AT, role: 'coordinator' });
    await user.click(await screen.findByRole('button', { name: '确认预警 DZ-CT-6024 · DZ150' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认' }));

    expect(await screen.findByText('该质量预警已被确认')).toBeInTheDocument();
    const item = screen.getByRole('listitem', { name: 'DZ-CT-6024 · DZ150' });
    expect(await within(item).findByText(`李工 于 ${shown(ACKED_AT, 'zh-Hans')} 确认`)).toBeInTheDocument();
    expect(within(item).getByText('备注：供应商已换批')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /确认预警/ })).not.toBeInTheDocument();
    expect(loads).toBe(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the form open and marks the note when the server finds it too long', async () => {
    server.use(
      http.get(`${API}/analytics/failures`, () => HttpResponse.json(failureAnswer())),
      http.post(`${API}/analytics/alerts/7/acknowledge`, () =>
        errorBody(400, 'VALIDATION_FAILED', '请求数据不合法', 'The request is not valid', { fields: { note: 'too_long' } }),
      ),
    );
    const { user } = renderPage(<QualityPage />, { at: AT, path: AT, role: 'coordinator' });
    await user.click(await screen.findByRole('button', { name: '确认预警 DZ-CT-6024 · DZ150' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: '备注' }), '很长的说明');
    await user.click(within(dialog).getByRole('button', { name: '确认' }));
    expect(await within(dialog).findByText('备注过长，最多 2000 字。')).toBeInTheDocument();
    expect(within(dialog).getByText('请求数据不合法')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '确认' })).toBeEnabled();
  });
});
