import { screen, waitFor, within } from '@testing-library/react';
import { ComplaintPage } from '../ComplaintPage';
import { ComplaintsPage } from '../ComplaintsPage';
import { renderPage } from '../../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../../tests/server';
import { timer } from '../../../../tests/service-fixtures';
import type { ComplaintSummary, ComplaintView } from '../../../api/complaint-types';

const NUMBER = 'TS-202612-00001';
const DEPARTMENTS = [
  { code: 'technical', zh: '技术部', en: 'Technical department' },
  { code: 'quality', zh: '质量部', en: 'Quality department' },
];

function summary(overrides: Partial<ComplaintSummary> = {}): ComplaintSummary {
  return {
    number: NUMBER,
    status: 'received',
    version: 1,
    channel: 'phone',
    severity: 'major',
    subject: { kind: 'dealer', code: 'D-HF01' },
    dealer: { code: 'D-HF01', name: '合肥农机服务站' },
    links: { serviceRequest: 'SR-202612-00007', claim: null, unit: 'LSBTRI0001' },
    complainant: { name: '李女士', phone: '13800138000' },
    description: '技术员迟到且态度恶劣',
    receivedAt: '2026-12-03T01:00:00.000Z',
    owner: { id: 1, name: '张内勤' },
    mine: true,
    timer: timer('complaint_major' as never, 600),
    readOnly: false,
    ...overrides,
  };
}

function complaint(overrides: Partial<ComplaintView> = {}): ComplaintView {
  return {
    ...summary(),
    model: 'TRI-01',
    fromFollowUp: false,
    allowedEvents: ['notify_departments'],
    resolution: null,
    closedAt: null,
    documents: [],
    notices: [],
    departments: DEPARTMENTS,
    timeline: [{ at: '2026-12-03T01:00:00.000Z', event: 'received', from: null, to: 'received', actor: { kind: 'coordinator', name: '张内勤' }, note: null }],
    ...overrides,
  } as ComplaintView;
}

