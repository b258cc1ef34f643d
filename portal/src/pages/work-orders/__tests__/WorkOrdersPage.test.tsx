import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { listOf, timer, workOrder } from '../../../test/workOrders';
import i18n from '../../../i18n';

const LIST = '*/api/claim-review/work-orders';

const OVERDUE = workOrder({
  number: 'WO-202406-00002',
  status: 'scheduled',
  customer: { name: '李四', phone: '13900001111', address: { region: '河南省洛阳市', line: '涧西区' } },
  request: { number: 'SR-202406-00002', channel: 'phone', symptom: '刹车异响', receivedAt: '2024-06-03T00:00:00.000Z' },
  timers: [
    timer({ stoppedAt: '2024-06-03T01:30:00.000Z', state: 'met', remainingMs: 0 }),
    timer({ name: 'on_site', calendar: 'round_the_clock', state: 'breached', remainingMs: 0, overdueMs: 35 * 60_000 }),
  ],
});
const CLOSED = workOrder({
  number: 'WO-202405-00009',
  status: 'completed',
  customer: { name: '王五', phone: '139****2222', address: { region: '河南省开封市', line: null } },
  timers: [],
});

describe('work-order inbox', () => {
  beforeAll(async () => {
    await import('../WorkOrdersPage');
  });

  it('shows each open order with customer, region, symptom, status and the clock that matters now', async () => {
    const queries: string[] = [];
    server.use(
      http.get(LIST, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        if (url.searchParams.get('pageSize') === '1') return HttpResponse.json(listOf([], 2));
        return HttpResponse.json(listOf([workOrder(), OVERDUE]));
      }),
    );
    renderApp('/work-orders');
    const first = (await screen.findByRole('link', { name: 'WO-202406-00001' })).closest('article') as HTMLElement;
    expect(within(first).getByText('张三')).toBeInTheDocument();
    expect(within(first).getByText(/河南省郑州市/)).toBeInTheDocument();
    expect(within(first).getByText('车辆无法启动，仪表无显示')).toBeInTheDocument();
    expect(within(first).getByText('待接单')).toBeInTheDocument();
    expect(within(first).getByText('接单安排（2小时）')).toBeInTheDocument();
    expect(within(first).getByText('剩余 1小时20分')).toBeInTheDocument();
    // 03:00Z is 11:00 in the company's zone.
    expect(within(first).getByText('截止 2024-06-03 11:00')).toBeInTheDocument();

    const second = screen.getByRole('link', { name: 'WO-202406-00002' }).closest('article') as HTMLElement;
    expect(within(second).getByText('已预约')).toBeInTheDocument();
    expect(within(second).getByText('上门')).toBeInTheDocument();
    expect(within(second).getByText('已超时 35分钟')).toBeInTheDocument();

    // The navigation counts the open orders.
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByLabelText('2 张进行中的工单')).toHaveTextContent('2');
    expect(queries.some((q) => q.includes('open=true') && q.includes('pageSize=20'))).toBe(true);
  });

  it('switches to the closed orders, which carry no clock', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(LIST, ({ request }) => {
        const open = new URL(request.url).searchParams.get('open');
        return HttpResponse.json(open === 'false' ? listOf([CLOSED]) : listOf([workOrder()]));
      }),
    );
    const { router } = renderApp('/work-orders');
    expect(await screen.findByRole('link', { name: 'WO-202406-00001' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '已结束' }));
    const card = (await screen.findByRole('link', { name: 'WO-202405-00009' })).closest('article') as HTMLElement;
    expect(screen.queryByRole('link', { name: 'WO-202406-00001' })).not.toBeInTheDocument();
    expect(within(card).getByText('已完成')).toBeInTheDocument();
    expect(within(card).queryByText(/剩余|已超时/)).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?open=false');
    expect(screen.getByRole('button', { name: '已结束' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('speaks English with the same figures', async () => {
    server.use(http.get(LIST, () => HttpResponse.json(listOf([workOrder(), OVERDUE]))));
    await i18n.changeLanguage('en');
    renderApp('/work-orders');
    expect(await screen.findByText('1 h 20 min left')).toBeInTheDocument();
    expect(screen.getByText('35 min overdue')).toBeInTheDocument();
    expect(screen.getByText('Awaiting answer')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Work orders' })).toBeInTheDocument();
  });

  it('says so when there is nothing open', async () => {
    server.use(http.get(LIST, () => HttpResponse.json(listOf([]))));
    renderApp('/work-orders');
    expect(await screen.findByText('没有进行中的工单')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: '工单' })).toBeInTheDocument());
  });
});
