/**
 * The service KPIs and their targets, in one place. Seed 000 (篇一 工作目标) sets three:
 * 保修期内客户回访率100%, 服务满意率98%以上, 配件出货正确率98%以上. The others are the team's
 * first choice (docs/decisions.md), to be tuned by the after-sales manager.
 * A target is a rational threshold in the KPI's own unit (a share, or complaints per 100
 * services), so "meets" is decided on integers, never on a rounded float.
 */
export const KPI_NAMES = [
  'follow_up_rate',
  'satisfaction_rate',
  'parts_correct_rate',
  'on_time_arrange',
  'on_time_check',
  'on_time_on_site',
  'on_time_follow_up',
  'first_time_fix_rate',
  'complaints_per_100',
  'complaint_resolved_on_time',
] as const;
export type KpiName = (typeof KPI_NAMES)[number];

export interface KpiTarget {
  direction: 'at_least' | 'at_most';
  /** The threshold is numerator / denominator, in the KPI's unit. */
  numerator: number;
  denominator: number;
  /** Per 100 services for complaints, 1 for shares. */
  scale: 1 | 100;
  source: 'seed_000' | 'team';
}

const share = (percent: number, source: KpiTarget['source']): KpiTarget => ({ direction: 'at_least', numerator: percent, denominator: 100, scale: 1, source });

export const KPI_TARGETS: Readonly<Record<KpiName, KpiTarget>> = {
  follow_up_rate: share(100, 'seed_000'),
  satisfaction_rate: share(98, 'seed_000'),
  parts_correct_rate: share(98, 'seed_000'),
  on_time_arrange: share(95, 'team'),
  on_time_check: share(95, 'team'),
  on_time_on_site: share(95, 'team'),
  on_time_follow_up: share(95, 'team'),
  first_time_fix_rate: share(90, 'team'),
  complaints_per_100: { direction: 'at_most', numerator: 1, denominator: 1, scale: 100, source: 'team' },
  complaint_resolved_on_time: share(95, 'team'),
};
