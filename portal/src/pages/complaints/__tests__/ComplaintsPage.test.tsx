import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { apiError, listOf } from '../../../test/workOrders';
import i18n from '../../../i18n';

const LIST = '*/api/claim-review/complaints';

const complaint = (overrides: Record<string, unknown> = {}) => ({
  number: 'TS-202612-00001',
  status: 'in_progress',
  channel: 'phone',
  severity: 'critical',
  subject: { kind: 'dealer' },
  complainant: { name: '李女士', phone: '138****8000' },
  description: '技术员迟到且态度恶劣',
  receivedAt: '2026-12-03T01:00:00.000Z',
  resolvedAt: null,
  closedAt: null,
  ...overrides,
});

describe('complaints about us', () => {
  beforeAll(async () => {
    await import('../ComplaintsPage');
  });
  afterEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('lists each complaint with its status, severity, what it is about and the masked phone, read-only', async () => {
    server.use(http.get(LIST, () => HttpResponse.json(listOf([complaint(), complaint({ number: 'TS-202611-00007', status: 'closed', severity: 'minor', subject: { kind: 'staff' }, channel: 'follow_up' })]))));
    renderApp('/complaints');
    const first = (await screen.findByRole('heading', { name: 'TS-202612-00001' })).closest('article') as HTMLElement;
    expect(within(first).getByText('处理中')).toBeInTheDocument();
    expect(within(first).getByText('紧急')).toBeInTheDocument();
    expect(within(first).getByText(/投诉经销商 · 来电/)).toBeInTheDocument();
    expect(within(first).getByText(/138\*\*\*\*8000/)).toBeInTheDocument();
    // 01:00Z is 09:00 in the company's zone.
    expect(within(first).getByText(/2026-12-03 09:00/)).toBeInTheDocument();
    const second = screen.getByRole('heading', { name: 'TS-202611-00007' }).closest('article') as HTMLElement;
    expect(within(second).getByText('已结案')).toBeInTheDocument();
    expect(within(second).getByText(/投诉服务人员 · 回访中提出/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /处理|结案|回复/ })).not.toBeInTheDocument();
  });

  it('says so when there are none, in English too', async () => {
    server.use(http.get(LIST, () => HttpResponse.json(listOf([]))));
    await i18n.changeLanguage('en');
    renderApp('/complaints');
    expect(await screen.findByText('No complaints about your dealership.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Complaints about us' })).toBeInTheDocument();
  });

  it('shows the server\'s refusal and offers to try again', async () => {
    let calls = 0;
    server.use(
      http.get(LIST, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json(apiError(403, 'FORBIDDEN', '无权访问', 'Forbidden'), { status: 403 }) : HttpResponse.json(listOf([complaint()]));
      }),
    );
    renderApp('/complaints');
    const retry = await screen.findByRole('button', { name: /重试/ });
    await userEvent.click(retry);
    expect(await screen.findByRole('heading', { name: 'TS-202612-00001' })).toBeInTheDocument();
  });
});
