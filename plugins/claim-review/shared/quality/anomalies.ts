import type { AnomalyFlag } from '../contracts/analytics';
import type { IsoDate } from '../contracts/money';
import { daysBetween } from '../calendar/date-only';
import { poissonUpperTail } from './poisson';
import { qualityText, shortNumber } from './messages';
import type { QualitySettings } from './settings';

/** Counted claims and exposure of the claim's dealer and of the whole network, over the same window. */
export interface DealerSpikeFacts {
  dealerCode: string;
  windowDays: number;
  claims: number;
  exposureUnitMonths: number;
  networkClaims: number;
  networkExposureUnitMonths: number;
}

/**
 * A dealer filing far more claims than its sales explain. The dealer is compared with
 * the rest of the network (itself left out, so a big dealer cannot hide its own spike
 * in the average): expected = (rest's claims + ½) ÷ rest's exposure × dealer's exposure,
 * flagged on the same three conditions as a quality alert (count, ratio, exact Poisson p).
 */
export function dealerSpikeFlag(f: DealerSpikeFacts, settings: QualitySettings): AnomalyFlag | null {
  const t = settings.anomalies.dealerSpike;
  const restExposure = f.networkExposureUnitMonths - f.exposureUnitMonths;
  if (!(f.exposureUnitMonths > 0) || !(restExposure > 0)) return null;
  const restClaims = Math.max(0, f.networkClaims - f.claims);
  const expected = ((restClaims + 0.5) / restExposure) * f.exposureUnitMonths;
  const ratio = f.claims / expected;
  const pValue = poissonUpperTail(f.claims, expected);
  if (f.claims < t.minCount || ratio < t.minRatio || !(pValue < t.alpha)) return null;
  const params = {
    dealer: f.dealerCode,
    days: f.windowDays,
    claims: f.claims,
    exposure: shortNumber(f.exposureUnitMonths),
    expected: shortNumber(expected),
    ratio: shortNumber(ratio),
    pValue: Number(pValue.toPrecision(3)),
  };
  return { code: 'DEALER_CLAIM_SPIKE', severity: 'warning', message: qualityText('DEALER_CLAIM_SPIKE', params), params, relatedClaims: [] };
}

/** Count, sum and sum of squares of other dealers' hours (tenths) for one operation: what SQL can aggregate anywhere. */
export interface PeerSums {
  count: number;
  sum: number;
  sumSquares: number;
}

export function peerStats(p: PeerSums): { count: number; mean: number; sd: number } {
  if (p.count <= 0) return { count: 0, mean: 0, sd: 0 };
  const mean = p.sum / p.count;
  const variance = Math.max(0, p.sumSquares / p.count - mean * mean);
  return { count: p.count, mean, sd: Math.sqrt(variance) };
}

export interface LabourLineFacts {
  operation: string;
  hoursTenths: number;
  peers: PeerSums;
}

/**
 * Labour hours far above what other dealers claim for the same operation: at least
 * `minRatio` × their mean and more than `sigmas` standard deviations above it, once
 * there are `minPeers` lines to compare with. Hours within the standard can still be
 * flagged: the standard is a ceiling, the peers show what the job really takes.
 */
export function labourOutlierFlags(lines: LabourLineFacts[], settings: QualitySettings): AnomalyFlag[] {
  const t = settings.anomalies.labour;
  const out: AnomalyFlag[] = [];
  for (const line of lines) {
    const { count, mean, sd } = peerStats(line.peers);
    if (count < t.minPeers || mean <= 0) continue;
    if (line.hoursTenths < t.minRatio * mean || line.hoursTenths <= mean + t.sigmas * sd) continue;
    const params = {
      operation: line.operation,
      hours: line.hoursTenths / 10,
      mean: shortNumber(mean / 10),
      sd: shortNumber(sd / 10),
      count,
    };
    out.push({ code: 'LABOUR_HOURS_OUTLIER', severity: 'warning', message: qualityText('LABOUR_HOURS_OUTLIER', params), params, relatedClaims: [] });
  }
  return out;
}

