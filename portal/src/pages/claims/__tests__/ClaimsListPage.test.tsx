import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay } from 'msw';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { list, summary } from '../../../test/fixtures';

describe('claims list', () => {
  it('shows a loading state, then the claims with bilingual status and yuan amounts', async () => {
    server.use(
      http.get('*/api/claim-review/claims', async () => {
        await delay(50);
        return HttpResponse.json(list([summary(1, { errors: 1 }), summary(2, { status: 'awaiting_parts' })]));
      }),
    );
    renderApp('/claims');
    expect(await screen.findByText('正在加载…')).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'C-2024-0001' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('审核中')).toBeInTheDocument();
    expect(within(row).getByText('¥324.50')).toBeInTheDocument();
    expect(within(row).getByText('1 个错误')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText('待返回旧件')).toBeInTheDocument();
  });

  it('has an empty state that leads to a new claim', async () => {
    server.use(http.get('*/api/claim-review/claims', () => HttpResponse.json(list([]))));
    renderApp('/claims');
    expect(await screen.findByText('还没有三包索赔单')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '新建索赔' }).length).toBeGreaterThan(0);
  });

  it('has an error state with a retry', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get('*/api/claim-review/claims', () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json({}, { status: 500 }) : HttpResponse.json(list([summary(3)]));
      }),
    );
    renderApp('/claims');
    expect(await screen.findByText('服务器暂时无法处理，请稍后重试')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('link', { name: 'C-2024-0003' })).toBeInTheDocument();
  });

  it('sends the status filter, the search and the page to the server', async () => {
    const user = userEvent.setup();
    const seen: URLSearchParams[] = [];
    server.use(
      http.get('*/api/claim-review/claims', ({ request }) => {
        const q = new URL(request.url).searchParams;
        seen.push(q);
        const page = Number(q.get('page'));
        return HttpResponse.json(list([summary(page)], page, 20, 45));
      }),
    );
    renderApp('/claims');
    await screen.findByRole('link', { name: 'C-2024-0001' });
    await user.selectOptions(screen.getByLabelText('状态'), 'info_requested');
    await waitFor(() => expect(seen.at(-1)?.get('status')).toBe('info_requested'));
    await user.type(screen.getByLabelText('搜索'), 'ET2024');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(seen.at(-1)?.get('q')).toBe('ET2024'));
    expect(await screen.findByText('第 1 / 3 页，共 45 条')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByRole('link', { name: 'C-2024-0002' })).toBeInTheDocument();
    expect(seen.at(-1)?.get('page')).toBe('2');
    expect(seen.at(-1)?.get('status')).toBe('info_requested');
  });

  it('tells a filter that matches nothing from an empty list', async () => {
    server.use(http.get('*/api/claim-review/claims', () => HttpResponse.json(list([]))));
    renderApp('/claims?status=settled');
    expect(await screen.findByText('没有符合条件的索赔单')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '清除筛选' })).toBeInTheDocument();
  });
});
