import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { BoardQuery, WorkOrderListQuery } from '../../../shared';
import { CLOSED_WORK_ORDER_STATES, FOLLOW_UP_STATES, OPEN_REQUEST_STATES, listAnswer, normalisePhone } from '../../../shared';
import { requestTimersOf, type Clock } from './service-clock';
import { sqlSchema } from './sql-schema';
import { BREACH_UID, REQUEST_UID, WORK_ORDER_UID, type RequestRow, type WorkOrderRow } from './service-store';
import { summaryOf } from './service-view';

const DEALER_UID = 'api::dealer.dealer';

/**
 * The coordinators' queues and the dealer's inbox. The board is one SQL statement over
 * the request table's indexed columns (status, the stored sort instant `due_order`,
 * dealer, check instant), joined to the current work order and its dealer for the page
 * only, plus its count: nothing is loaded to be filtered in memory.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');

  async function board(
    filters: { statuses: readonly string[]; dealer?: string; check?: boolean; breached?: boolean; q?: string },
    page: number,
    pageSize: number,
  ) {
    const now = new Date();
    const s = sqlSchema(strapi);
    const db: Knex = await s.connection();
    const col = (attribute: string) => `r.${s.column(REQUEST_UID, attribute)}`;
    const base = db(`${s.table(REQUEST_UID)} as r`).whereIn(col('status'), filters.statuses as string[]);
    if (filters.dealer) base.where(col('dealerCode'), filters.dealer);
    if (filters.check) base.where(col('checkDueAt'), '<=', now);
    if (filters.breached) {
      // A timer waiting past due now, or a breach on record for the current cycle.
      base.where((w) =>
        w.where(col('dueOrder'), '<=', now).orWhereExists(
          db(`${s.table(BREACH_UID)} as b`)
            .select(db.raw('1'))
            .whereRaw(`b.${s.column(BREACH_UID, 'requestNumber')} = ${col('number')}`)
            .whereRaw(`b.${s.column(BREACH_UID, 'cycle')} = ${col('cycle')}`),
        ),
      );
    }
    if (filters.q) {
      const text = filters.q.toLowerCase();
      const asPhone = normalisePhone(filters.q);
      // `!` escapes: a backslash means something else in a MySQL string literal.
      const like = `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      base.where((w) => {
        w.whereRaw(`LOWER(${col('number')}) LIKE ? ESCAPE '!'`, [like])
          .orWhereRaw(`LOWER(${col('callerName')}) LIKE ? ESCAPE '!'`, [like])
          .orWhereRaw(`LOWER(${col('serial')}) LIKE ? ESCAPE '!'`, [like])
          .orWhere(col('callerPhone'), asPhone.ok ? asPhone.normalised : filters.q!);
      });
    }
    // The office calendar is read while the count runs: on a selective view its round trip was a third of the board's cost.
    const [[{ n }], clock] = await Promise.all([base.clone().count({ n: '*' }), plugin().service('serviceClock').clock() as Promise<Clock>]);
    const total = Number(n);
    const rows = await base
      .clone()
      .leftJoin(`${s.table(WORK_ORDER_UID)} as w`, `w.${s.column(WORK_ORDER_UID, 'number')}`, col('workOrderNumber'))
      .leftJoin(`${s.table(DEALER_UID)} as d`, `d.${s.column(DEALER_UID, 'code')}`, `w.${s.column(WORK_ORDER_UID, 'dealerCode')}`)
      .select(db.raw(`${s.columns(REQUEST_UID, 'r', 'r_')}, ${s.columns(WORK_ORDER_UID, 'w', 'w_')}, d.${s.column(DEALER_UID, 'name')} AS dealer_name`))
      .orderBy([
        { column: col('dueOrder'), order: 'asc' },
        { column: col('receivedAt'), order: 'desc' },
        { column: 'r.id', order: 'desc' },
      ])
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const items = rows.map((raw: Record<string, unknown>) => {
      const sr = s.attributes<RequestRow>(REQUEST_UID, raw, 'r_');
      const wo = raw.w_id === null || raw.w_id === undefined ? null : s.attributes<WorkOrderRow>(WORK_ORDER_UID, raw, 'w_');
      return { sr, wo, dealerName: (raw.dealer_name as string | null) ?? null };
    });
    // Reading the board records the breaches it shows, as the cron job would (once, by key).
    const due = items.filter(({ sr }) => sr.nextBreachAt && new Date(sr.nextBreachAt).getTime() <= now.getTime());
    for (const { sr } of due) {
      await strapi.db.transaction(({ onCommit }) => plugin().service('serviceBreaches').recordFor(sr.number, clock, onCommit, now));
    }
    return listAnswer(
      items.map(({ sr, wo, dealerName }) =>
        summaryOf(sr, wo ? { number: wo.number, status: wo.status, dealerCode: wo.dealerCode, dealerName } : null, requestTimersOf(sr, wo, now, clock)),
      ),
      page,
      pageSize,
      total,
    );
  }

  return {
    requests(query: BoardQuery) {
      return board(
        { statuses: query.status ?? OPEN_REQUEST_STATES, dealer: query.dealer, check: query.check, breached: query.breached, q: query.q },
        query.page,
        query.pageSize,
      );
    },

    /** Requests awaiting their follow-up call, due first. */
    followUps(query: { page: number; pageSize: number }) {
      return board({ statuses: FOLLOW_UP_STATES }, query.page, query.pageSize);
    },

    /** The dealer's work orders: open first, then by when they are due (the appointment, else the dispatch). */
    async workOrders(dealer: { code: string }, query: WorkOrderListQuery) {
      const s = sqlSchema(strapi);
      const db: Knex = await s.connection();
      const col = (attribute: string) => `w.${s.column(WORK_ORDER_UID, attribute)}`;
      const base = db(`${s.table(WORK_ORDER_UID)} as w`).where(col('dealerCode'), dealer.code);
      if (query.status) base.whereIn(col('status'), query.status);
      if (query.open === true) base.whereNotIn(col('status'), CLOSED_WORK_ORDER_STATES as string[]);
      if (query.open === false) base.whereIn(col('status'), CLOSED_WORK_ORDER_STATES as string[]);
      const [{ n }] = await base.clone().count({ n: '*' });
      const closed = (CLOSED_WORK_ORDER_STATES as string[]).map(() => '?').join(', ');
      const rows = await base
        .clone()
        .select(db.raw(s.columns(WORK_ORDER_UID, 'w', '')))
        .orderByRaw(`CASE WHEN ${col('status')} IN (${closed}) THEN 1 ELSE 0 END`, CLOSED_WORK_ORDER_STATES as string[])
        .orderByRaw(`COALESCE(${col('appointmentAt')}, ${col('dispatchedAt')}) ASC`)
        .orderBy('w.id', 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      const views = [];
      for (const raw of rows) {
        views.push(
          await plugin()
            .service('workOrders')
            .forDealer(dealer, s.attributes<WorkOrderRow>(WORK_ORDER_UID, raw, '').number),
        );
      }
      return listAnswer(views, query.page, query.pageSize, Number(n));
    },
  };
};
