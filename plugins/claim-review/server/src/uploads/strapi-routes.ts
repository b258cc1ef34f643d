import type { Core } from '@strapi/strapi';
import { MAX_FILE_BYTES, multipartFor } from './route-limits';
import type { MultipartLimits } from './multipart';

interface RouteInput {
  method: string;
  path: string;
  config?: { middlewares?: unknown[]; [key: string]: unknown };
}
/** A router as plugins declare it: an object, or (content API) a factory that carries its routes. */
type RouterInput = { routes?: RouteInput[] } | (((...args: unknown[]) => unknown) & { routes?: RouteInput[] });

const WRITES = new Set(['POST', 'PUT']);
/** The Media Library sends one file a request; the content API may send a few. */
const MEDIA_FILES = 20;
/** Strapi refuses project logos over 1 MB itself; the parser stops there too. */
const LOGO: MultipartLimits = { fileFields: ['menuLogo', 'authLogo'], maxFiles: 2, maxFileBytes: 1024 * 1024 };

function addParser(routes: RouteInput[] | undefined, limits: MultipartLimits, pick: (route: RouteInput) => boolean) {
  for (const route of routes ?? []) {
    if (!pick(route)) continue;
    route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), multipartFor(limits)] };
  }
}

/**
 * Strapi's own routes that take files — the upload plugin's (`/upload` for the Media
 * Library, `/api/upload`) and the admin's project logos — get the same parser as the
 * plugin's routes, after their authentication and policies, since `strapi::body` no
 * longer parses multipart. Runs at register, before Strapi builds its routers.
 */
export function parseStrapiUploadsAfterAuth(strapi: Core.Strapi) {
  const maxFileBytes = Number(strapi.config.get('plugin::upload.sizeLimit')) || MAX_FILE_BYTES;
  const media: MultipartLimits = { fileFields: ['files'], maxFiles: MEDIA_FILES, maxFileBytes };
  const routers = Object.values((strapi.plugin('upload')?.routes ?? {}) as Record<string, RouterInput>);
  for (const router of routers) addParser(router.routes, media, (route) => WRITES.has(route.method.toUpperCase()));

  const admin = (strapi.admin?.routes ?? {}) as unknown as Record<string, RouterInput>;
  for (const router of Object.values(admin)) {
    addParser(router.routes, LOGO, (route) => route.method.toUpperCase() === 'POST' && route.path === '/project-settings');
  }
}
