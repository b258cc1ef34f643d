import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';

type User = ReturnType<typeof userEvent.setup>;

async function fillPasswords(user: User, current: string, next: string, confirm = next) {
  if (current) await user.type(await screen.findByLabelText('当前密码'), current);
  await user.type(screen.getByLabelText('新密码'), next);
  await user.type(screen.getByLabelText('确认新密码'), confirm);
  await user.click(screen.getByRole('button', { name: '保存新密码' }));
}

describe('account screen', () => {
  it('shows who is signed in, reached from the header', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/claim-review/claims', () => HttpResponse.json({ data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } })));
    renderApp('/claims');
    await user.click(await screen.findByRole('link', { name: '账户' }));
    expect(await screen.findByRole('heading', { name: '我的账户' })).toBeInTheDocument();
    expect(screen.getByText('wang@dealer.example')).toBeInTheDocument();
    expect(screen.getByText(/河南郑州农机经销部 · D-HN-001/)).toBeInTheDocument();
  });

  it('changes the password with the current one, and keeps working with the token the server answers', async () => {
    const user = userEvent.setup();
    let body: unknown;
    let meAuth: string | null = null;
    server.use(
      http.post('*/api/auth/change-password', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ jwt: 'jwt-after-change', user: { id: 1, username: 'wang.gong', email: 'wang@dealer.example' } });
      }),
    );
    renderApp('/account');
    await fillPasswords(user, 'old-secret', 'New-secret-1');
    expect(await screen.findByRole('status')).toHaveTextContent('密码已修改，其他设备上的登录已失效。');
    expect(body).toEqual({ currentPassword: 'old-secret', password: 'New-secret-1', passwordConfirmation: 'New-secret-1' });
    expect(window.localStorage.getItem('sanbao.jwt')).toBe('jwt-after-change');
    expect(screen.getByLabelText('当前密码')).toHaveValue('');

    server.use(http.get('*/api/claim-review/me', ({ request }) => {
      meAuth = request.headers.get('Authorization');
      return HttpResponse.json({ user: { username: 'wang.gong', email: 'wang@dealer.example' }, dealer: { code: 'D-HN-001', name: '河南郑州农机经销部', tier: 2, region: '华中' } });
    }));
    renderApp('/account', { signedIn: false });
    await screen.findAllByRole('heading', { name: '我的账户' });
    await waitFor(() => expect(meAuth).toBe('Bearer jwt-after-change'));
  });

  it('says when the current password is wrong (400), and checks the new one before sending', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.post('*/api/auth/change-password', () => {
        calls += 1;
        return HttpResponse.json({ data: null, error: { status: 400, name: 'ValidationError', message: 'The provided current password is invalid', details: {} } }, { status: 400 });
      }),
    );
    renderApp('/account');
    await fillPasswords(user, 'old-secret', 'short');
    expect(await screen.findByRole('alert')).toHaveTextContent('新密码至少 8 位');
    await user.clear(screen.getByLabelText('新密码'));
    await user.clear(screen.getByLabelText('确认新密码'));
    await fillPasswords(user, '', 'New-secret-1', 'New-secret-2');
    expect(await screen.findByRole('alert')).toHaveTextContent('两次输入的新密码不一致');
    expect(calls).toBe(0);
    await user.clear(screen.getByLabelText('确认新密码'));
    await user.type(screen.getByLabelText('确认新密码'), 'New-secret-1');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(await screen.findByText('当前密码不正确')).toBeInTheDocument();
    expect(calls).toBe(1);
    expect(window.localStorage.getItem('sanbao.jwt')).toBe('test-jwt');
  });

  it('signs out on the server too: POST /logout with the token, then the sign-in page', async () => {
    const user = userEvent.setup();
    let auth: string | null = null;
    server.use(
      http.post('*/api/claim-review/logout', ({ request }) => {
        auth = request.headers.get('Authorization');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp('/account');
    expect(await screen.findByText('退出后，此账户在所有设备上的登录都会失效。')).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: '退出' });
    await user.click(buttons[buttons.length - 1]);
    expect(await screen.findByLabelText('密码')).toBeInTheDocument();
    await waitFor(() => expect(auth).toBe('Bearer test-jwt'));
    expect(window.localStorage.getItem('sanbao.jwt')).toBeNull();
  });

  it('reads in English', async () => {
    const user = userEvent.setup();
    renderApp('/account');
    await user.click(await screen.findByRole('button', { name: /English/ }));
    expect(await screen.findByRole('heading', { name: 'My account' })).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save new password' })).toBeInTheDocument();
  });
});
