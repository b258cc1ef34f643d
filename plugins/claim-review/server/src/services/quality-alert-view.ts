import type { QualityAlert } from '../../../shared';
import { alertMessage, daysBetween } from '../../../shared';

export const ALERT_UID = 'plugin::claim-review.quality-alert';

export interface AlertRow {
  id: number;
  dedupeKey: string;
  status: 'open' | 'acknowledged';
  modelCode: string;
  partNumber: string;
  buildMonth?: string | null;
  partName: string | null;
  partNameEn: string | null;
  component: string | null;
  keyPart: boolean;
  windowStart: string;
  windowEnd: string;
  baselineStart: string | null;
  baselineEnd: string | null;
  claims: number;
  exposureUnitMonths: number | null;
  baselineClaims: number | null;
  baselineExposureUnitMonths: number | null;
  expected: number | null;
  ratio: number | null;
  pValue: number | null;
  adjustedPValue?: number | null;
  familySize?: number | null;
  alpha: number | null;
  minCount: number | null;
  minRatio: number | null;
  claimNumbers: string[] | null;
  raisedAt: string | Date;
  acknowledgedAt?: string | Date | null;
  acknowledgedBy?: string | null;
  acknowledgeNote?: string | null;
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const round = (v: unknown, places: number) => Math.round(num(v) * 10 ** places) / 10 ** places;

/** A stored alert as the API answers it (and as the quality.alert webhook sends it). */
export function alertOf(row: AlertRow): QualityAlert {
  const alert = {
    id: row.id,
    status: row.status,
    model: { code: row.modelCode },
    part: { number: row.partNumber, name: row.partName ?? null, nameEn: row.partNameEn ?? null, component: row.component ?? null },
    buildMonth: row.buildMonth ?? null,
    adjustedPValue: row.adjustedPValue === null || row.adjustedPValue === undefined ? null : Number(Number(row.adjustedPValue).toPrecision(3)),
    familySize: row.familySize === null || row.familySize === undefined ? null : Number(row.familySize),
    keyPart: Boolean(row.keyPart),
    window: { from: row.windowStart, to: row.windowEnd },
    baseline: {
      from: row.baselineStart ?? '',
      to: row.baselineEnd ?? '',
      claims: num(row.baselineClaims),
      exposureUnitMonths: round(row.baselineExposureUnitMonths, 1),
    },
    claims: num(row.claims),
    exposureUnitMonths: round(row.exposureUnitMonths, 1),
    expected: round(row.expected, 3),
    ratio: round(row.ratio, 2),
    pValue: Number(num(row.pValue).toPrecision(3)),
    threshold: { alpha: num(row.alpha), minCount: num(row.minCount), minRatio: num(row.minRatio) },
    claimNumbers: Array.isArray(row.claimNumbers) ? row.claimNumbers : [],
    raisedAt: new Date(row.raisedAt).toISOString(),
    acknowledged: row.acknowledgedAt
      ? { at: new Date(row.acknowledgedAt).toISOString(), by: row.acknowledgedBy ?? '', note: row.acknowledgeNote ?? null }
      : null,
  };
  const message = alertMessage({
    modelCode: row.modelCode,
    buildMonth: row.buildMonth ?? null,
    partNumber: row.partNumber,
    partName: row.partName,
    partNameEn: row.partNameEn,
    keyPart: alert.keyPart,
    windowDays: daysBetween(row.windowStart, row.windowEnd) + 1,
    claims: alert.claims,
    expected: num(row.expected),
    ratio: num(row.ratio),
    pValue: num(row.pValue),
  });
  return { ...alert, message };
}
