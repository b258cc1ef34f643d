import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http, server } from '../../test/server';
import { renderApp } from '../../test/render';
import { list } from '../../test/fixtures';

describe('app shell and language', () => {
  beforeEach(() => {
    server.use(http.get('*/api/claim-review/claims', () => HttpResponse.json(list([]))));
  });

  it('opens in Chinese with the dealer name and code in the header', async () => {
    renderApp('/claims');
    expect(await screen.findByText('河南郑州农机经销部')).toBeInTheDocument();
    expect(screen.getByText(/D-HN-001/)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English in one click and remembers it', async () => {
    const user = userEvent.setup();
    renderApp('/claims');
    await screen.findByText('河南郑州农机经销部');
    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('link', { name: 'Claims' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(window.localStorage.getItem('sanbao.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: /中文/ }));
    expect(await screen.findByRole('link', { name: '三包索赔' })).toBeInTheDocument();
    expect(window.localStorage.getItem('sanbao.lang')).toBe('zh-CN');
  });

  it('names the browser tab after the page\'s heading, and follows the dealer from page to page', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/claim-review/shipments', () => HttpResponse.json(list([]))));
    document.title = '';
    renderApp('/claims');
    await waitFor(() => expect(document.title).toBe('三包索赔 · 三包服务 · 经销商门户'));
    await user.click(await screen.findByRole('link', { name: '旧件返回' }));
    await waitFor(() => expect(document.title).toBe('旧件返回 · 三包服务 · 经销商门户'));
  });

  it('sends a visitor without a session to sign-in', async () => {
    renderApp('/claims', { signedIn: false });
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
  });

  it('signs out to the sign-in page, and ends the session on the server', async () => {
    const user = userEvent.setup();
    let auth: string | null = null;
    server.use(http.post('*/api/claim-review/logout', ({ request }) => {
      auth = request.headers.get('Authorization');
      return new HttpResponse(null, { status: 204 });
    }));
    renderApp('/claims');
    await user.click(await screen.findByRole('button', { name: '退出' }));
    expect(await screen.findByLabelText('密码')).toBeInTheDocument();
    await waitFor(() => expect(window.localStorage.getItem('sanbao.jwt')).toBeNull());
    await waitFor(() => expect(auth).toBe('Bearer test-jwt'));
  });
});
