import { screen, waitFor, within } from '@testing-library/react';
import { QueuePage } from '../QueuePage';
import { renderPage } from '../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../tests/server';
import { DEALERS, queueAnswer } from '../../../tests/fixtures';

const AT = '/plugins/claim-review/claims';
const seen: URL[] = [];

beforeEach(() => {
  seen.length = 0;
  server.use(
    http.get(`${API}/claims`, ({ request }) => {
      seen.push(new URL(request.url));
      return HttpResponse.json(queueAnswer());
    }),
    http.get(`${API}/dealers`, () => HttpResponse.json({ data: DEALERS, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 2 } } })),
  );
});

describe('review queue', () => {
  it('lists the claims waiting for review with their SLA timers, counts per status and pages', async () => {
    renderPage(<QueuePage />, { at: AT, path: '/plugins/claim-review/claims' });
    expect(await screen.findByText('CR-202611-00001')).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]).getByText(/已超时 2 小时/)).toBeInTheDocument();
    expect(within(rows[2]).getByText(/剩余 4[45] 小时/)).toBeInTheDocument();
    expect(within(rows[1]).getByText('1 项提示')).toBeInTheDocument();
    expect(within(rows[2]).getByText('1 项错误')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /鉴定中\s*42/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /待旧件返回\s*5/ })).toBeInTheDocument();
    expect(screen.getByText('共 42 张索赔单 · 1 张已超时')).toBeInTheDocument();
    expect(screen.getByText('共 42 条')).toBeInTheDocument();
    expect(seen[0].searchParams.get('status')).toBe('in_review');
  });

  it('asks the server again for each filter: status, overdue, text and page', async () => {
    const { user } = renderPage(<QueuePage />, { at: AT, path: '/plugins/claim-review/claims' });
    await screen.findByText('CR-202611-00001');

    await user.click(screen.getByRole('button', { name: /待旧件返回/ }));
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('status')).toBe('awaiting_parts'));

    await user.click(screen.getByRole('checkbox', { name: /只看超时/ }));
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('overdue')).toBe('true'));

    await user.type(screen.getByPlaceholderText('搜索索赔单号或产品编号'), 'LSB 9001&x');
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('q')).toBe('LSB 9001&x'));

    await user.click(screen.getByRole('button', { name: '第 2 页' }));
    await waitFor(() => expect(seen.at(-1)!.searchParams.get('page')).toBe('2'));
    expect(seen.at(-1)!.searchParams.get('status')).toBe('awaiting_parts');
  });

  it('says so when nothing matches, and shows the server’s message when the queue fails', async () => {
    server.use(http.get(`${API}/claims`, () => HttpResponse.json({ ...queueAnswer(), data: [], meta: { ...queueAnswer().meta, pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 } } })));
    const { unmount } = renderPage(<QueuePage />, { at: AT, path: '/plugins/claim-review/claims', locale: 'en' });
    expect(await screen.findByText('No claims match these filters.')).toBeInTheDocument();
    unmount();

    server.use(http.get(`${API}/claims`, () => errorBody(403, 'FORBIDDEN', '无权执行此操作', 'You may not do this')));
    renderPage(<QueuePage />, { at: AT, path: '/plugins/claim-review/claims', locale: 'en' });
    expect(await screen.findByText('You may not do this')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('speaks English in an English admin', async () => {
    renderPage(<QueuePage />, { at: AT, path: '/plugins/claim-review/claims', locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'Review queue' })).toBeInTheDocument();
    expect(await screen.findByText(/overdue 2 h/)).toBeInTheDocument();
    expect(screen.getByText('42 claims · 1 overdue')).toBeInTheDocument();
  });
});
