import { createHmac, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';

/**
 * Short-lived links to claim evidence. An `<img>` cannot send the portal's or the
 * admin's bearer token, so a claim answer carries links that prove themselves: the
 * path and an expiry, signed with a server secret. A leaked link works until it
 * expires; a changed path, expiry or signature is refused.
 *
 * Kept behind this interface so that a store with its own signed URLs (S3 presigned
 * URLs) can replace the HMAC signer without touching the callers.
 */
export interface EvidenceLinkSigner {
  /** The link to the file with this id, valid from `now` for the configured time. */
  urlFor(id: number, now?: Date): string;
  /** What a request for the file with this id proves. */
  check(id: number, query: Record<string, unknown>, now?: Date): 'valid' | 'expired' | 'forged';
}

export const EVIDENCE_PATH = '/api/claim-review/evidence';
export const DEFAULT_LINK_TTL_SECONDS = 600;

/** HMAC-SHA256 over the path and the expiry (unix seconds). */
export function hmacLinkSigner(options: { secret: string | Buffer; ttlSeconds: number; base?: string }): EvidenceLinkSigner {
  const base = options.base ?? EVIDENCE_PATH;
  const sign = (id: number, expires: number) => createHmac('sha256', options.secret).update(`GET ${base}/${id}\n${expires}`).digest('base64url');
  return {
    urlFor(id, now = new Date()) {
      const expires = Math.floor(now.getTime() / 1000) + options.ttlSeconds;
      return `${base}/${id}?expires=${expires}&signature=${sign(id, expires)}`;
    },
    check(id, query, now = new Date()) {
      const expires = typeof query.expires === 'string' && /^\d{1,12}$/.test(query.expires) ? Number(query.expires) : null;
      const given = typeof query.signature === 'string' ? Buffer.from(query.signature) : null;
      if (expires === null || !given) return 'forged';
      const wanted = Buffer.from(sign(id, expires));
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return 'forged';
      return expires * 1000 <= now.getTime() ? 'expired' : 'valid';
    },
  };
}

/**
 * The signer as configured: `evidence.linkTtlSeconds` (default 10 minutes) and a key
 * derived from the server's APP_KEYS unless `evidence.linkSecret` is set.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let signer: { ttl: number; signer: EvidenceLinkSigner } | null = null;
  const current = (): EvidenceLinkSigner => {
    const ttl = Number(strapi.config.get('plugin::claim-review.evidence.linkTtlSeconds') ?? DEFAULT_LINK_TTL_SECONDS);
    if (!signer || signer.ttl !== ttl) {
      const configured = strapi.config.get('plugin::claim-review.evidence.linkSecret') as string | undefined;
      const keys = (strapi.config.get('server.app.keys') as string[] | undefined) ?? [];
      if (!configured && keys.length === 0) throw new Error('claim-review: evidence links need APP_KEYS or evidence.linkSecret');
      const secret = configured || createHmac('sha256', keys.join('\n')).update('sanbao evidence links').digest();
      signer = { ttl, signer: hmacLinkSigner({ secret, ttlSeconds: ttl }) };
    }
    return signer.signer;
  };
  return {
    urlFor: (id: number, now?: Date) => current().urlFor(id, now),
    check: (id: number, query: Record<string, unknown>, now?: Date) => current().check(id, query, now),
  } satisfies EvidenceLinkSigner;
};
