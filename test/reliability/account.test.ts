/**
 * Dealer account routes (issue 13, item 8): nobody registers, forgot-password answers the
 * same for every address and mails a reset link only to a known one (read back from a
 * real SMTP server started here), a dealer changes the password (current + new) and logs
 * out, and both end the old token on the server, not only in the browser.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startMailCatcher, type Mail, type MailCatcher } from '../helpers/mail-catcher';
import { httpServer, restartStrapi, startStrapi, stopStrapi } from '../helpers/strapi';
import { createDealerUser, PASSWORD } from '../helpers/auth';
import { loadFixture } from '../helpers/fixture';

jest.setTimeout(5 * 60_000);

/** What the app mailed, read back from a real SMTP server on a local port. */
let mails: Mail[];
let smtp: MailCatcher;
let strapi: Core.Strapi;
let eastDealer: string;

beforeAll(async () => {
  smtp = await startMailCatcher();
  mails = smtp.mails;
  strapi = await startStrapi({ env: { SANBAO_SMTP_HOST: '127.0.0.1', SANBAO_SMTP_PORT: String(smtp.port), SANBAO_SMTP_FROM: 'service@sanbao.test' } });
  eastDealer = (await loadFixture(strapi)).dealers.east;
});

afterAll(async () => {
  await stopStrapi();
  await smtp.close();
});

const api = () => request(httpServer());
const login = (identifier: string, password = PASSWORD) => api().post('/api/auth/local').send({ identifier, password });
const me = (token: string) => api().get('/api/claim-review/me').set('Authorization', `Bearer ${token}`);
async function tokenOf(username: string, password = PASSWORD) {
  const res = await login(username, password);
  expect(res.status).toBe(200);
  return res.body.jwt as string;
}

describe('registration', () => {
  it('is refused for everyone, and creates no user', async () => {
    const before = await strapi.db.query('plugin::users-permissions.user').count();
    const res = await api().post('/api/auth/local/register').send({ username: 'walk-in', email: 'walk-in@example.test', password: 'Walk-in-Passw0rd' });
    expect(res.status).toBe(403);
    expect(await strapi.db.query('plugin::users-permissions.user').count()).toBe(before);
    expect((await login('walk-in', 'Walk-in-Passw0rd')).status).toBe(400);
  });
});

describe('forgot password', () => {
  it('answers a known and an unknown address the same, and mails a working reset link only to the known one', async () => {
    await createDealerUser(strapi, 'forgetful', eastDealer);
    mails.length = 0;
    const known = await api().post('/api/auth/forgot-password').send({ email: 'forgetful@example.test' });
    const unknown = await api().post('/api/auth/forgot-password').send({ email: 'nobody@example.test' });
    expect([known.status, known.body]).toEqual([200, { ok: true }]);
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);

    expect(mails.map((mail) => mail.to)).toEqual([['forgetful@example.test']]);
    // Quoted-printable: soft line breaks and =XX escapes.
    const raw = mails[0].raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
    expect(raw).toMatch(/^From: .*service@sanbao\.test/m);
    const code = /\/portal\/reset-password\?code=([0-9a-f]+)/.exec(raw)?.[1];
    expect(code).toMatch(/^[0-9a-f]{128}$/);

    const reset = await api().post('/api/auth/reset-password').send({ code, password: 'Reset-Passw0rd!', passwordConfirmation: 'Reset-Passw0rd!' });
    expect(reset.status).toBe(200);
    expect((await login('forgetful')).status).toBe(400);
    expect((await login('forgetful', 'Reset-Passw0rd!')).status).toBe(200);
  });
});

describe('change password', () => {
  it('takes the current and the new password; the old password and the old token stop working', async () => {
    await createDealerUser(strapi, 'changer', eastDealer);
    const old = await tokenOf('changer');
    const wrong = await api().post('/api/auth/change-password').set('Authorization', `Bearer ${old}`)
      .send({ currentPassword: 'not-my-password', password: 'New-Passw0rd!', passwordConfirmation: 'New-Passw0rd!' });
    expect(wrong.status).toBe(400);
    expect((await me(old)).status).toBe(200);

    const changed = await api().post('/api/auth/change-password').set('Authorization', `Bearer ${old}`)
      .send({ currentPassword: PASSWORD, password: 'New-Passw0rd!', passwordConfirmation: 'New-Passw0rd!' });
    expect(changed.status).toBe(200);
    expect((await me(old)).status).toBe(401);
    expect((await me(changed.body.jwt)).status).toBe(200);
    expect((await login('changer')).status).toBe(400);
    expect((await login('changer', 'New-Passw0rd!')).status).toBe(200);
  });
});

describe('logout', () => {
  it('ends the token on the server (401 afterwards, on every route), and a new login works', async () => {
    await createDealerUser(strapi, 'leaver', eastDealer);
    const token = await tokenOf('leaver');
    const other = await tokenOf('leaver');
    expect((await me(token)).status).toBe(200);
    const out = await api().post('/api/claim-review/logout').set('Authorization', `Bearer ${token}`);
    expect(out.status).toBe(204);
    expect((await me(token)).status).toBe(401);
    // Every session of the dealer ends (a shared workshop computer), on Strapi's own routes too.
    expect((await me(other)).status).toBe(401);
    const changeWithOld = await api().post('/api/auth/change-password').set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: PASSWORD, password: 'After-Logout-1!', passwordConfirmation: 'After-Logout-1!' });
    expect(changeWithOld.status).toBe(401);
    expect((await me(await tokenOf('leaver'))).status).toBe(200);
  });

  it('needs a token', async () => {
    expect((await api().post('/api/claim-review/logout')).status).toBe(401);
  });
});

describe('without a mail server (SANBAO_SMTP_HOST unset)', () => {
  it('answers the same 200 for a known and an unknown address, and sends nothing', async () => {
    delete process.env.SANBAO_SMTP_HOST;
    strapi = await restartStrapi();
    mails.length = 0;
    const known = await api().post('/api/auth/forgot-password').send({ email: 'forgetful@example.test' });
    const unknown = await api().post('/api/auth/forgot-password').send({ email: 'nobody@example.test' });
    expect([known.status, known.body]).toEqual([200, { ok: true }]);
    expect([unknown.status, unknown.body]).toEqual([200, { ok: true }]);
    expect(mails).toEqual([]);
  });
});
