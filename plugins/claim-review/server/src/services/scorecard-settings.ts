import { createHmac } from 'crypto';
import type { Core } from '@strapi/strapi';
import { DEFAULT_SPOT_CHECK_FLAG_DAYS, DEFAULT_SPOT_CHECK_SHARE_BP } from '../config';

export interface ScorecardSettings {
  spotCheckShareBp: number;
  spotCheckSeed: string;
  flagDays: number;
}

/**
 * The scorecard's settings as configured (plugin config `scorecard`). Without a configured
 * seed the draw's seed is derived from APP_KEYS: random per install, stable across starts,
 * and unknown to dealers, who could otherwise compute which claim numbers are drawn.
 */
export function scorecardSettings(strapi: Core.Strapi): ScorecardSettings {
  const get = (key: string) => strapi.config.get(`plugin::claim-review.scorecard.${key}`) as unknown;
  const share = get('spotCheckShareBp');
  const days = get('flagDays');
  const configured = get('spotCheckSeed');
  const keys = (strapi.config.get('server.app.keys') as string[] | undefined) ?? [];
  const seed =
    typeof configured === 'string' && configured
      ? configured
      : createHmac('sha256', keys.join('\n') || 'sanbao').update('sanbao spot checks').digest('hex');
  return {
    spotCheckShareBp: Number.isInteger(share) ? (share as number) : DEFAULT_SPOT_CHECK_SHARE_BP,
    spotCheckSeed: seed,
    flagDays: Number.isInteger(days) && (days as number) > 0 ? (days as number) : DEFAULT_SPOT_CHECK_FLAG_DAYS,
  };
}
