import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the built dealer portal (portal/dist) under /portal from this server, so the
 * portal and the API share one origin (no CORS, one URL to print). Unknown paths under
 * /portal answer index.html so client-side routes survive a reload.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = path.resolve(strapi.dirs.app.root, '..', 'portal', 'dist');
  const index = path.join(root, 'index.html');

  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === '/' && fs.existsSync(index)) return ctx.redirect('/portal/');
    if (ctx.path !== '/portal' && !ctx.path.startsWith('/portal/')) return next();
    if (!fs.existsSync(index)) {
      ctx.status = 503;
      ctx.body = 'The dealer portal is not built yet: run `npm run build -w portal`.';
      return;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(ctx.path.replace(/^\/portal\/?/, ''));
    } catch {
      // A malformed escape names no file; it is the client's mistake, not the server's.
      ctx.status = 400;
      ctx.body = 'Malformed URL escape in the path.';
      return;
    }
    const candidate = path.resolve(root, relative);
    const inside = candidate.startsWith(root + path.sep);
    const file = inside && fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : index;
    ctx.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Hashed assets never change; index.html must be revalidated to pick up new builds.
    ctx.set('Cache-Control', file === index ? 'no-cache' : 'public, max-age=31536000, immutable');
    ctx.body = fs.createReadStream(file);
  };
};
