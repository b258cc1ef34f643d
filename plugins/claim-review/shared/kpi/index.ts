/** Service KPIs against the seed targets (seed 000 篇一), as pure functions over plain records. */
export { KPI_NAMES, KPI_TARGETS, type KpiName, type KpiTarget } from './targets';
export { NO_COUNTS, addKpiCounts, sumCounts, meetsTarget, kpiFigure, type KpiCounts, type KpiFigure } from './figure';
export type { KpiDimensions, KpiTimer, ServiceKpiRecord, ComplaintKpiRecord } from './records';
export {
  followUpCounts,
  satisfactionCounts,
  partsCorrectCounts,
  timerCounts,
  followUpRate,
  satisfactionRate,
  partsCorrectRate,
  onTimeRate,
  complaintsPer100,
  complaintResolvedOnTime,
  type OnTimeKpi,
} from './service-kpis';
export { FIRST_TIME_FIX_DAYS, firstTimeFix, firstTimeFixCounts, firstTimeFixRate, type FirstTimeFixOutcome } from './first-time-fix';
export { KPI_PERIODS, isoWeek, periodKey, groupKeyOf, groupRecords, byGroup, byGroupOfTwo, type KpiPeriod, type KpiGrouping, type KpiGroupKey } from './grouping';
export { TALLIED_KPIS, KPI_TALLY_FIELDS, numeratorField, denominatorField, emptyTally, serviceTally, complaintTally, addTally, tallyDifference, isZeroTally, countsOf, kpiFiguresOfTally, type KpiTally, type TalliedKpi } from './tally';
export { kpiFigures, periodDates, type TalliedRow } from './answer';
export {
  KPI_DIMENSIONS,
  KPI_SOURCES,
  KPI_MAX_DAYS,
  kpiQuerySchema,
  kpiRecordsQuerySchema,
  type KpiDimension,
  type KpiSource,
  type KpiQuery,
  type KpiRecordsQuery,
  type KpiGroupFigures,
  type KpiAnswer,
  type KpiRecordRow,
} from './contracts';
