import { screen, waitFor, within } from '@testing-library/react';
import { RequestPage } from '../RequestPage';
import { renderPage, type Role } from '../../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../../tests/server';
import type { ServiceRequestView } from '../../../api/service-types';
import { SERVICE_DEALERS, completedRequest, serviceRequest, workOrder } from '../../../../tests/service-fixtures';

const PATH = '/plugins/claim-review/service/requests/:number';
const AT = '/plugins/claim-review/service/requests/SR-202611-00001';
let current: () => ServiceRequestView;
let posts: Array<{ path: string; body: any }>;

beforeEach(() => {
  current = () => serviceRequest();
  posts = [];
  const record = (status = 200) => async ({ request }: { request: Request }) => {
    posts.push({ path: new URL(request.url).pathname, body: await request.json() });
    return HttpResponse.json(current(), { status });
  };
  server.use(
    http.get(`${API}/service/requests/SR-202611-00001`, () => HttpResponse.json(current())),
    http.get(`${API}/service/dealers`, () => HttpResponse.json(SERVICE_DEALERS)),
    http.post(`${API}/service/requests/SR-202611-00001/triage`, record()),
    http.post(`${API}/service/work-orders/:number/reassign`, record()),
  );
});

const render = (role: Role = 'coordinator', locale: 'zh-Hans' | 'en' = 'zh-Hans') => renderPage(<RequestPage />, { at: AT, path: PATH, role, locale });

