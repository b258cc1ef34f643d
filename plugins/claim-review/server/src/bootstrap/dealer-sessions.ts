import type { Core } from '@strapi/strapi';

/**
 * Server-side logout for dealer tokens. users-permissions (legacy JWT mode, which the
 * portal and docs/api.md use) keeps no session: a token is valid until it expires. Per user
 * we keep a "tokens valid from" instant (claim-review token-cutoff); logout and any
 * password change move it to now, and a token issued before it is refused on every
 * content-API route, like a forged one (401). A JWT's `iat` counts in seconds, so tokens
 * also carry the millisecond they were issued: a token issued in the same second as a
 * logout, just before it, is refused, and the one a password change returns is not.
 */
const CUTOFF_UID = 'plugin::claim-review.token-cutoff';
const USER_UID = 'plugin::users-permissions.user';
const ISSUED_MS = 'issuedAtMs';

interface TokenPayload {
  id?: number | string;
  iat?: number;
  [ISSUED_MS]?: number;
}

/** Refuses every token of `userId` issued before now. */
export async function endSessions(strapi: Core.Strapi, userId: number, at = Date.now()): Promise<void> {
  const query = strapi.db.query(CUTOFF_UID);
  const existing = await query.findOne({ where: { userId }, select: ['id'] });
  if (existing) await query.update({ where: { id: existing.id }, data: { notBefore: at } });
  else await query.create({ data: { userId, notBefore: at } });
}

/** A token without our claim (issued before this release) counts from the start of its second. */
const issuedMs = (payload: TokenPayload): number =>
  typeof payload[ISSUED_MS] === 'number' ? payload[ISSUED_MS] : (payload.iat ?? 0) * 1000;

async function ended(strapi: Core.Strapi, payload: TokenPayload): Promise<boolean> {
  const userId = Number(payload.id);
  if (!Number.isInteger(userId)) return false;
  const cutoff = await strapi.db.query(CUTOFF_UID).findOne({ where: { userId }, select: ['notBefore'] });
  return cutoff !== null && issuedMs(payload) < Number(cutoff.notBefore);
}

export function guardDealerSessions(strapi: Core.Strapi) {
  const jwt = strapi.plugin('users-permissions').service('jwt') as {
    issue: (payload: object, options?: object) => unknown;
    verify: (token: string) => Promise<TokenPayload>;
  };
  const issue = jwt.issue.bind(jwt);
  const verify = jwt.verify.bind(jwt);
  jwt.issue = (payload: { toJSON?: () => object }, options?: object) =>
    issue({ ...(payload.toJSON ? payload.toJSON() : payload), [ISSUED_MS]: Date.now() }, options);
  jwt.verify = async (token: string) => {
    const payload = await verify(token);
    if (await ended(strapi, payload)) throw new Error('Invalid token.');
    return payload;
  };

  // A new password (the dealer's own change, a reset, or staff setting it) ends the old sessions.
  strapi.db.lifecycles.subscribe({
    models: [USER_UID],
    async afterUpdate(event: { params: { data?: { password?: unknown } }; result?: { id?: number } }) {
      if (event.params.data?.password && event.result?.id) await endSessions(strapi, event.result.id);
    },
  });
}
