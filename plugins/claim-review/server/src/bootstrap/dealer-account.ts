import type { Core } from '@strapi/strapi';

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

/** Dealers change their own password (current + new) from the portal's account screen. */
export const DEALER_ACCOUNT_ACTIONS = ['plugin::users-permissions.auth.changePassword'];

/**
 * Staff create dealer users; nobody registers. Both the setting and the Public role's
 * grant are enforced at every start, so an admin cannot reopen it by a click.
 */
async function closeRegistration(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  const base = strapi.config.get<string>('server.url') || `http://localhost:${strapi.config.get('server.port')}`;
  await store.set({ key: 'advanced', value: { ...advanced, allow_register: false, email_reset_password: `${base}/portal/reset-password` } });
  const publicRole = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (publicRole) {
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { role: publicRole.id, action: 'plugin::users-permissions.auth.register' } });
  }
}

/** The reset mail comes from SANBAO_SMTP_FROM, not from users-permissions' "no-reply@strapi.io". */
async function setResetSender(strapi: Core.Strapi, from: string) {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const email = ((await store.get({ key: 'email' })) ?? {}) as Record<string, any>;
  const reset = email.reset_password ?? { options: {} };
  await store.set({
    key: 'email',
    value: { ...email, reset_password: { ...reset, options: { ...reset.options, from: { name: '三包 Sanbao', email: from }, response_email: from } } },
  });
}

/**
 * `POST /api/auth/forgot-password` answers `{ ok: true }` for every address, known or
 * not: without a mail provider (SANBAO_SMTP_HOST unset) it sends nothing, and a failed
 * send is logged rather than answered with 500 (which told an attacker the address exists).
 */
const mailOn = (strapi: Core.Strapi) => strapi.plugin('email').config('provider') === 'nodemailer';

/** At register: Strapi binds route handlers before the plugins' bootstrap runs. */
export function sameAnswerForEveryAddress(strapi: Core.Strapi) {
  const on = mailOn(strapi);
  const auth = strapi.plugin('users-permissions').controller('auth') as Record<string, (ctx: any) => Promise<unknown>>;
  const forgotPassword = auth.forgotPassword.bind(auth);
  auth.forgotPassword = async (ctx) => {
    if (on) {
      try {
        await forgotPassword(ctx);
      } catch (error) {
        // A malformed body is the same 400 for every address; anything else is the mail's fault.
        if ((error as Error).name === 'ValidationError') throw error;
        strapi.log.error(`[sanbao] password-reset mail not sent: ${(error as Error).message}`);
      }
    }
    ctx.status = 200;
    ctx.body = { ok: true };
  };
}

export async function configureDealerAccounts(strapi: Core.Strapi) {
  await closeRegistration(strapi);
  if (mailOn(strapi)) await setResetSender(strapi, strapi.plugin('email').config<{ defaultFrom: string }>('settings').defaultFrom);
  else strapi.log.warn('[sanbao] password-reset mail is off (SANBAO_SMTP_HOST is not set): POST /api/auth/forgot-password answers 200 and sends nothing; staff reset dealer passwords in the admin panel.');
}

/** Grants the Dealer role `DEALER_ACCOUNT_ACTIONS`, once. */
export async function grantAccountActions(strapi: Core.Strapi, roleId: number, held: Set<string>) {
  for (const action of DEALER_ACCOUNT_ACTIONS) {
    if (!held.has(action)) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: roleId } });
  }
}
