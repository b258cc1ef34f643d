import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { list } from '../../../test/fixtures';

async function signIn(user: ReturnType<typeof userEvent.setup>, password = 'secret') {
  await user.type(await screen.findByLabelText('用户名或邮箱'), 'wang.gong');
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('sign-in', () => {
  it('signs in with the users-permissions account and returns to the page asked for', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.post('*/api/auth/local', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ jwt: 'jwt-1', user: { id: 1, username: 'wang.gong', email: 'w@x' } });
      }),
      http.get('*/api/claim-review/settlements', () => HttpResponse.json(list([]))),
    );
    renderApp('/settlements', { signedIn: false });
    await signIn(user);
    expect(await screen.findByText('还没有核销通知')).toBeInTheDocument();
    expect(screen.getByText('河南郑州农机经销部')).toBeInTheDocument();
    expect(body).toEqual({ identifier: 'wang.gong', password: 'secret' });
    expect(window.localStorage.getItem('sanbao.jwt')).toBe('jwt-1');
  });

  it('says when the password is wrong (Strapi 400) or the login is rate-limited (429)', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.post('*/api/auth/local', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid identifier or password', details: {} } }, { status: 400 })
          : HttpResponse.json({ data: null, error: { status: 429, name: 'RateLimitError', message: 'Too many requests', details: {} } }, { status: 429 });
      }),
    );
    renderApp('/signin', { signedIn: false });
    await signIn(user, 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码不正确');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('登录尝试过于频繁，请稍后再试')).toBeInTheDocument();
  });

  it('refuses an account that is not a dealer, and asks for both fields', async () => {
    const user = userEvent.setup();
    server.use(
      http.post('*/api/auth/local', () => HttpResponse.json({ jwt: 'jwt-2', user: { id: 2, username: 'x', email: 'x@x' } })),
      http.get('*/api/claim-review/me', () =>
        HttpResponse.json({ error: { status: 403, code: 'FORBIDDEN', message: { zh: '无权执行此操作', en: 'Forbidden' }, details: {} } }, { status: 403 }),
      ),
    );
    renderApp('/signin', { signedIn: false });
    await user.click(await screen.findByRole('button', { name: '登录' }));
    expect(await screen.findByText('请填写用户名和密码')).toBeInTheDocument();
    await signIn(user);
    expect(await screen.findByText('此账号未关联经销商，不能使用经销商门户')).toBeInTheDocument();
    expect(window.localStorage.getItem('sanbao.jwt')).toBeNull();
  });

  it('offers English on the sign-in page', async () => {
    const user = userEvent.setup();
    renderApp('/signin', { signedIn: false });
    await user.click(await screen.findByRole('button', { name: /English/ }));
    expect(await screen.findByLabelText('Username or email')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });
});
