import type { Core } from '@strapi/strapi';
import type { ComplaintKpiRecord, KpiDimensions, KpiTally } from '../../../shared';
import { FIRST_TIME_FIX_DAYS, KPI_TALLY_FIELDS, addTally, businessDate, complaintTally, emptyTally, firstTimeFix, isZeroTally, serviceTally, tallyDifference } from '../../../shared';
import type { BuiltRecord, LaterRequest } from './kpi-records';
import type { Clock } from './service-clock';
import { dialectOf } from './sql-dialect';
import { sqlSchema } from './sql-schema';
import { REQUEST_UID } from './service-store';

export const KPI_FACT_UID = 'plugin::claim-review.kpi-fact';
export const KPI_DAY_UID = 'plugin::claim-review.kpi-day';

/** A fact row refreshed by time alone at most this many at a time; the next minute takes the rest. */
const DUE_BATCH = 500;
const DAY_MS = 86_400_000;
/** Rows per multi-row insert of a rebuild (30 columns: well under every database's bind limit). */
const INSERT_BATCH = 500;

interface Fact extends KpiDimensions {
  key: string;
  kind: 'service' | 'complaint';
  number: string;
  unit: string | null;
  refreshAt: Date | null;
  tally: KpiTally;
}

/** The rollup row a fact adds to: one per business date, dealer, region and model. */
export const dayKey = (d: KpiDimensions) => JSON.stringify([d.date, d.dealer, d.region, d.model]);
export const serviceFactKey = (number: string) => `service:${number}`;
export const complaintFactKey = (number: string) => `complaint:${number}`;

/**
 * When the record's counts next change with no write: a running timer falls due (a
 * follow-up not made in 24 h counts as missed then), or the 30 days of first-time fix end.
 */
function refreshAtOf(built: BuiltRecord, fixDecided: boolean, now: Date): Date | null {
  const instants = built.timers.filter((t) => t.state === 'running').map((t) => Date.parse(t.dueAt) + 1);
  if (!fixDecided && built.record.completedAt && built.record.unit) {
    const until = Date.parse(built.record.completedAt) + FIRST_TIME_FIX_DAYS * DAY_MS;
    if (until >= now.getTime()) instants.push(until + 1);
  }
  return instants.length ? new Date(Math.min(...instants)) : null;
}

