import type { ClaimStatus } from '../contracts/claim';
import type { AlertThreshold, QualityMethod } from '../contracts/analytics';

/**
 * The key parts seed 000 asks after-sales to watch (电机、控制器、后桥、差速器、车架、
 * 前减震、轮辋焊合), as the component codes the parts catalogue uses.
 */
export const KEY_COMPONENTS = ['motor', 'controller', 'rear_axle', 'differential', 'frame', 'front_shock', 'rim'] as const;

/**
 * A claim counts as a failure once the dealer has filed it and until a reviewer rejects
 * it: waiting for the review would hide the early weeks of a batch problem.
 */
export const COUNTED_STATUSES: readonly ClaimStatus[] = [
  'submitted',
  'in_review',
  'info_requested',
  'approved',
  'partially_approved',
  'awaiting_parts',
  'ready_to_settle',
  'settled',
];

/**
 * Inspection results (returned-part `result`) that say the part did not fail: a part
 * inspected as "no fault found" is not a failure of that part, so its claim line leaves
 * the failure counts (the claim still counts for the model when another part line of it
 * is not cleared).
 */
export const NOT_A_FAILURE_RESULTS: readonly string[] = ['no_fault'];

export function countsAsFailure(inspectionResult: string | null | undefined): boolean {
  return !inspectionResult || !NOT_A_FAILURE_RESULTS.includes(inspectionResult);
}

/** A unit-month is an average Gregorian month of one unit in service. */
export const DAYS_PER_UNIT_MONTH = 365.25 / 12;

export interface QualitySettings {
  keyComponents: string[];
  alert: {
    /** The recent window whose count is tested, ending `filingLagDays` before the run date. */
    windowDays: number;
    /**
     * Days a failure may take to reach the system as a claim: dealers file up to the
     * policies' filing deadline (30 days after the repair by default), so the most recent
     * days are under-counted. The window ends this many days before the run date.
     */
    filingLagDays: number;
    /** The trailing baseline just before the window. */
    baselineDays: number;
    /** A part × model whose baseline has less exposure than this is not judged. */
    minBaselineExposure: number;
    standard: AlertThreshold;
    /** Seed 000's key parts: alarm earlier, before a batch failure spreads. */
    keyPart: AlertThreshold;
  };
  anomalies: {
    dealerSpike: { windowDays: number; alpha: number; minCount: number; minRatio: number };
    labour: { windowDays: number; minPeers: number; sigmas: number; minRatio: number };
    repeat: { windowDays: number; minClaims: number };
  };
}

/**
 * Defaults. Daily runs over every part × model make many tests, so the standard
 * level is strict (α = 0.1 %); key parts trade some false alarms for an earlier one.
 */
export const DEFAULT_QUALITY_SETTINGS: QualitySettings = {
  keyComponents: [...KEY_COMPONENTS],
  alert: {
    windowDays: 30,
    filingLagDays: 30,
    baselineDays: 180,
    minBaselineExposure: 50,
    standard: { alpha: 0.001, minCount: 3, minRatio: 2 },
    keyPart: { alpha: 0.01, minCount: 2, minRatio: 1.5 },
  },
  anomalies: {
    dealerSpike: { windowDays: 90, alpha: 0.01, minCount: 5, minRatio: 2 },
    labour: { windowDays: 365, minPeers: 5, sigmas: 3, minRatio: 1.5 },
    repeat: { windowDays: 365, minClaims: 3 },
  },
};

export type QualityOverrides = {
  keyComponents?: string[];
  alert?: Partial<Omit<QualitySettings['alert'], 'standard' | 'keyPart'>> & { standard?: Partial<AlertThreshold>; keyPart?: Partial<AlertThreshold> };
  anomalies?: { [K in keyof QualitySettings['anomalies']]?: Partial<QualitySettings['anomalies'][K]> };
};