describe('complaint list', () => {
  it('shows each complaint with its owner and SLA, overdue first as the server orders them, and filters by overdue and by mine', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${API}/service/complaints`, ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json({
          data: [
            summary({ number: 'TS-202612-00002', severity: 'critical', timer: timer('complaint_critical' as never, -90), mine: false, owner: { id: 2, name: '王同事' } }),
            summary(),
          ],
          meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total: 2 } },
        });
      }),
    );
    const { user } = renderPage(<ComplaintsPage />, { at: '/plugins/claim-review/service/complaints', path: '/plugins/claim-review/service/complaints', role: 'coordinator' });
    const [, first, second] = await screen.findAllByRole('row');
    expect(within(first).getByText('TS-202612-00002')).toBeInTheDocument();
    expect(within(first).getByText('紧急')).toBeInTheDocument();
    expect(within(first).getByText(/已超时 1 小时 30 分/)).toBeInTheDocument();
    expect(within(second).getByText('由您负责')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '只看已超时' }));
    await waitFor(() => expect(asked[asked.length - 1]).toContain('overdue=true'));
    await user.click(screen.getByRole('checkbox', { name: '只看我受理的' }));
    await waitFor(() => expect(asked[asked.length - 1]).toContain('mine=true'));
    await user.click(screen.getByRole('button', { name: '已结案' }));
    await waitFor(() => expect(asked[asked.length - 1]).toContain('status=closed'));
  });
});

describe('complaint detail', () => {
  const PATH = '/plugins/claim-review/service/complaints/:number';
  const AT = `/plugins/claim-review/service/complaints/${NUMBER}`;
  let current: ComplaintView;
  let posts: Array<{ path: string; body: any }>;

  beforeEach(() => {
    current = complaint();
    posts = [];
    server.use(
      http.get(`${API}/service/complaints/${NUMBER}`, () => HttpResponse.json(current)),
      http.post(`${API}/service/complaints/${NUMBER}/:step`, async ({ request, params }) => {
        posts.push({ path: String(params.step), body: await request.json() });
        return HttpResponse.json(current);
      }),
    );
  });

  it('lets the owner notify the departments it ticks, and shows each notice with its e-mail outcome', async () => {
    const { user } = renderPage(<ComplaintPage />, { at: AT, path: PATH, role: 'coordinator' });
    const panel = await screen.findByRole('region', { name: '书面通知相关部门' });
    await user.click(within(panel).getByRole('button', { name: '发送通知' }));
    expect(await within(panel).findByText('请至少选择一个部门')).toBeInTheDocument();
    expect(posts).toEqual([]);

    current = complaint({
      status: 'in_progress',
      allowedEvents: ['notify_departments', 'resolve'],
      notices: [{ id: 7, complaint: NUMBER, department: DEPARTMENTS[0], note: '请三日内回复', sentAt: '2026-12-03T02:00:00.000Z', sentBy: { name: '张内勤' }, email: { to: ['tech@sanbao.test'], status: 'sent' }, read: null }],
    });
    await user.click(within(panel).getByRole('checkbox', { name: '技术部' }));
    await user.type(within(panel).getByRole('textbox', { name: '通知说明' }), '请三日内回复');
    await user.click(within(panel).getByRole('button', { name: '发送通知' }));
    await waitFor(() => expect(posts).toEqual([{ path: 'notices', body: { departments: ['technical'], note: '请三日内回复' } }]));
    const notices = await screen.findByRole('region', { name: '已书面通知部门（1）' });
    expect(within(notices).getByText('邮件已发送')).toBeInTheDocument();
    expect(within(notices).getByText('未读')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '处理结果' })).toBeInTheDocument();
  });

  it('records the confirmation call with the customer\'s satisfaction', async () => {
    current = complaint({ status: 'resolved', allowedEvents: ['confirm_satisfied', 'confirm_unsatisfied'], resolution: { text: '已更换技术员', at: '2026-12-03T03:00:00.000Z', documents: [] } });
    const { user } = renderPage(<ComplaintPage />, { at: AT, path: PATH, role: 'coordinator' });
    const panel = await screen.findByRole('region', { name: '回访确认' });
    await user.click(within(panel).getByRole('radio', { name: '是' }));
    await user.click(within(panel).getByRole('radio', { name: '2 · 不满意' }));
    await user.click(within(panel).getByRole('button', { name: '记录回访' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ path: 'confirmation', body: { reached: true, satisfaction: 2 } });
  });

  it('shows a closed complaint read-only, and a colleague\'s without any action', async () => {
    current = complaint({ status: 'closed', readOnly: true, allowedEvents: [], closedAt: '2026-12-04T03:00:00.000Z' });
    const { unmount } = renderPage(<ComplaintPage />, { at: AT, path: PATH, role: 'coordinator' });
    expect(await screen.findByText('已结案归档')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '发送通知' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录回访' })).not.toBeInTheDocument();
    unmount();

    current = complaint({ mine: false, allowedEvents: [], owner: { id: 2, name: '王同事' } });
    renderPage(<ComplaintPage />, { at: AT, path: PATH, role: 'coordinator', locale: 'en' });
    expect(await screen.findByText('Not yours to handle')).toBeInTheDocument();
    expect(screen.getByText('王同事 received this complaint and handles it until it is closed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send notices' })).not.toBeInTheDocument();
  });

  it('shows the server\'s refusal when someone else closed it meanwhile', async () => {
    current = complaint({ status: 'resolved', allowedEvents: ['confirm_satisfied', 'confirm_unsatisfied'] });
    server.use(
      http.post(`${API}/service/complaints/${NUMBER}/confirmation`, () =>
        errorBody(409, 'CONFLICT', '投诉单已结案归档，不能修改', 'The complaint is closed and archived; it cannot be changed', { reason: 'COMPLAINT_CLOSED' }),
      ),
    );
    const { user } = renderPage(<ComplaintPage />, { at: AT, path: PATH, role: 'coordinator' });
    const panel = await screen.findByRole('region', { name: '回访确认' });
    await user.click(within(panel).getByRole('radio', { name: '否' }));
    await user.click(within(panel).getByRole('button', { name: '记录回访' }));
    expect(await within(panel).findByText('投诉单已结案归档，不能修改')).toBeInTheDocument();
  });
});
