import { createSecretKey } from 'crypto';
import path from 'path';
import { secret } from './secrets';
import { mailSettings } from './mail-settings';
import { complaintDepartments } from './complaint-departments';

export default ({ env }) => ({
  ...mailSettings(env),
  'users-permissions': {
    config: {
      // A key object, not the string: jsonwebtoken first tries a string as a PEM public
      // key and builds a thrown error on every dealer request before it falls back.
      jwtSecret: createSecretKey(Buffer.from(secret(env, 'JWT_SECRET'))),
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
      // A claim photo may declare at most this many pixels (width × height), read from its header.
      maxImagePixels: env.int('SANBAO_MAX_IMAGE_PIXELS', 40_000_000),
      issuer: {
        name: env('SANBAO_ISSUER_NAME', '三包示范机械有限公司'),
        nameEn: env('SANBAO_ISSUER_NAME_EN', 'Sanbao Demo Machinery Co., Ltd.'),
      },
      // Office hours the review SLA counts in; holidays and make-up days change every year.
      workingCalendar: {
        periods: env
          .array('SANBAO_OFFICE_HOURS', ['08:30-12:00', '13:00-17:30'])
          .map((period: string) => period.split('-').map((t) => t.trim())),
        weekdays: env.array('SANBAO_WORKING_WEEKDAYS', ['1', '2', '3', '4', '5']).map(Number),
        holidays: env.array('SANBAO_HOLIDAYS', []).filter(Boolean),
        workdays: env.array('SANBAO_MAKEUP_WORKDAYS', []).filter(Boolean),
      },
      evidence: {
        dir: env('SANBAO_EVIDENCE_DIR', ''),
        linkTtlSeconds: env.int('SANBAO_EVIDENCE_LINK_TTL_SECONDS', 600),
      },
      // Dealer scorecard: share of auto-approved claims spot-checked (basis points), the draw's
      // seed (empty: derived from APP_KEYS), days a failed check flags the dealer.
      scorecard: {
        spotCheckShareBp: env.int('SANBAO_SPOT_CHECK_SHARE_BP', 1000),
        spotCheckSeed: env('SANBAO_SPOT_CHECK_SEED', ''),
        flagDays: env.int('SANBAO_SPOT_CHECK_FLAG_DAYS', 180),
      },
      priceLists: {
        maxRows: env.int('SANBAO_PRICE_LIST_MAX_ROWS', 5000),
        maxUnpackedBytes: env.int('SANBAO_PRICE_LIST_MAX_UNPACKED_MB', 64) * 1024 * 1024,
      },
      // Complaints (投诉): who is told in writing, and where their e-mail goes.
      complaintDepartments: complaintDepartments(env),
      // Weekly report (日结周报, issue #17): mailed every Monday to this list (comma-separated; empty: not mailed).
      weeklyReport: {
        recipients: env.array('SANBAO_WEEKLY_REPORT_TO', []).filter(Boolean),
        cron: env('SANBAO_WEEKLY_REPORT_CRON', '0 8 * * 1'),
      },
    },
  },
});