const positiveInt = (name: string, v: number) => {
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`quality.${name} must be a whole number ≥ 1`);
};
const probability = (name: string, v: number) => {
  if (!(v > 0 && v < 1)) throw new RangeError(`quality.${name} must be between 0 and 1`);
};
const atLeastOne = (name: string, v: number) => {
  if (!(v >= 1) || !Number.isFinite(v)) throw new RangeError(`quality.${name} must be ≥ 1`);
};

function checkThreshold(name: string, t: AlertThreshold) {
  probability(`${name}.alpha`, t.alpha);
  positiveInt(`${name}.minCount`, t.minCount);
  atLeastOne(`${name}.minRatio`, t.minRatio);
}

/** The defaults with a deployment's overrides (plugin config `quality`), checked. */
export function qualitySettings(overrides: QualityOverrides = {}): QualitySettings {
  const d = DEFAULT_QUALITY_SETTINGS;
  const o = overrides;
  const s: QualitySettings = {
    keyComponents: o.keyComponents ? [...o.keyComponents] : [...d.keyComponents],
    alert: {
      ...d.alert,
      ...o.alert,
      standard: { ...d.alert.standard, ...o.alert?.standard },
      keyPart: { ...d.alert.keyPart, ...o.alert?.keyPart },
    },
    anomalies: {
      dealerSpike: { ...d.anomalies.dealerSpike, ...o.anomalies?.dealerSpike },
      labour: { ...d.anomalies.labour, ...o.anomalies?.labour },
      repeat: { ...d.anomalies.repeat, ...o.anomalies?.repeat },
    },
  };
  if (!Array.isArray(s.keyComponents) || s.keyComponents.some((c) => typeof c !== 'string' || !c)) {
    throw new RangeError('quality.keyComponents must be a list of component codes');
  }
  positiveInt('alert.windowDays', s.alert.windowDays);
  positiveInt('alert.baselineDays', s.alert.baselineDays);
  if (!Number.isInteger(s.alert.filingLagDays) || s.alert.filingLagDays < 0) throw new RangeError('quality.alert.filingLagDays must be a whole number ≥ 0');
  if (!(s.alert.minBaselineExposure > 0)) throw new RangeError('quality.alert.minBaselineExposure must be > 0');
  checkThreshold('alert.standard', s.alert.standard);
  checkThreshold('alert.keyPart', s.alert.keyPart);
  const { dealerSpike, labour, repeat } = s.anomalies;
  positiveInt('anomalies.dealerSpike.windowDays', dealerSpike.windowDays);
  checkThreshold('anomalies.dealerSpike', dealerSpike);
  positiveInt('anomalies.labour.windowDays', labour.windowDays);
  positiveInt('anomalies.labour.minPeers', labour.minPeers);
  if (!(labour.sigmas > 0)) throw new RangeError('quality.anomalies.labour.sigmas must be > 0');
  atLeastOne('anomalies.labour.minRatio', labour.minRatio);
  positiveInt('anomalies.repeat.windowDays', repeat.windowDays);
  if (!Number.isInteger(repeat.minClaims) || repeat.minClaims < 2) throw new RangeError('quality.anomalies.repeat.minClaims must be ≥ 2');
  return s;
}

export function isKeyComponent(component: string | null | undefined, settings: QualitySettings): boolean {
  return Boolean(component) && settings.keyComponents.includes(component as string);
}

/** What the dashboard prints under the alerts: how they are decided. */
export function methodOf(settings: QualitySettings): QualityMethod {
  const { alert } = settings;
  return {
    test: 'poisson-exact',
    windowDays: alert.windowDays,
    filingLagDays: alert.filingLagDays,
    baselineDays: alert.baselineDays,
    cohorts: 'build-month, holm',
    exposure: 'in-warranty unit-months',
    minBaselineExposure: alert.minBaselineExposure,
    standard: { ...alert.standard },
    keyPart: { ...alert.keyPart },
    keyComponents: [...settings.keyComponents],
  };
}
