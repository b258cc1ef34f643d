import type { QualitySettings } from './settings';
import { evaluateJump, type JumpVerdict } from './alert-rule';
import { holmAdjust } from './multiple-testing';

export interface CohortWindowCounts {
  /** `YYYY-MM` build month; null for units without a build date. */
  buildMonth: string | null;
  /** Counted claims of the part on units of this build month, in the window. */
  claims: number;
  /** In-warranty unit-months of this build month in the window. */
  exposureUnitMonths: number;
}

export interface CohortJumpInput {
  cohorts: readonly CohortWindowCounts[];
  /** The part × model's own trailing baseline, as in evaluateJump. */
  baselineClaims: number;
  baselineExposureUnitMonths: number;
  keyPart: boolean;
}

export interface CohortVerdict extends JumpVerdict {
  buildMonth: string | null;
  claims: number;
  exposureUnitMonths: number;
  /** Holm-adjusted p over the cohorts tested together; what is compared with α. */
  adjustedPValue: number;
  /** How many cohorts were tested together (Holm's m). */
  familySize: number;
}

/**
 * Has one build month of a part × model jumped, where the model as a whole may not
 * show it? A bad batch of 100 units in a model of 10,000 adds its claims to the model's
 * volume, and the model-level test drowns it; each build month tested on its own sees it.
 *
 * Each cohort with exposure in the window is tested with evaluateJump against the
 * part × model's baseline rate (a new batch has no history of its own) over the cohort's
 * own window exposure. The family is the cohorts of one part × model; their p-values are
 * Holm-adjusted (see holmAdjust) and a cohort raises when its count and ratio clear the
 * floors and its adjusted p < α. A model with a single cohort is not tested here: that
 * test is the model-level one.
 */
export function evaluateCohorts(input: CohortJumpInput, settings: QualitySettings): CohortVerdict[] {
  const tested = input.cohorts.filter((c) => c.exposureUnitMonths > 0);
  if (tested.length < 2) return [];
  const raw = tested.map((c) =>
    evaluateJump(
      {
        claims: c.claims,
        exposureUnitMonths: c.exposureUnitMonths,
        baselineClaims: input.baselineClaims,
        baselineExposureUnitMonths: input.baselineExposureUnitMonths,
        keyPart: input.keyPart,
      },
      settings,
    ),
  );
  const adjusted = holmAdjust(raw.map((v) => v.pValue));
  return tested.map((c, i) => {
    const v = raw[i];
    const floorsMet = v.outcome === 'raise' || v.outcome === 'not_significant';
    const significant = adjusted[i] < v.threshold.alpha;
    const outcome = floorsMet ? (significant ? 'raise' : 'not_significant') : v.outcome;
    return {
      ...v,
      outcome,
      raise: outcome === 'raise',
      buildMonth: c.buildMonth,
      claims: c.claims,
      exposureUnitMonths: c.exposureUnitMonths,
      adjustedPValue: adjusted[i],
      familySize: tested.length,
    };
  });
}
