import type { Context } from 'koa';
import type { Actor } from '../services/audit';
import { idempotencyKeySchema, parseInput } from '../../../shared';
import { ApiError } from '../api-error';

/** Audit columns that name the actor are 255 characters; an admin's first and last name may be 255 each. */
const ACTOR_NAME_MAX = 255;

/** Who acts, for the audit trail: a portal user (dealer) or an admin user (staff). */
export function actorOf(ctx: Context): Actor {
  const user = ctx.state.user;
  if (ctx.state.dealer) return { type: 'dealer', id: user?.id ?? null, name: user?.username ?? 'dealer' };
  const name = [user?.firstname, user?.lastname].filter(Boolean).join(' ') || user?.email || 'staff';
  // By code points, so that a character outside the BMP is never cut in half.
  return { type: 'staff', id: user?.id ?? null, name: Array.from(name as string).slice(0, ACTOR_NAME_MAX).join('') };
}

/** `If-Match: <version>` (quotes and W/ allowed); absent → null, malformed → 400. */
export function ifMatch(ctx: Context): number | null {
  const raw = ctx.get('if-match');
  if (!raw) return null;
  const version = Number(raw.replace(/^W\//, '').replace(/"/g, '').trim());
  if (!Number.isInteger(version) || version < 1) throw new ApiError('VALIDATION_FAILED', { fields: { 'If-Match': 'invalid_type' } });
  return version;
}

/** `Idempotency-Key`: absent or empty → null; too long or beyond printable ASCII → 400 naming the header. */
export function idempotencyKey(ctx: Context): string | null {
  const raw = ctx.get('idempotency-key');
  if (!raw) return null;
  const parsed = parseInput(idempotencyKeySchema(), raw);
  if (!parsed.ok) throw new ApiError('VALIDATION_FAILED', { fields: { 'Idempotency-Key': parsed.fields._root } });
  return parsed.data;
}
