import type { ErrorBody } from '../../../shared';
import { errorBody, message } from '../../../shared';
import { ApiError } from '../api-error';

/** pg's errors carry a SQLSTATE `code` and a `severity`; knex wraps SQLite's as SqliteError. */
function isDatabaseError(error: any): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth += 1) {
    if (e.name === 'SqliteError' || (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string')) return true;
  }
  return false;
}

/**
 * `details.fields` of a Strapi error thrown with the contract's field codes (the multipart
 * parser's refusals); Strapi's own validation details have another shape and are dropped.
 */
const fieldCodes = (error: any): Record<string, string> | null => {
  const fields = error?.details?.fields;
  if (!fields || typeof fields !== 'object') return null;
  const entries = Object.entries(fields);
  return entries.length && entries.every(([, code]) => typeof code === 'string') ? (fields as Record<string, string>) : null;
};

/** Maps anything thrown on a plugin route to the docs/api.md error body. */
export function toErrorBody(error: any, request: { hasCredentials: boolean; path: string }): ErrorBody {
  if (error instanceof ApiError) return error.body;

  // A database error is never the client's fault here: what the schemas admit, every
  // column holds on both databases, and paths no record can be named by are answered
  // 404 before any query. One reaching this point is a bug to fix: 500, and it is logged.
  let status: number = isDatabaseError(error) ? 500 : error?.status ?? error?.statusCode ?? 500;
  if (error?.name === 'PolicyError' || error?.name === 'ForbiddenError') status = 403;
  if (error?.name === 'UnauthorizedError') status = 401;
  if (error?.name === 'ValidationError' || error?.name === 'ApplicationError') status = 400;
  if (error?.name === 'NotFoundError') status = 404;
  if (error?.name === 'PayloadTooLargeError') status = 413;
  // Without a token Strapi answers "forbidden for the Public role"; to a caller that is "sign in first".
  if (status === 403 && !request.hasCredentials && request.path.startsWith('/api/')) status = 401;

  const fields = fieldCodes(error);
  switch (status) {
    case 400:
      return errorBody('VALIDATION_FAILED', fields ? { fields } : {});
    case 401:
      return errorBody('UNAUTHENTICATED');
    case 403:
      return errorBody('FORBIDDEN');
    case 404:
      return errorBody('NOT_FOUND');
    case 405:
    case 409:
      return errorBody('CONFLICT');
    case 413: {
      const body = errorBody('VALIDATION_FAILED', fields ? { fields } : {});
      return { error: { ...body.error, status: 413, message: message('PAYLOAD_TOO_LARGE' as any) } };
    }
    default:
      return { error: { status: 500, code: 'INTERNAL_ERROR' as any, message: message('INTERNAL_ERROR' as any), details: {} } };
  }
}
