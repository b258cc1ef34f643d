import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { ClaimInput, ClaimListQuery, IsoDate, PrecheckAnswer, PrecheckContext, WorkingCalendar } from '../../../shared';
import { DEFAULT_REVIEW_HOURS, dealerMayDelete, dealerMayEdit, hasErrors, listAnswer, precheck, priceClaim, remedyValue, slaOf } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import type { EventRow } from './claim-view';
import type { Move } from './transitions';
import { CLAIM_UID, LINE_UID, inputColumns, totalColumns, type ClaimRow } from './claim-store';
import { claimFactColumns } from './claim-facts-columns';
import { claimOf, summaryOf } from './claim-view';
import { sqlSchema } from './sql-schema';
import { isUniqueViolation } from './unique-violation';

const IDEMPOTENCY_UID = 'plugin::claim-review.idempotency-key';

interface Dealer {
  id: number;
  code: string;
  tier: number;
  name: string;
  nameEn?: string | null;
}

/** Canonical JSON (sorted keys) so the same body always hashes the same. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as any)[k])}`).join(',')}}`
      : JSON.stringify(value ?? null);

const hashOf = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');


/**
 * The dealer's claims: precheck, draft, submit, edit, delete, answer a question.
 * Context is loaded by `facts`, decisions are the domain core's, and every change
 * of a claim, its lines and its audit trail is written in one transaction.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const facts = () => plugin().service('facts');
  const store = () => plugin().service('claimStore');
  const audit = () => plugin().service('audit');
  const transitions = () => plugin().service('transitions');

  /** Findings, priced lines and totals for this input, as of its repair date; a filed claim is judged on its filing date. */
  async function evaluate(dealer: Dealer, input: ClaimInput, claimNumber?: string, filedOn?: IsoDate) {
    const { ctx, unitRow } = await facts().precheckContext(dealer, input, claimNumber, filedOn);
    const findings = precheck(input, ctx);
    const { lines, totals } = priceClaim(input, ctx);
    return { ctx: ctx as PrecheckContext, unitRow, findings, lines, totals, remedyValue: remedyValue(input, ctx) };
  }

  async function answer(number: string, dealerCode: string) {
    const row = await store().mustFind(number, { dealerCode });
    const events = await audit().trail(number, { dealerView: true });
    return claimOf(row, events, { forStaff: false });
  }

  /** submit, then the system's acceptance once the precheck holds (submitted → in_review): the review clock starts now. */
  function submitMoves(actor: Actor, policyReviewHours: number | null | undefined, calendar: WorkingCalendar | undefined): Move[] {
    const now = new Date();
    const due = slaOf(now.toISOString(), policyReviewHours ?? DEFAULT_REVIEW_HOURS, now, calendar).dueAt;
    return [
      { event: 'submit', as: 'dealer', actor, data: { submittedAt: now } },
      { event: 'accept_precheck', as: 'system', actor: { type: 'system', name: 'precheck' }, data: { reviewDueAt: new Date(due) } },
    ];
  }

  /**
   * Dealer scorecard: a low-risk claim is approved by the system once submitted; the answer
   * then shows it. The submission is committed by now: if the decision fails, the claim
   * stays with the reviewer (logged), and the dealer still gets its submitted claim.
   */
  async function tryAutoApprove(number: string): Promise<boolean> {
    try {
      return (await plugin().service('autoApprove').afterSubmit(number))?.decision === 'auto_approve';
    } catch (error) {
      strapi.log.error(`[claim-review] auto-approval of ${number} failed; left for review: ${(error as Error).message}`);
      return false;
    }
  }

  async function afterSubmit<T extends { number: string }>(created: T, dealerCode: string) {
    return (await tryAutoApprove(created.number)) ? answer(created.number, dealerCode) : created;
  }

  const service = {
    async precheck(dealer: Dealer, input: ClaimInput): Promise<PrecheckAnswer> {
      const { findings, lines, totals } = await evaluate(dealer, input);
      return { findings, lines, totals };
    },

    /** `links.serviceRequest`: the request whose receipt files the claim (service desk), stored with it. */
    async create(dealer: Dealer, actor: Actor, body: ClaimInput & { submit?: boolean }, idempotencyKey: string | null, links: { serviceRequest?: string | null } = {}) {
      const { submit = false, ...input } = body;
      const scope = idempotencyKey ? `${dealer.code}:${idempotencyKey}` : null;
      const requestHash = hashOf(body);

      const replay = async () => {
        const s = sqlSchema(strapi);
        const [raw] = await s.rows(
          'claims.idempotencyKey',
          () => `SELECT ${s.columns(IDEMPOTENCY_UID, 'k', '')} FROM "${s.table(IDEMPOTENCY_UID)}" k WHERE k."${s.column(IDEMPOTENCY_UID, 'scope')}" = ? LIMIT 1`,
          [scope],
        );
        if (!raw) return null;
        const row = s.attributes<{ requestHash: string; claimNumber: string }>(IDEMPOTENCY_UID, raw, '');
        if (row.requestHash !== requestHash) throw new ApiError('IDEMPOTENCY_KEY_REUSED');
        return answer(row.claimNumber, dealer.code);
      };
      // A repeat is rare (a retry after a lost answer): it is found when its key collides in
      // the transaction below, not looked up before every create. A precheck failure looks
      // first, so that a retry answers the claim made before a fact changed.
      const { ctx, unitRow, findings, lines, totals, remedyValue: value } = await evaluate(dealer, input);
      if (submit && hasErrors(findings)) {
        const earlier = scope ? await replay() : null;
        if (earlier) return earlier;
        throw new ApiError('PRECHECK_FAILED', { findings });
      }

      // The moves of a submit are checked by the state machine first; the claim is then
      // written once, in the status they reach, and answered from what was written.
      const planned = transitions().plan('draft', submit ? submitMoves(actor, ctx.policy?.reviewHours, ctx.calendar) : []);
      let created;
      try {
        created = await strapi.db.transaction(async ({ trx, onCommit }) => {
          const month = ctx.today.slice(0, 7).replace('-', '');
          const claimNumber: string = await plugin().service('numbering').next(trx, 'CR', month, 5);
          // The key's unique index is what stops a concurrent retry.
          if (scope) await sqlSchema(strapi).insert(IDEMPOTENCY_UID, [{ scope, requestHash, claimNumber }]);
          const row: ClaimRow = await store().insertClaim(
            {
              number: claimNumber,
              status: planned.status,
              // Created as a draft (1); a submit is its first change (2).
              version: planned.changes.length > 0 ? 2 : 1,
              dealerCode: dealer.code,
              modelCode: unitRow?.model?.code ?? null,
              ...claimFactColumns(unitRow),
              ...inputColumns(input),
              ...totalColumns(totals),
              findings,
              remedyValue: value,
              createdByUserId: actor.id ?? null,
              serviceRequestNumber: links.serviceRequest ?? null,
              ...planned.data,
            },
            { dealer: dealer.id, unit: unitRow?.id ?? null },
          );
          row.lines = await store().insertLines(row.id, lines, input, ctx.parts);
          const events: EventRow[] = await audit().appendMany([
            { claim: row, type: 'created', actor, toStatus: 'draft', after: { totals } },
            ...transitions().eventsOf(row, planned),
          ]);
          transitions().announce(row, planned, onCommit);
          return claimOf({ ...row, dealer: { id: dealer.id, code: dealer.code, name: dealer.name, nameEn: dealer.nameEn ?? null } }, events.filter((e) => e.dealerVisible), { forStaff: false });
        });
      } catch (error) {
        // The key was used before, or by a concurrent request that won the race: answer what it made.
        if (scope && isUniqueViolation(error)) {
          const earlier = await replay();
          if (earlier) return earlier;
        }
        throw error;
      }
      return submit ? afterSubmit(created, dealer.code) : created;
    },

    async list(dealer: Dealer, query: ClaimListQuery) {
      const where: Record<string, unknown> = { dealerCode: dealer.code };
      if (query.status) where.status = query.status;
      if (query.q) where.$or = [{ number: { $containsi: query.q } }, { serial: { $containsi: query.q } }];
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 25;
      const [rows, total] = await Promise.all([
        strapi.db.query(CLAIM_UID).findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(CLAIM_UID).count({ where }),
      ]);
      return listAnswer(rows.map(summaryOf), page, pageSize, total);
    },

    findOne(dealer: Dealer, number: string) {
      return answer(number, dealer.code);
    },

    async update(dealer: Dealer, actor: Actor, number: string, input: ClaimInput, expectedVersion: number | null) {
      // Facts are read before the transaction (their queries run in parallel, which a
      // single transaction connection cannot); the version check below still guards the write.
      // The filing date is the first submission (submittedAt is written by submit only):
      // an edit in info_requested must not make a claim filed on time late.
      const current: { submittedAt: string | null } = await store().mustFind(number, { dealerCode: dealer.code });
      const filedOn = current.submittedAt ? facts().today(new Date(current.submittedAt)) : undefined;
      const { ctx, unitRow, findings, lines, totals, remedyValue: value } = await evaluate(dealer, input, number, filedOn);
      await strapi.db.transaction(async () => {
        const row = await store().mustFind(number, { dealerCode: dealer.code });
        if (!dealerMayEdit(row.status as any)) throw new ApiError('WRONG_STATE');
        if (expectedVersion !== null && expectedVersion !== row.version) throw new ApiError('STALE_VERSION');
        await store().bump(row, {
          ...inputColumns(input),
          ...totalColumns(totals),
          findings,
          remedyValue: value,
          unit: unitRow?.id ?? null,
          modelCode: unitRow?.model?.code ?? null,
          ...claimFactColumns(unitRow),
        });
        await store().replaceLines(row.id, lines, input, ctx.parts);
        await audit().append({
          claim: row,
          type: 'updated',
          actor,
          before: { input: row.input, totals: { total: row.totalAmount } },
          after: { input, totals: { total: totals.total } },
        });
      });
      return answer(number, dealer.code);
    },

    async remove(dealer: Dealer, actor: Actor, number: string) {
      await strapi.db.transaction(async () => {
        const row = await store().mustFind(number, { dealerCode: dealer.code });
        if (!dealerMayDelete(row.status as any)) throw new ApiError('WRONG_STATE');
        await audit().append({ claim: row, type: 'deleted', actor, fromStatus: row.status, before: { input: row.input } });
        await strapi.db.query(LINE_UID).deleteMany({ where: { claim: row.id } });
        await strapi.db.query(CLAIM_UID).delete({ where: { id: row.id } });
      });
    },

    async submit(dealer: Dealer, actor: Actor, number: string, expectedVersion: number | null) {
      const row = await store().mustFind(number, { dealerCode: dealer.code });
      if (row.status !== 'draft') throw new ApiError('WRONG_STATE');
      if (expectedVersion !== null && expectedVersion !== row.version) throw new ApiError('STALE_VERSION');
      const { ctx, findings, lines, totals, remedyValue: value } = await evaluate(dealer, row.input, number);
      if (hasErrors(findings)) throw new ApiError('PRECHECK_FAILED', { findings });
      await strapi.db.transaction(async ({ onCommit }) => {
        // Prices are taken again as of the repair date: the list may have been corrected since the draft.
        const fresh = { ...row, version: await store().bump(row, { ...totalColumns(totals), findings, remedyValue: value }) };
        await store().replaceLines(row.id, lines, row.input, ctx.parts);
        await transitions().applyAll(fresh, submitMoves(actor, ctx.policy?.reviewHours, ctx.calendar), onCommit);
      });
      await tryAutoApprove(number);
      return answer(number, dealer.code);
    },

    async answer(dealer: Dealer, actor: Actor, number: string, message: string) {
      await strapi.db.transaction(async ({ onCommit }) => {
        const row = await store().mustFind(number, { dealerCode: dealer.code });
        // Back with the reviewer: the review clock starts again from the answer.
        const clock = await plugin().service('review').clockFrom(row, new Date());
        await transitions().apply(row, { event: 'answer', as: 'dealer', actor, comment: message, data: clock }, onCommit);
      });
      return answer(number, dealer.code);
    },
  };
  return service;
};