/**
 * The KPI rollup kept current as records change. Each record (a request, a complaint)
 * has a fact row with its counts as last computed; a refresh recomputes them with the
 * core, and adds the difference to the day row of its dimensions (moving it when the
 * dealer changed), in the caller's transaction. The day rows then always hold the sum
 * of the facts, which is what the page reads.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const reader = () => plugin().service('kpiRecords');

  const tallyOfRow = (row: Record<string, unknown>): KpiTally => Object.fromEntries(KPI_TALLY_FIELDS.map((f) => [f, Number(row[f] ?? 0)]));

  /** The stored fact, locked against a concurrent refresh until the commit (SQLite serialises writers anyway). */
  async function readFact(key: string): Promise<Fact | null> {
    const s = sqlSchema(strapi);
    const db = await s.connection();
    const q = db(s.table(KPI_FACT_UID)).select(db.raw(s.columns(KPI_FACT_UID, s.table(KPI_FACT_UID), ''))).where(s.column(KPI_FACT_UID, 'key'), key);
    if (dialectOf(strapi) !== 'sqlite') q.forUpdate();
    const [raw] = await q;
    if (!raw) return null;
    const row = s.attributes<Record<string, unknown>>(KPI_FACT_UID, raw, '');
    return {
      key,
      kind: row.kind as Fact['kind'],
      number: row.number as string,
      unit: (row.unit as string | null) ?? null,
      date: row.date as string,
      dealer: (row.dealer as string | null) ?? null,
      region: (row.region as string | null) ?? null,
      model: (row.model as string | null) ?? null,
      refreshAt: row.refreshAt ? new Date(row.refreshAt as string) : null,
      tally: tallyOfRow(row),
    };
  }

  /** Adds `diff` to the day row of `dims`: an increment, or an insert when there is none (a concurrent insert wins, then the increment). */
  async function addToDay(dims: KpiDimensions, diff: KpiTally): Promise<void> {
    if (isZeroTally(diff)) return;
    const s = sqlSchema(strapi);
    const db = await s.connection();
    const key = dayKey(dims);
    const increment = () => {
      const data: Record<string, unknown> = {};
      for (const f of KPI_TALLY_FIELDS) {
        if (diff[f]) data[s.column(KPI_DAY_UID, f)] = db.raw('?? + ?', [s.column(KPI_DAY_UID, f), diff[f]]);
      }
      return db(s.table(KPI_DAY_UID)).where(s.column(KPI_DAY_UID, 'key'), key).update(data);
    };
    if (Number(await increment()) > 0) return;
    const written = await s.insertIgnoring(KPI_DAY_UID, { key, date: dims.date, dealer: dims.dealer, region: dims.region, model: dims.model, ...emptyTally(), ...diff }, 'key');
    if (!written) await increment();
  }

  const unchanged = (a: Fact, b: Fact) =>
    dayKey(a) === dayKey(b) && a.unit === b.unit && (a.refreshAt?.getTime() ?? null) === (b.refreshAt?.getTime() ?? null) && isZeroTally(tallyDifference(b.tally, a.tally));

  /** Writes `next` as the record's fact and moves the difference into the day rows (collected in `days`). */
  async function putFact(next: Fact, days: Map<string, { dims: KpiDimensions; diff: KpiTally }>): Promise<void> {
    const s = sqlSchema(strapi);
    const db = await s.connection();
    const previous = await readFact(next.key);
    // Nothing moved (a complaint read again, a refresh that found the same counts): no write at all.
    if (previous && unchanged(previous, next)) return;
    const add = (dims: KpiDimensions, t: KpiTally, sign: 1 | -1) => {
      const k = dayKey(dims);
      let entry = days.get(k);
      if (!entry) days.set(k, (entry = { dims: { date: dims.date, dealer: dims.dealer, region: dims.region, model: dims.model }, diff: emptyTally() }));
      for (const f of KPI_TALLY_FIELDS) entry.diff[f] += sign * (t[f] ?? 0);
    };
    if (previous && dayKey(previous) === dayKey(next)) add(next, tallyDifference(next.tally, previous.tally), 1);
    else {
      if (previous) add(previous, previous.tally, -1);
      add(next, next.tally, 1);
    }
    const data = {
      kind: next.kind,
      number: next.number,
      unit: next.unit,
      date: next.date,
      dealer: next.dealer,
      region: next.region,
      model: next.model,
      refreshAt: next.refreshAt,
      ...next.tally,
    };
    if (previous) {
      const columns: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(data)) columns[s.column(KPI_FACT_UID, name)] = value;
      await db(s.table(KPI_FACT_UID)).where(s.column(KPI_FACT_UID, 'key'), next.key).update(columns);
    } else if (!(await s.insertIgnoring(KPI_FACT_UID, { key: next.key, ...data }, 'key'))) {
      // Another transaction wrote this fact meanwhile: take its row as the previous one.
      await putFact(next, days);
    }
  }

  /** The collected day differences, in key order so that two transactions lock day rows in the same order. */
  async function flush(days: Map<string, { dims: KpiDimensions; diff: KpiTally }>): Promise<void> {
    for (const k of [...days.keys()].sort()) await addToDay(days.get(k)!.dims, days.get(k)!.diff);
  }

  const rollup = {
    /** The facts of built records against the unit's requests, as of `now` (pure: the base-table figures use it too). */
    tallies(built: BuiltRecord[], later: LaterRequest[], now: Date): Array<{ built: BuiltRecord; tally: KpiTally; refreshAt: Date | null }> {
      const byUnit = new Map<string, LaterRequest[]>();
      for (const l of later) {
        if (!l.unit) continue;
        const list = byUnit.get(l.unit);
        if (list) list.push(l);
        else byUnit.set(l.unit, [l]);
      }
      const asOf = now.toISOString();
      return built.map((b) => {
        const fix = firstTimeFix(b.record, b.record.unit ? (byUnit.get(b.record.unit) ?? []) : [], asOf);
        return { built: b, tally: serviceTally(b.record, fix), refreshAt: refreshAtOf(b, fix.fixed !== null, now) };
      });
    },

    /** Recomputes these requests' facts, in the caller's transaction. */
    async refreshRequests(numbers: string[], clock: Clock, now = new Date()): Promise<void> {
      if (numbers.length === 0) return;
      const built: BuiltRecord[] = await reader().records([...new Set(numbers)].sort(), now, clock);
      const later: LaterRequest[] = await reader().unitRequests(built.map((b) => b.record.unit).filter((u): u is string => Boolean(u)));
      const days = new Map<string, { dims: KpiDimensions; diff: KpiTally }>();
      for (const { built: b, tally, refreshAt } of rollup.tallies(built, later, now)) {
        const r = b.record;
        await putFact({ key: serviceFactKey(r.request), kind: 'service', number: r.request, unit: r.unit, date: r.date, dealer: r.dealer, region: r.region, model: r.model, refreshAt, tally }, days);
      }
      await flush(days);
    },

    /**
     * After any write to a request (creation, triage, work-order moves, receipt, follow-up,
     * reassignment, a breach recorded): its facts and those of its unit's other requests,
     * whose first-time fix a new request or a new diagnosis can decide.
     * Called from serviceBreaches.recordFor, where every service-desk write transaction ends.
     */
    async requestChanged(number: string, clock: Clock, now = new Date()): Promise<void> {
      const [sr] = (await reader().records([number], now, clock)) as BuiltRecord[];
      if (!sr) return;
      const numbers = sr.record.unit ? await reader().numbersOfUnit(sr.record.unit) : [number];
      await rollup.refreshRequests(numbers, clock, now);
    },

    /**
     * The entry point for complaint writes (the complaint module calls it in the write's
     * transaction, and again when the complaint's resolution timer is found breached):
     * `record` is the complaint as it now counts, or null when it no longer exists.
     */
    async complaintChanged(number: string, record: ComplaintKpiRecord | null): Promise<void> {
      const days = new Map<string, { dims: KpiDimensions; diff: KpiTally }>();
      const key = complaintFactKey(number);
      if (record) {
        await putFact({ key, kind: 'complaint', number, unit: null, date: record.date, dealer: record.dealer, region: record.region, model: record.model, refreshAt: null, tally: complaintTally(record) }, days);
      } else {
        const previous = await readFact(key);
        if (!previous) return;
        // Gone: its counts leave the day row; the zero fact stays as a tombstone.
        await putFact({ ...previous, tally: emptyTally() }, days);
      }
      await flush(days);
    },

    /**
     * Builds every fact and day row again from the service tables: for a database that
     * had requests before the rollup existed (the first start after this release) and for
     * the benchmark's generated history. The same reader and tallies as a refresh; written
     * in multi-row inserts, outside any request's transaction (run it with the desk idle).
     */
    async rebuild(clock: Clock, now = new Date(), log: (msg: string) => void = () => {}): Promise<{ facts: number; days: number }> {
      const s = sqlSchema(strapi);
      const db = await s.connection();
      const [bounds] = await db(s.table(REQUEST_UID)).min({ first: s.column(REQUEST_UID, 'receivedAt') }).max({ last: s.column(REQUEST_UID, 'receivedAt') });
      await db(s.table(KPI_FACT_UID)).where(s.column(KPI_FACT_UID, 'kind'), 'service').del();
      await db(s.table(KPI_DAY_UID)).del();
      if (!bounds?.first) return { facts: 0, days: 0 };
      const zone = strapi.config.get('plugin::claim-review.timeZone') as string;
      const days = new Map<string, { dims: KpiDimensions; tally: KpiTally }>();
      // Complaint facts stay: their counts go back into the day rows.
      const complaints: Record<string, unknown>[] = await db(s.table(KPI_FACT_UID)).select(db.raw(s.columns(KPI_FACT_UID, s.table(KPI_FACT_UID), '')));
      const addDay = (dims: KpiDimensions, tally: KpiTally) => {
        const k = dayKey(dims);
        const entry = days.get(k);
        if (entry) addTally(entry.tally, tally);
        else days.set(k, { dims: { date: dims.date, dealer: dims.dealer, region: dims.region, model: dims.model }, tally: addTally(emptyTally(), tally) });
      };
      for (const raw of complaints) {
        const f = s.attributes<Record<string, unknown>>(KPI_FACT_UID, raw, '');
        addDay(f as unknown as KpiDimensions, tallyOfRow(f));
      }
      let facts = 0;
      const filter = { from: businessDate(new Date(bounds.first), zone), to: businessDate(new Date(bounds.last), zone) };
      await reader().eachInRange(filter, now, clock, async (batch: BuiltRecord[]) => {
        const later: LaterRequest[] = await reader().unitRequests(batch.map((b) => b.record.unit).filter((u): u is string => Boolean(u)));
        const rows = rollup.tallies(batch, later, now).map(({ built: b, tally, refreshAt }) => {
          const r = b.record;
          addDay(r, tally);
          return { key: serviceFactKey(r.request), kind: 'service', number: r.request, unit: r.unit, date: r.date, dealer: r.dealer, region: r.region, model: r.model, refreshAt, ...tally };
        });
        for (let i = 0; i < rows.length; i += INSERT_BATCH) await s.insert(KPI_FACT_UID, rows.slice(i, i + INSERT_BATCH));
        facts += rows.length;
        if (facts % 100_000 < rows.length) log(`kpi rollup: ${facts.toLocaleString('en-US')} facts`);
      });
      const dayRows = [...days.entries()].map(([key, { dims, tally }]) => ({ key, ...dims, ...tally }));
      for (let i = 0; i < dayRows.length; i += INSERT_BATCH) await s.insert(KPI_DAY_UID, dayRows.slice(i, i + INSERT_BATCH));
      return { facts, days: dayRows.length };
    },

    /** At start: a database with requests and no service fact yet (the release that adds the rollup) is built once. */
    async backfillOnce(): Promise<void> {
      const facts = await strapi.db.query(KPI_FACT_UID as any).count({ where: { kind: 'service' } });
      if (facts > 0 || (await strapi.db.query(REQUEST_UID as any).count()) === 0) return;
      const built = await rollup.rebuild(await plugin().service('serviceClock').clock());
      strapi.log.info(`[claim-review] service KPI rollup built: ${built.facts} facts, ${built.days} day rows`);
    },

    /**
     * Facts whose counts changed with time alone (a timer fell due, first-time fix's 30
     * days ended), recomputed; run by the every-minute breach scan and before the page is
     * answered, so the figures are those of now. Answers how many were refreshed.
     */
    async refreshDue(clock: Clock, now = new Date()): Promise<number> {
      let total = 0;
      for (;;) {
        const due = (await strapi.db.query(KPI_FACT_UID as any).findMany({
          where: { kind: 'service', refreshAt: { $lte: now } },
          select: ['number'],
          orderBy: [{ refreshAt: 'asc' }],
          limit: DUE_BATCH,
        })) as Array<{ number: string }>;
        if (due.length === 0) return total;
        await strapi.db.transaction(() => rollup.refreshRequests(due.map((d) => d.number), clock, now));
        total += due.length;
        if (due.length < DUE_BATCH) return total;
      }
    },
  };
  return rollup;
};
