import { screen, waitFor, within } from '@testing-library/react';
import { FollowUpsPage } from '../FollowUpsPage';
import { renderPage } from '../../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../../tests/server';
import { completedRequest, requestList, summary, timer } from '../../../../tests/service-fixtures';

const AT = '/plugins/claim-review/service/follow-ups';
let posted: any[];
let answer: () => Response;

const due = [
  summary({ number: 'SR-202611-00003', status: 'guidance', workOrder: null, timers: [timer('guidance_follow_up', -20)], check: false }),
  summary({ number: 'SR-202611-00004', status: 'completed', caller: { name: '李秀英', phone: '0536-8881234' }, timers: [timer('follow_up', 600), timer('arrange', -5)], check: false, breached: false }),
];

beforeEach(() => {
  posted = [];
  answer = () => HttpResponse.json({ ...completedRequest(), number: 'SR-202611-00004', status: 'closed' });
  server.use(
    http.get(`${API}/service/follow-ups`, () => HttpResponse.json(requestList(due))),
    http.post(`${API}/service/requests/:number/follow-ups`, async ({ request, params }) => {
      posted.push({ number: params.number, body: await request.json() });
      return answer();
    }),
  );
});

const open = async (user: ReturnType<typeof renderPage>['user'], number: string) => {
  await user.click(await screen.findByRole('button', { name: `回访 ${number}` }));
  return screen.findByRole('region', { name: `回访：${number}` });
};

describe('follow-up worklist', () => {
  it('lists the calls due, each with its follow-up timer only', async () => {
    renderPage(<FollowUpsPage />, { at: AT, path: AT });
    const [, first, second] = await screen.findAllByRole('row');
    expect(within(first).getByText('SR-202611-00003')).toBeInTheDocument();
    expect(within(first).getByText('电话指导回访 · 已超时 20 分钟')).toBeInTheDocument();
    expect(within(second).getByText('回访 · 剩余 10 小时 0 分')).toBeInTheDocument();
    expect(within(second).queryByText(/接单安排/)).not.toBeInTheDocument();
  });

  it('records a satisfied call and shows that the request is closed', async () => {
    const { user } = renderPage(<FollowUpsPage />, { at: AT, path: AT });
    const script = await open(user, 'SR-202611-00004');
    await user.click(within(script).getByRole('radio', { name: '是' }));
    await user.click(within(within(script).getByRole('radiogroup', { name: '问题是否已解决？' })).getByRole('radio', { name: '是' }));
    expect(within(script).getAllByRole('radio').map((r) => r.parentElement!.textContent)).toEqual(
      expect.arrayContaining(['5 · 非常满意', '4 · 满意', '3 · 一般', '2 · 不满意', '1 · 非常不满意']),
    );
    await user.click(within(script).getByRole('radio', { name: '4 · 满意' }));
    await user.type(within(script).getByRole('textbox', { name: '备注' }), '已修好');
    await user.click(within(script).getByRole('button', { name: '记录回访' }));

    expect(await within(script).findByText('客户满意，服务单已关闭')).toBeInTheDocument();
    expect(posted).toHaveLength(1);
    expect(posted[0].number).toBe('SR-202611-00004');
    expect(posted[0].body).toMatchObject({ reached: true, solved: true, satisfaction: 4, note: '已修好' });
    expect(Math.abs(Date.parse(posted[0].body.at) - Date.now())).toBeLessThan(60_000);
  });

  it('shows a reopened request when the customer is not satisfied', async () => {
    answer = () => HttpResponse.json({ ...completedRequest(), number: 'SR-202611-00004', status: 'reopened' });
    const { user } = renderPage(<FollowUpsPage />, { at: AT, path: AT, locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Call SR-202611-00004' }));
    const script = await screen.findByRole('region', { name: 'Follow-up call: SR-202611-00004' });
    await user.click(within(within(script).getByRole('radiogroup', { name: 'Reached the customer?' })).getByRole('radio', { name: 'Yes' }));
    await user.click(within(within(script).getByRole('radiogroup', { name: 'Is the problem solved?' })).getByRole('radio', { name: 'No' }));
    await user.click(within(script).getByRole('radio', { name: '2 · Dissatisfied' }));
    await user.click(within(script).getByRole('button', { name: 'Record the call' }));
    expect(await within(script).findByText('Not satisfied: the request is reopened')).toBeInTheDocument();
    expect(posted[0].body).toMatchObject({ reached: true, solved: false, satisfaction: 2 });
  });

  it('logs an unanswered call without asking the rest, and asks for what is missing before sending', async () => {
    answer = () => HttpResponse.json({ ...completedRequest(), number: 'SR-202611-00003', status: 'guidance' });
    const { user } = renderPage(<FollowUpsPage />, { at: AT, path: AT });
    const script = await open(user, 'SR-202611-00003');
    await user.click(within(script).getByRole('button', { name: '记录回访' }));
    expect(await within(script).findByText('必填')).toBeInTheDocument();
    expect(posted).toHaveLength(0);

    await user.click(within(script).getByRole('radio', { name: '否' }));
    expect(within(script).queryByRole('radiogroup', { name: '满意度' })).not.toBeInTheDocument();
    await user.click(within(script).getByRole('button', { name: '记录回访' }));
    expect(await within(script).findByText('未接通：已记录，回访仍待完成')).toBeInTheDocument();
    expect(posted[0].body).toMatchObject({ reached: false });
    expect(posted[0].body.satisfaction).toBeUndefined();
  });

  it('shows the server’s refusal, e.g. a follow-up before the service ended', async () => {
    answer = () => errorBody(400, 'FOLLOW_UP_BEFORE_COMPLETION', '回访时间早于售后服务结束时间', 'The follow-up is before the service ended', { fields: { at: 'before_completion' } });
    const { user } = renderPage(<FollowUpsPage />, { at: AT, path: AT });
    const script = await open(user, 'SR-202611-00004');
    await user.click(within(script).getByRole('radio', { name: '否' }));
    await user.click(within(script).getByRole('button', { name: '记录回访' }));
    expect(await within(script).findByText('回访时间早于售后服务结束时间')).toBeInTheDocument();
    await waitFor(() => expect(within(script).queryByText(/服务单已关闭/)).not.toBeInTheDocument());
  });
});