describe('request detail', () => {
  it('shows the call, the unit and coverage, each work order with contacts, appointment and receipt, breaches, the claim and the history', async () => {
    current = completedRequest;
    render();
    expect(await screen.findByRole('heading', { name: '服务单 SR-202611-00001' })).toBeInTheDocument();
    expect(screen.getByText('寒亭区民主街 18 号', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('张内勤', { selector: 'p, span' })).toBeInTheDocument();
    expect(screen.getAllByText('三包期内').length).toBeGreaterThan(0);

    const declined = screen.getByRole('article', { name: '派工单 WO-202611-00001' });
    expect(within(declined).getByText('已拒单')).toBeInTheDocument();
    expect(within(declined).getByText(/人手不足/)).toBeInTheDocument();

    const done = screen.getByRole('article', { name: '派工单 WO-202611-00002' });
    expect(within(done).getByText('联系记录（未接通 1 次）')).toBeInTheDocument();
    expect(within(done).getByText('无人接听')).toBeInTheDocument();
    expect(within(done).getByText(/王建国 同意/)).toBeInTheDocument();
    expect(within(done).getByText('上门 · 按时完成')).toBeInTheDocument();
    const receipt = within(done).getByRole('region', { name: '维修服务回执单' });
    expect(within(receipt).getByText('更换驱动电机总成')).toBeInTheDocument();
    expect(within(within(receipt).getByRole('row', { name: /DZ-CT-6024/ })).getByText('错发')).toBeInTheDocument();
    expect(within(within(receipt).getByRole('row', { name: /DZ-MT-601200/ })).getByText('正确')).toBeInTheDocument();
    expect(within(receipt).getByText('4 · 满意')).toBeInTheDocument();
    expect(within(receipt).getByText('不收费（三包期内）')).toBeInTheDocument();
    expect(within(receipt).getByRole('img', { name: '王建国 的签字' })).toHaveAttribute('src', 'http://localhost:1337/api/claim-review/evidence/9?expires=1900000000&signature=s9');

    expect(screen.getAllByRole('link', { name: 'CR-202611-00031' })[0]).toHaveAttribute('href', '/plugins/claim-review/claims/CR-202611-00031');
    expect(screen.getByText(/接单安排超时.*WO-202611-00001/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: '处理记录' })).getByText('来电登记')).toBeInTheDocument();
    expect(screen.getByText(/回访 · 剩余 2[23] 小时/)).toBeInTheDocument();
    expect(screen.queryByRole('tablist', { name: '处理方式' })).not.toBeInTheDocument();
  });

  it('dispatches to the suggested dealer, shows why it was suggested, and shows the answer', async () => {
    const { user } = render();
    expect(await screen.findByText('建议：SD-WF · 潍坊金穗农机')).toBeInTheDocument();
    expect(screen.getByText('销售该产品的经销商')).toBeInTheDocument();
    current = () => serviceRequest({ status: 'dispatched', version: 2, workOrders: [workOrder()] });
    await user.type(screen.getByRole('textbox', { name: '派工说明' }), '客户上午在家');
    await user.click(screen.getByRole('button', { name: '派工' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({ path: '/claim-review/service/requests/SR-202611-00001/triage', body: { outcome: 'dispatch', dealer: 'SD-WF', note: '客户上午在家' } });
    expect(await screen.findByRole('article', { name: '派工单 WO-202611-00001' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '派工' })).not.toBeInTheDocument();
  });

  it('records phone guidance, and a close needs its reason', async () => {
    const { user } = render();
    await user.click(await screen.findByRole('tab', { name: '非产品问题' }));
    await user.click(screen.getByRole('button', { name: '关闭服务单' }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(posts).toHaveLength(0);

    await user.click(screen.getByRole('tab', { name: '电话指导' }));
    await user.type(screen.getByRole('textbox', { name: /指导内容/ }), '指导客户复位空气开关');
    await user.click(screen.getByRole('button', { name: '记录电话指导' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0].body).toEqual({ outcome: 'guidance', note: '指导客户复位空气开关' });
  });

  it('hides dispatch, reassign and the follow-up call from a user without those actions', async () => {
    render('intakeOnly');
    await screen.findByRole('heading', { name: '服务单 SR-202611-00001' });
    const tabs = screen.getByRole('tablist', { name: '处理方式' });
    expect(within(tabs).getAllByRole('tab').map((t) => t.textContent)).toEqual(['电话指导', '非产品问题']);
    expect(screen.queryByText(/建议：/)).not.toBeInTheDocument();
  });

  it('lets a dispatcher reassign the current order with a reason, and not a user without service.dispatch', async () => {
    current = () => serviceRequest({ status: 'dispatched', workOrders: [workOrder({ status: 'declined', declinedAt: new Date().toISOString(), declineReason: '人手不足' })] });
    const { user, unmount } = render('intakeOnly');
    await screen.findByRole('article', { name: '派工单 WO-202611-00001' });
    expect(screen.queryByRole('button', { name: '改派' })).not.toBeInTheDocument();
    unmount();

    render('coordinator');
    await user.click(await screen.findByRole('button', { name: '改派' }));
    await user.click(screen.getByRole('combobox', { name: '新服务站' }));
    expect(screen.queryByRole('option', { name: /SD-WF/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: /HN-ZK/ }));
    await user.type(screen.getByRole('textbox', { name: /改派原因/ }), '原服务站拒单');
    await user.click(screen.getByRole('button', { name: '确认改派' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({ path: '/claim-review/service/work-orders/WO-202611-00001/reassign', body: { dealer: 'HN-ZK', reason: '原服务站拒单' } });
  });

  it('offers the follow-up call on a completed request only to holders of service.follow-up', async () => {
    current = completedRequest;
    const { unmount } = render('coordinator');
    expect(await screen.findByRole('region', { name: '回访：SR-202611-00001' })).toBeInTheDocument();
    unmount();
    render('intakeOnly');
    await screen.findByRole('heading', { name: '服务单 SR-202611-00001' });
    expect(screen.queryByRole('region', { name: '回访：SR-202611-00001' })).not.toBeInTheDocument();
  });

  it('shows the server’s coded refusal of a triage', async () => {
    server.use(
      http.post(`${API}/service/requests/SR-202611-00001/triage`, () =>
        errorBody(400, 'VALIDATION_FAILED', '输入有误', 'Invalid input', { fields: { dealer: 'not_found' } }),
      ),
    );
    const { user } = render('coordinator', 'en');
    await user.click(await screen.findByRole('button', { name: 'Dispatch work order' }));
    expect(await screen.findByText('Invalid input')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Service dealer' })).toHaveAccessibleDescription(/Not found/);
  });
});
