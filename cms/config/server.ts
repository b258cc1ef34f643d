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
  // Node closes an idle keep-alive connection after 5 s. A client (a proxy, undici's pool)
  // that reuses it at that moment has its request cut with no answer, and a POST is not
  // retried. Idle connections are kept longer than clients and proxies keep theirs (60 s
  // is their common default); headers may take as long, or a kept connection's next
  // request would be cut by the headers timeout instead.
  http: {
    serverOptions: {
      keepAliveTimeout: env.int('SERVER_KEEP_ALIVE_MS', 65_000),
      headersTimeout: env.int('SERVER_KEEP_ALIVE_MS', 65_000) + 1_000,
    },
  },
});