export interface RepeatFacts {
  serial: string;
  component: string;
  failureDate: IsoDate;
  /** The unit's other counted claims for the same component, any date. */
  others: Array<{ number: string; failureDate: IsoDate }>;
}

/** The same unit and component claimed again and again: `minClaims` or more (this one included) within the window. */
export function repeatedComponentFlag(f: RepeatFacts, settings: QualitySettings): AnomalyFlag | null {
  const t = settings.anomalies.repeat;
  const near = f.others.filter((o) => Math.abs(daysBetween(o.failureDate, f.failureDate)) <= t.windowDays);
  const count = near.length + 1;
  if (count < t.minClaims) return null;
  const params = { serial: f.serial, component: f.component, days: t.windowDays, count };
  const related = [...near].sort((a, b) => (a.failureDate < b.failureDate ? -1 : a.failureDate > b.failureDate ? 1 : 0)).map((o) => o.number);
  return { code: 'REPEATED_UNIT_COMPONENT', severity: 'warning', message: qualityText('REPEATED_UNIT_COMPONENT', params), params, relatedClaims: related };
}

export interface PhotoFacts {
  fileName: string;
  sha256: string;
  /** Other claims holding a file with the same content hash. */
  otherClaims: string[];
}

/** A photo whose bytes already document another claim. */
export function reusedPhotoFlags(photos: PhotoFacts[]): AnomalyFlag[] {
  return photos
    .filter((p) => p.otherClaims.length > 0)
    .map((p) => {
      const claims = [...new Set(p.otherClaims)].sort();
      const params = { file: p.fileName, sha256: p.sha256, claims: claims.join(', ') };
      return { code: 'PHOTO_REUSED' as const, severity: 'warning' as const, message: qualityText('PHOTO_REUSED', params), params, relatedClaims: claims };
    });
}

/** The dealer's failed spot checks (dealer scorecard) inside the look-back window. */
export interface SpotCheckFacts {
  dealerCode: string;
  days: number;
  /** Claims whose spot check failed, newest first. */
  failedClaims: string[];
}

/** A dealer caught out by a spot check: every later claim of it carries the flag, so none is approved without a reviewer. */
export function spotCheckFailedFlag(f: SpotCheckFacts): AnomalyFlag | null {
  if (f.failedClaims.length === 0) return null;
  const params = { dealer: f.dealerCode, days: f.days, count: f.failedClaims.length, claims: f.failedClaims.join(', ') };
  return { code: 'DEALER_SPOT_CHECK_FAILED', severity: 'warning', message: qualityText('DEALER_SPOT_CHECK_FAILED', params), params, relatedClaims: [...f.failedClaims] };
}

export interface AnomalyFacts {
  dealer: DealerSpikeFacts | null;
  labour: LabourLineFacts[];
  repeat: RepeatFacts | null;
  photos: PhotoFacts[];
  /** Absent where no spot checks are looked at (the figures of the quality page). */
  spotChecks?: SpotCheckFacts | null;
}

/** Every flag for one claim, in a fixed order: dealer, labour, unit history, photos, spot checks. */
export function anomalyFlags(facts: AnomalyFacts, settings: QualitySettings): AnomalyFlag[] {
  const flags: AnomalyFlag[] = [];
  const spike = facts.dealer ? dealerSpikeFlag(facts.dealer, settings) : null;
  if (spike) flags.push(spike);
  flags.push(...labourOutlierFlags(facts.labour, settings));
  const repeat = facts.repeat ? repeatedComponentFlag(facts.repeat, settings) : null;
  if (repeat) flags.push(repeat);
  flags.push(...reusedPhotoFlags(facts.photos));
  const spot = facts.spotChecks ? spotCheckFailedFlag(facts.spotChecks) : null;
  if (spot) flags.push(spot);
  return flags;
}
