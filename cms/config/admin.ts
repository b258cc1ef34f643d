import { secret } from './secrets';

export default ({ env }) => ({
  auth: { secret: secret(env, 'ADMIN_JWT_SECRET') },
  apiToken: { salt: secret(env, 'API_TOKEN_SALT') },
  transfer: { token: { salt: secret(env, 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: secret(env, 'ENCRYPTION_KEY') },
  // Staff logins: N attempts per account and address in a window (Strapi's default is 5 per 5 minutes).
  rateLimit: {
    enabled: env.bool('ADMIN_LOGIN_RATE_LIMIT', true),
    interval: { min: env.int('ADMIN_LOGIN_RATE_WINDOW_MIN', 5) },
    max: env.int('ADMIN_LOGIN_RATE_MAX', 5),
  },
  flags: { nps: false, promoteEE: false },
  autoOpen: false,
  watchIgnoreFiles: ['**/.tmp/**'],
});
