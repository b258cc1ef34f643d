import type { Core } from '@strapi/strapi';
import type { FollowUpInput, ServiceActor, ServiceRequestInput, TriageInput } from '../../../shared';
import { FOLLOW_UP_STATES, followUpOutcome, followUpProblem, purchaseDateProblem, receivedAtProblem } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';
import { iso } from './claim-view';
import { NOTHING_DUE, requestTimersOf, type Clock } from './service-clock';
import type { RequestRow, WorkOrderRow } from './service-store';
import { FOLLOW_UP_UID } from './service-store';
import { timelineOf } from './service-view';

/** A coded 400 of an instant in the wrong order (core time checks): nothing is written. */
export function refuseTime(problem: { reason: string; fields: Record<string, string> } | null) {
  if (problem) throw new ApiError(problem.reason as 'TIME_IN_FUTURE', { fields: problem.fields });
}

/**
 * The coordinator's side of a call: intake (产品售后服务登记表), triage (guidance, dispatch,
 * close) and the follow-up call (回访). Each write is one transaction, status moves go
 * through service-moves, and the request's board columns and breaches are brought up to
 * date before the commit.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('serviceStore');
  const moves = () => plugin().service('serviceMoves');
  const lookup = () => plugin().service('serviceLookup');
  const breaches = () => plugin().service('serviceBreaches');
  const clockOf = (): Promise<Clock> => plugin().service('serviceClock').clock();

  const service = {
    async create(input: ServiceRequestInput, actor: Actor) {
      const now = new Date();
      refuseTime(receivedAtProblem(input.receivedAt, now));
      if (!input.unit.serial) refuseTime(purchaseDateProblem(input.unit.purchaseDate, plugin().service('facts').today(now)));
      let serial: string | null = null;
      let modelCode: string | null = null;
      if (input.unit.serial) {
        const unit = await plugin().service('facts').unitBySerial(input.unit.serial);
        if (!unit) throw new ApiError('VALIDATION_FAILED', { fields: { 'unit.serial': 'not_found' } });
        serial = unit.serial;
        modelCode = unit.model?.code ?? null;
      } else {
        const model = await lookup().modelName(input.unit.model ?? null);
        if (!model) throw new ApiError('VALIDATION_FAILED', { fields: { 'unit.model': 'not_found' } });
        modelCode = model.code;
      }
      const clock = await clockOf();
      const number: string = await strapi.db.transaction(async ({ trx, onCommit }) => {
        const month = plugin().service('facts').today(new Date(input.receivedAt)).slice(0, 7).replace('-', '');
        const next: string = await plugin().service('numbering').next(trx, 'SR', month, 5);
        await store().insertRequest({
          number: next,
          status: 'received',
          version: 1,
          cycle: 0,
          channel: input.channel,
          callerName: input.caller.name,
          callerPhone: input.caller.phone,
          addressRegion: input.caller.address.region,
          addressLine: input.caller.address.line,
          serial,
          modelCode,
          purchaseDate: input.unit.serial ? null : (input.unit.purchaseDate ?? null),
          symptom: input.symptom,
          receivedAt: new Date(input.receivedAt),
          receivedById: actor.id ?? null,
          receivedByName: actor.name,
          triageOutcome: null,
          triageNote: null,
          triageAt: null,
          triageBy: null,
          workOrderNumber: null,
          dealerCode: null,
          guidanceAt: null,
          completedAt: null,
          followedUpAt: null,
          dueOrder: NOTHING_DUE,
          checkDueAt: null,
          nextBreachAt: null,
          claimNumber: null,
        });
        await moves().note({ requestNumber: next, kind: 'request', event: 'received', toStatus: 'received', actor });
        await breaches().recordFor(next, clock, onCommit);
        return next;
      });
      return service.detail(number);
    },

    async triage(number: string, input: TriageInput, actor: Actor, as: ServiceActor) {
      const now = new Date();
      const dealer = input.outcome === 'dispatch' ? await lookup().activeDealer(input.dealer) : null;
      if (input.outcome === 'dispatch' && !dealer) throw new ApiError('VALIDATION_FAILED', { fields: { dealer: 'not_found' } });
      const clock = await clockOf();
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        const sr: RequestRow = await store().mustFindRequest(number);
        const triage = { triageOutcome: input.outcome, triageAt: now, triageBy: actor.name };
        if (input.outcome === 'guidance') {
          await moves().moveRequest(
            sr,
            [{ event: 'give_guidance', as, actor, note: input.note, data: { ...triage, triageNote: input.note, guidanceAt: now } }],
            onCommit,
          );
        } else if (input.outcome === 'closed') {
          await moves().moveRequest(
            sr,
            [{ event: 'close_not_product', as, actor, note: input.reason, data: { ...triage, triageNote: input.reason } }],
            onCommit,
          );
        } else {
          const moved: RequestRow = await moves().moveRequest(
            sr,
            [{ event: 'dispatch', as, actor, note: input.note ?? null, data: { ...triage, triageNote: input.note ?? null } }],
            onCommit,
          );
          await plugin().service('workOrders').dispatch(trx, moved, dealer!.code, actor, now, onCommit);
        }
        await breaches().recordFor(number, clock, onCommit, now);
      });
      return service.detail(number);
    },

    async followUp(number: string, input: FollowUpInput, actor: Actor, as: ServiceActor) {
      const now = new Date();
      const clock = await clockOf();
      await strapi.db.transaction(async ({ onCommit }) => {
        const sr: RequestRow = await store().mustFindRequest(number);
        if (!FOLLOW_UP_STATES.includes(sr.status)) throw new ApiError('REQUEST_WRONG_STATE');
        refuseTime(followUpProblem(input.at, sr.completedAt ?? sr.guidanceAt, now));
        // A follow-up timer already past due is settled before a call dated earlier stops it (the cron would have recorded it).
        await breaches().recordFor(number, clock, onCommit, now);
        const outcome = followUpOutcome(input);
        await strapi.db.query(FOLLOW_UP_UID as any).create({
          data: {
            requestNumber: number,
            cycle: sr.cycle,
            at: new Date(input.at),
            reached: input.reached,
            solved: input.solved ?? null,
            satisfaction: input.satisfaction ?? null,
            note: input.note ?? null,
            outcome,
            byId: actor.id ?? null,
            byName: actor.name,
          },
        });
        if (outcome === 'no_answer') {
          await moves().note({ requestNumber: number, kind: 'request', event: 'follow_up_no_answer', actor, note: input.note ?? null });
          await breaches().recordFor(number, clock, onCommit, now);
          return;
        }
        const reached = { followedUpAt: new Date(input.at) };
        if (outcome === 'satisfied') {
          await moves().moveRequest(
            sr,
            [
              { event: 'follow_up_satisfied', as, actor, note: input.note ?? null, data: reached },
              { event: 'close', as, actor, note: null },
            ],
            onCommit,
          );
          await breaches().recordFor(number, clock, onCommit, now);
          return;
        }
        const reopened: RequestRow = await moves().moveRequest(sr, [{ event: 'reopen', as, actor, note: input.note ?? null, data: reached }], onCommit);
        // The cycle's timers are settled (a late call is recorded) before a new cycle starts with no work order.
        await breaches().recordFor(number, clock, onCommit, now);
        await store().bumpRequest(reopened, {
          cycle: sr.cycle + 1,
          guidanceAt: null,
          completedAt: null,
          followedUpAt: null,
          workOrderNumber: null,
          dealerCode: null,
        });
        await breaches().recordFor(number, clock, onCommit, now);
      });
      return service.detail(number);
    },

    /** The ServiceRequest (staff view); breaches due are recorded first, so what it shows is on record. */
    async detail(number: string) {
      const now = new Date();
      const clock = await clockOf();
      let sr: RequestRow = await store().mustFindRequest(number);
      if (sr.nextBreachAt && new Date(sr.nextBreachAt).getTime() <= now.getTime()) {
        await strapi.db.transaction(({ onCommit }) => breaches().recordFor(number, clock, onCommit, now));
        sr = await store().mustFindRequest(number);
      }
      const orders: WorkOrderRow[] = await store().workOrdersOf(number);
      const current = orders.find((o) => o.number === sr.workOrderNumber) ?? null;
      const [unit, followUps, breachRows, events, claim] = await Promise.all([
        sr.serial ? lookup().unitCard(sr.serial) : Promise.resolve(null),
        store().followUpsOf(number),
        store().breachesOf(number),
        store().eventsOf(number),
        sr.claimNumber
          ? strapi.db.query('plugin::claim-review.claim').findOne({ where: { number: sr.claimNumber }, select: ['number', 'status'] })
          : Promise.resolve(null),
      ]);
      const model = await lookup().modelOf(sr, unit);
      const workOrders = await plugin().service('workOrders').views(orders, sr, { unit, model, events }, { forDealer: false, now, clock });
      const suggestion = sr.status === 'received' || sr.status === 'reopened' ? await lookup().suggestion(sr, unit) : null;
      return {
        number: sr.number,
        status: sr.status,
        version: sr.version,
        channel: sr.channel,
        caller: { name: sr.callerName, phone: sr.callerPhone, address: { region: sr.addressRegion, line: sr.addressLine } },
        unit: {
          serial: sr.serial,
          model,
          purchaseDate: sr.purchaseDate,
          saleDate: unit?.saleDate ?? null,
          coverage: unit?.coverage ?? null,
          sellingDealer: unit?.sellingDealer ?? null,
        },
        symptom: sr.symptom,
        receivedAt: iso(sr.receivedAt),
        receivedBy: { name: sr.receivedByName },
        triage: sr.triageOutcome ? { outcome: sr.triageOutcome, note: sr.triageNote, at: iso(sr.triageAt), by: sr.triageBy } : null,
        suggestion,
        workOrders,
        followUps: followUps.map((f: any) => ({
          at: iso(f.at),
          reached: Boolean(f.reached),
          solved: f.solved ?? null,
          satisfaction: f.satisfaction ?? null,
          note: f.note ?? null,
          outcome: f.outcome,
          by: { name: f.byName },
        })),
        timers: requestTimersOf(sr, current, now, clock),
        breaches: breachRows.map((b: any) => ({ timer: b.timer, workOrder: b.workOrderNumber ?? null, dueAt: iso(b.dueAt), recordedAt: iso(b.recordedAt) })),
        claim: claim ? { number: claim.number, status: claim.status } : null,
        timeline: timelineOf(events),
      };
    },
  };
  return service;
};
