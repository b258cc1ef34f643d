import { screen, waitFor, within } from '@testing-library/react';
import { lightTheme } from '@strapi/design-system';
import { BoardPage } from '../BoardPage';
import { renderPage } from '../../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../../tests/server';
import { DEALERS } from '../../../../tests/fixtures';
import { requestList } from '../../../../tests/service-fixtures';

const AT = '/plugins/claim-review/service/board';
const seen: URL[] = [];

beforeEach(() => {
  seen.length = 0;
  server.use(
    http.get(`${API}/service/requests`, ({ request }) => {
      seen.push(new URL(request.url));
      return HttpResponse.json(requestList());
    }),
    http.get(`${API}/dealers`, () => HttpResponse.json({ data: DEALERS, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 2 } } })),
  );
});

describe('dispatch board', () => {
  it('lists the open requests with their work order, dealer and SLA timers as remaining or overdue', async () => {
    renderPage(<BoardPage />, { at: AT, path: AT });
    expect(await screen.findByText('SR-202611-00001')).toBeInTheDocument();
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first).getByText('王建国')).toBeInTheDocument();
    expect(within(first).getByText('SD-WF · 潍坊金穗农机')).toBeInTheDocument();
    expect(within(first).getByText('待接单')).toBeInTheDocument();
    expect(within(first).getByText('接单安排 · 已超时 45 分钟')).toBeInTheDocument();
    expect(within(first).getByText(/上门 · 剩余 1 小时 (19|20) 分/)).toBeInTheDocument();
    expect(within(first).getByText('督办')).toBeInTheDocument();
    expect(within(second).getByText('无产品编号')).toBeInTheDocument();
    expect(within(second).getByText('已登记')).toBeInTheDocument();
    expect(within(second).queryByText('督办')).not.toBeInTheDocument();
    expect(screen.getByText('共 23 张服务单')).toBeInTheDocument();
    expect(seen[0].searchParams.get('status')).toBeNull();
  });

  it('shows an overdue timer in the danger colour', async () => {
    renderPage(<BoardPage />, { at: AT, path: AT });
    const overdue = await screen.findByText('接单安排 · 已超时 45 分钟');
    expect(overdue.closest('[class]')).toHaveStyle({ color: lightTheme.colors.danger700 });
    const running = screen.getByText(/上门 · 剩余/);
    expect(running.closest('[class]')).not.toHaveStyle({ color: lightTheme.colors.danger700 });
  });

  it('asks the server again for each filter: status, check list, breached, text and page', async () => {
    const { user } = renderPage(<BoardPage />, { at: AT, path: AT });
    await screen.findByText('SR-202611-00001');

    await user.click(screen.getByRole('button', { name: '重新处理' }));
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('status')).toBe('reopened'));

    await user.click(screen.getByRole('checkbox', { name: /督办清单/ }));
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('check')).toBe('true'));

    await user.click(screen.getByRole('checkbox', { name: '只看超时' }));
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('breached')).toBe('true'));

    await user.type(screen.getByPlaceholderText('搜索单号、客户、电话或产品编号'), '138 1234');
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('q')).toBe('138 1234'));

    await user.click(screen.getByRole('button', { name: '第 2 页' }));
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('page')).toBe('2'));
    expect(seen.at(-1)!.searchParams.get('status')).toBe('reopened');
    expect(seen.at(-1)!.searchParams.get('check')).toBe('true');
  });

  it('filters by the current work order’s dealer', async () => {
    const { user } = renderPage(<BoardPage />, { at: AT, path: AT });
    await screen.findByText('SR-202611-00001');
    await user.click(screen.getByRole('combobox', { name: '服务站' }));
    await user.click(await screen.findByRole('option', { name: /HN-ZK/ }));
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('dealer')).toBe('HN-ZK'));
  });

  it('speaks English and shows the server’s message when the board fails', async () => {
    const { user } = renderPage(<BoardPage />, { at: AT, path: AT, locale: 'en' });
    expect(await screen.findByText('Arrange · overdue 45 min')).toBeInTheDocument();
    expect(screen.getByText('Awaiting acceptance')).toBeInTheDocument();

    server.use(http.get(`${API}/service/requests`, () => errorBody(403, 'FORBIDDEN', '无权执行此操作', 'You may not do this')));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('You may not do this')).toBeInTheDocument();
  });
});
