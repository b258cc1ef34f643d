import path from 'path';
import { secret } from './secrets';

export default ({ env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: secret(env, 'JWT_SECRET'),
      jwt: { expiresIn: env('DEALER_JWT_EXPIRES_IN', '12h') },
      // Dealer logins: users-permissions counts attempts per client address, and a
      // workshop shares one address: size the limit for a workshop, not a person, and
      // honour X-Forwarded-For behind a proxy (SERVER_PROXY) so workshops stay apart.
      ratelimit: {
        enabled: env.bool('DEALER_LOGIN_RATE_LIMIT', true),
        interval: env.int('DEALER_LOGIN_RATE_WINDOW_MS', 60_000),
        max: env.int('DEALER_LOGIN_RATE_MAX', 10),
      },
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      sizeLimit: 10 * 1024 * 1024,
    },
  },
  'claim-review': {
    enabled: true,
    // The workspace link resolves to plugins/claim-review whether config runs from src or dist.
    resolve: path.dirname(require.resolve('claim-review/package.json')),
    config: {
      timeZone: env('SANBAO_TIME_ZONE', 'Asia/Shanghai'),
      issuer: {
        name: env('SANBAO_ISSUER_NAME', '三包示范机械有限公司'),
        nameEn: env('SANBAO_ISSUER_NAME_EN', 'Sanbao Demo Machinery Co., Ltd.'),
      },
    },
  },
});
