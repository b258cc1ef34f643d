import type { AlertThreshold } from '../contracts/analytics';
import type { Bilingual, IsoDate } from '../contracts/money';
import { addDaysIso } from '../calendar/date-only';
import { poissonUpperTail } from './poisson';
import { qualityText, shortNumber, shortP } from './messages';
import type { QualitySettings } from './settings';

export interface JumpInput {
  /** Counted claims of the part × model in the recent window. */
  claims: number;
  exposureUnitMonths: number;
  baselineClaims: number;
  baselineExposureUnitMonths: number;
  keyPart: boolean;
}

export type JumpOutcome =
  | 'raise'
  | 'no_exposure'
  | 'baseline_too_small'
  | 'too_few_claims'
  | 'ratio_too_small'
  | 'not_significant';

export interface JumpVerdict {
  outcome: JumpOutcome;
  raise: boolean;
  /** Claims the baseline rate predicts for the window's exposure. */
  expected: number;
  /** Observed ÷ expected (null when nothing was expected because nothing was exposed). */
  ratio: number | null;
  pValue: number;
  baselineRate: number | null;
  threshold: AlertThreshold;
}

/**
 * Has the claim rate of one part × model jumped above its own trailing baseline?
 *
 * One-sided exact Poisson test: under "nothing changed" the window's count is
 * Poisson(λ) with λ = baseline rate × window exposure, and p = P(X ≥ observed).
 * The baseline rate is (baseline claims + ½) ÷ baseline exposure, so a part that never
 * failed still has a small, finite rate (the Jeffreys half-count) instead of zero, which
 * would turn any single claim into an infinitely significant jump.
 * An alert needs all three: at least `minCount` claims, observed ≥ `minRatio` × λ, and
 * p < α — the count and ratio floors keep a very stable part from alarming on a blip
 * that is significant only because its baseline is huge. Key parts use their own,
 * looser floors so they alarm earlier.
 */
export function evaluateJump(input: JumpInput, settings: QualitySettings): JumpVerdict {
  const threshold = input.keyPart ? settings.alert.keyPart : settings.alert.standard;
  const verdict = (outcome: JumpOutcome, expected: number, ratio: number | null, pValue: number, baselineRate: number | null): JumpVerdict => ({
    outcome,
    raise: outcome === 'raise',
    expected,
    ratio,
    pValue,
    baselineRate,
    threshold: { ...threshold },
  });
  if (!(input.exposureUnitMonths > 0)) return verdict('no_exposure', 0, null, 1, null);
  if (!(input.baselineExposureUnitMonths >= settings.alert.minBaselineExposure)) {
    return verdict('baseline_too_small', 0, null, 1, null);
  }
  const baselineRate = (input.baselineClaims + 0.5) / input.baselineExposureUnitMonths;
  const expected = baselineRate * input.exposureUnitMonths;
  const ratio = input.claims / expected;
  const pValue = poissonUpperTail(input.claims, expected);
  if (input.claims < threshold.minCount) return verdict('too_few_claims', expected, ratio, pValue, baselineRate);
  if (ratio < threshold.minRatio) return verdict('ratio_too_small', expected, ratio, pValue, baselineRate);
  if (!(pValue < threshold.alpha)) return verdict('not_significant', expected, ratio, pValue, baselineRate);
  return verdict('raise', expected, ratio, pValue, baselineRate);
}

export interface AlertWindows {
  current: { from: IsoDate; to: IsoDate };
  baseline: { from: IsoDate; to: IsoDate };
}

/**
 * The window ends `filingLagDays` before the run date, so that the claims of its failures
 * have had the filing deadline to arrive (a window ending today would hold only the
 * claims filed fast and always look low); the baseline is the `baselineDays` right before it.
 */
export function alertWindows(asOf: IsoDate, settings: QualitySettings): AlertWindows {
  const { windowDays, baselineDays, filingLagDays } = settings.alert;
  const currentTo = addDaysIso(asOf, -filingLagDays);
  const currentFrom = addDaysIso(currentTo, -(windowDays - 1));
  const baselineTo = addDaysIso(currentFrom, -1);
  return {
    current: { from: currentFrom, to: currentTo },
    baseline: { from: addDaysIso(baselineTo, -(baselineDays - 1)), to: baselineTo },
  };
}

/** One alert per part × model (× build month for a cohort's) per window: a later run inside the same window stays quiet. */
export function alertDedupeKey(modelCode: string, partNumber: string, windowTo: IsoDate, buildMonth: string | null = null): string {
  return `${modelCode}|${partNumber}|${windowTo}${buildMonth ? `|${buildMonth}` : ''}`;
}

/** True when an earlier alert of the same part × model (or cohort) still overlaps the window that ends on `windowTo`. */
export function alreadyAlerted(previousWindowTo: IsoDate | null | undefined, windowTo: IsoDate, settings: QualitySettings): boolean {
  if (!previousWindowTo) return false;
  return previousWindowTo >= addDaysIso(windowTo, -(settings.alert.windowDays - 1));
}

export interface AlertMessageFacts {
  modelCode: string;
  /** A build-month alert names its cohort. */
  buildMonth?: string | null;
  partNumber: string;
  partName: string | null;
  partNameEn: string | null;
  keyPart: boolean;
  windowDays: number;
  claims: number;
  expected: number;
  ratio: number;
  pValue: number;
}

export function alertMessage(f: AlertMessageFacts): Bilingual {
  return qualityText(f.keyPart ? 'QUALITY_ALERT_KEY' : 'QUALITY_ALERT', {
    model: f.buildMonth ? { zh: `${f.modelCode}（${f.buildMonth} 批次）`, en: `${f.modelCode} (built ${f.buildMonth})` } : f.modelCode,
    part: f.partNumber,
    partName: f.partName ?? f.partNumber,
    partNameEn: f.partNameEn ?? f.partName ?? f.partNumber,
    days: f.windowDays,
    claims: f.claims,
    expected: shortNumber(f.expected),
    ratio: shortNumber(f.ratio),
    p: shortP(f.pValue),
  });
}
