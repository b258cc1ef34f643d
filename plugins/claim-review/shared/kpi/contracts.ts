import * as z from 'zod';
import { LIMITS, blankAsMissing, code, isoDate, plainString } from '../schemas/primitives';
import type { IsoDate, IsoDateTime } from '../contracts/money';
import type { KpiFigure } from './figure';
import { KPI_PERIODS, type KpiPeriod } from './grouping';
import { KPI_NAMES } from './targets';

/** What the KPI page splits its table by. */
export const KPI_DIMENSIONS = ['dealer', 'region', 'model'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

/** aggregate: the rollup rows kept current as records change; base: the same figures summed from the service tables. */
export const KPI_SOURCES = ['aggregate', 'base'] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());
const filter = () => optional(plainString().trim().min(1).max(LIMITS.code));

/** The longest range one answer covers: a day period over it is still a few hundred points. */
export const KPI_MAX_DAYS = 731;

const range = {
  from: isoDate(),
  to: isoDate(),
  dealer: optional(code()),
  region: filter(),
  model: optional(code()),
};

const ordered = (q: { from: string; to: string }) => q.from <= q.to;

/** GET /service/kpis: figures over [from, to] (business dates, both included), split by period and one dimension. */
export const kpiQuerySchema = z
  .object({
    ...range,
    period: z.preprocess(blankAsMissing, z.enum(KPI_PERIODS).default('month')),
    by: z.preprocess(blankAsMissing, z.enum(KPI_DIMENSIONS).default('dealer')),
    source: z.preprocess(blankAsMissing, z.enum(KPI_SOURCES).default('aggregate')),
  })
  .refine(ordered, { path: ['to'], error: 'before_from' });
export type KpiQuery = z.output<typeof kpiQuerySchema>;

/**
 * GET /service/kpis/records: the records behind one figure. `periodKey` narrows to one
 * period of the trend (2026-11, 2026-W45, 2026-11-02); `group` to one row of the table
 * ("" for records without a value in that dimension).
 */
export const kpiRecordsQuerySchema = z
  .object({
    ...range,
    kpi: z.enum(KPI_NAMES),
    period: z.preprocess(blankAsMissing, z.enum(KPI_PERIODS).default('month')),
    periodKey: optional(plainString().trim().max(10)),
    by: z.preprocess(blankAsMissing, z.enum(KPI_DIMENSIONS).optional()),
    group: z.preprocess((v) => (v === undefined ? undefined : v), plainString().trim().max(LIMITS.code).optional()),
    page: z.coerce.number().int().min(1).max(LIMITS.page).default(1),
    pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(25),
  })
  .refine(ordered, { path: ['to'], error: 'before_from' });
export type KpiRecordsQuery = z.output<typeof kpiRecordsQuerySchema>;

export interface KpiGroupFigures {
  /** The period key or the dimension's value; null: records without a value. */
  key: string | null;
  figures: KpiFigure[];
}

export interface KpiAnswer {
  from: IsoDate;
  to: IsoDate;
  period: KpiPeriod;
  by: KpiDimension;
  source: KpiSource;
  asOf: IsoDateTime;
  /** Every KPI over the whole range, in KPI_NAMES order. */
  totals: KpiFigure[];
  /** The trend: each period of the range that holds records. */
  periods: KpiGroupFigures[];
  /** The table: each value of `by` over the whole range. */
  groups: KpiGroupFigures[];
}

export interface KpiRecordRow {
  kind: 'service' | 'complaint';
  /** The request's (SR-…) or complaint's number. */
  number: string;
  date: IsoDate;
  dealer: string | null;
  region: string | null;
  model: string | null;
  /** What this record adds to the figure. */
  numerator: number;
  denominator: number;
}

