import { appKeys } from './secrets';

export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy, trust X-Forwarded-For so that rate limits key on the
  // workshop's own address rather than on the proxy's.
  proxy: { koa: env.bool('SERVER_PROXY', false) },
  app: { keys: appKeys(env) },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});
