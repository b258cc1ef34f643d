import type { Context } from 'koa';
import type { Actor } from '../services/audit';
import { ApiError } from '../api-error';

/** Who acts, for the audit trail: a portal user (dealer) or an admin user (staff). */
export function actorOf(ctx: Context): Actor {
  const user = ctx.state.user;
  if (ctx.state.dealer) return { type: 'dealer', id: user?.id ?? null, name: user?.username ?? 'dealer' };
  const name = [user?.firstname, user?.lastname].filter(Boolean).join(' ') || user?.email || 'staff';
  return { type: 'staff', id: user?.id ?? null, name };
}

/** `If-Match: <version>` (quotes and W/ allowed); absent → null, malformed → 400. */
export function ifMatch(ctx: Context): number | null {
  const raw = ctx.get('if-match');
  if (!raw) return null;
  const version = Number(raw.replace(/^W\//, '').replace(/"/g, '').trim());
  if (!Number.isInteger(version) || version < 1) throw new ApiError('VALIDATION_FAILED', { fields: { 'If-Match': 'invalid_type' } });
  return version;
}
