import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { AppointmentInput, ArrivalInput, ContactAttemptInput, ReassignInput, ServiceActor } from '../../../shared';
import { appointmentProblem, arrivalProblem, contactAttemptMove, contactAttemptProblem, countedFailedContacts } from '../../../shared';
import { ApiError } from '../api-error';
import { SYSTEM, type Actor } from './audit';
import { workOrderTimersOf, type Clock } from './service-clock';
import { refuseTime } from './service-requests';
import { CONTACT_UID, type RequestRow, type WorkOrderRow } from './service-store';
import { receiptOf, workOrderOf, type EventRowLike, type UnitCard } from './service-view';

type OnCommit = (cb: () => void) => void;
interface Dealer {
  code: string;
}

const DEALER: ServiceActor = { kind: 'dealer' };
const MACHINE: ServiceActor = { kind: 'system' };
/** Where a station logs calls to the customer: after it took the order and before the visit. */
const CALLING_STATES = ['accepted', 'contacted', 'scheduled'];

/**
 * Work orders (售后派工单): dispatch and reassign by the coordinator; accept, decline,
 * contact attempts, appointment and arrival by the dealer's station, each in one
 * transaction through service-moves, scoped to the calling dealer.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const store = () => plugin().service('serviceStore');
  const moves = () => plugin().service('serviceMoves');
  const breaches = () => plugin().service('serviceBreaches');
  const clockOf = (): Promise<Clock> => plugin().service('serviceClock').clock();

  /** One dealer action on its own order, then the order as the dealer sees it. */
  async function act(dealer: Dealer, number: string, step: (wo: WorkOrderRow, sr: RequestRow, onCommit: OnCommit, now: Date) => Promise<void>) {
    const now = new Date();
    const clock = await clockOf();
    await strapi.db.transaction(async ({ onCommit }) => {
      const wo: WorkOrderRow = await store().mustFindWorkOrder(number, dealer.code);
      const sr: RequestRow = await store().mustFindRequest(wo.requestNumber);
      // A timer already past due is settled first: an appointment or a back-dated arrival moves its due, not its breach.
      await breaches().recordFor(sr.number, clock, onCommit, now);
      await step(wo, sr, onCommit, now);
      await breaches().recordFor(sr.number, clock, onCommit, now);
    });
    return service.forDealer(dealer, number);
  }

  const service = {
    /** A new work order for the request, in the caller's transaction; the request points at it. */
    async dispatch(trx: Knex.Transaction, sr: RequestRow, dealerCode: string, actor: Actor, now: Date, onCommit: OnCommit): Promise<WorkOrderRow> {
      const month = plugin().service('facts').today(now).slice(0, 7).replace('-', '');
      const number: string = await plugin().service('numbering').next(trx, 'WO', month, 5);
      const wo: WorkOrderRow = await store().insertWorkOrder({
        number,
        requestNumber: sr.number,
        status: 'dispatched',
        version: 1,
        dealerCode,
        dispatchedAt: now,
        dispatchedBy: actor.name,
        acceptedAt: null,
        declinedAt: null,
        declineReason: null,
        appointmentAt: null,
        appointmentAgreedBy: null,
        arrivedAt: null,
        completedAt: null,
        endedAt: null,
        endReason: null,
        failedContacts: 0,
        claimNumber: null,
      });
      await moves().note({ requestNumber: sr.number, workOrderNumber: number, kind: 'work_order', event: 'dispatch', toStatus: 'dispatched', actor });
      onCommit(() =>
        plugin()
          .service('webhooks')
          .emit('service.status-changed', {
            kind: 'work_order',
            number,
            request: sr.number,
            dealer: dealerCode,
            from: null,
            to: 'dispatched',
            at: now.toISOString(),
          }),
      );
      await store().bumpRequest(sr, { workOrderNumber: number, dealerCode });
      return wo;
    },

    accept(dealer: Dealer, actor: Actor, number: string) {
      return act(dealer, number, async (wo, _sr, onCommit, now) => {
        await moves().moveWorkOrder(wo, { event: 'accept', as: DEALER, actor, data: { acceptedAt: now } }, onCommit);
      });
    },

    decline(dealer: Dealer, actor: Actor, number: string, reason: string) {
      return act(dealer, number, async (wo, _sr, onCommit, now) => {
        await moves().moveWorkOrder(wo, { event: 'decline', as: DEALER, actor, note: reason, data: { declinedAt: now, declineReason: reason } }, onCommit);
      });
    },

    contactAttempt(dealer: Dealer, actor: Actor, number: string, input: ContactAttemptInput) {
      return act(dealer, number, async (wo, _sr, onCommit, now) => {
        if (!CALLING_STATES.includes(wo.status)) throw new ApiError('WORK_ORDER_WRONG_STATE');
        refuseTime(contactAttemptProblem(input.at, wo.dispatchedAt as string, now));
        const earlier = ((await store().attemptsOf([wo.number])) as Array<{ at: string; reached: boolean }>).map((a) => ({
          at: a.at,
          reached: Boolean(a.reached),
        }));
        const attempt = { at: input.at, reached: input.reached };
        const failedContacts = countedFailedContacts([...earlier, attempt]);
        const counted = !input.reached && failedContacts > countedFailedContacts(earlier);
        await strapi.db.query(CONTACT_UID as any).create({
          data: { workOrderNumber: wo.number, at: new Date(input.at), reached: input.reached, note: input.note ?? null, counted, byName: actor.name },
        });
        const move = contactAttemptMove(wo.status, earlier, attempt);
        if (move === 'contact') {
          await moves().moveWorkOrder(wo, { event: 'contact', as: DEALER, actor, note: input.note ?? null, data: { failedContacts } }, onCommit);
        } else if (move === 'return_to_coordinator') {
          await moves().moveWorkOrder(
            wo,
            { event: 'return_to_coordinator', as: MACHINE, actor: SYSTEM, note: input.note ?? null, data: { failedContacts, endedAt: now } },
            onCommit,
          );
        } else {
          await store().bumpWorkOrder(wo, { failedContacts });
          await moves().note({
            requestNumber: wo.requestNumber,
            workOrderNumber: wo.number,
            kind: 'work_order',
            event: 'contact_attempt',
            actor,
            note: input.note ?? null,
          });
        }
      });
    },

    appointment(dealer: Dealer, actor: Actor, number: string, input: AppointmentInput) {
      return act(dealer, number, async (wo, _sr, onCommit, now) => {
        refuseTime(appointmentProblem(input.at, now));
        const event = wo.status === 'scheduled' ? 'reschedule' : 'schedule';
        await moves().moveWorkOrder(
          wo,
          { event, as: DEALER, actor, note: input.reason ?? null, data: { appointmentAt: new Date(input.at), appointmentAgreedBy: input.agreedBy } },
          onCommit,
        );
      });
    },

    arrival(dealer: Dealer, actor: Actor, number: string, input: ArrivalInput) {
      return act(dealer, number, async (wo, sr, onCommit, now) => {
        refuseTime(arrivalProblem(input.at, wo.dispatchedAt as string, now));
        await moves().moveWorkOrder(wo, { event: 'arrive', as: DEALER, actor, data: { arrivedAt: new Date(input.at) } }, onCommit);
        await moves().moveRequest(sr, [{ event: 'start_service', as: MACHINE, actor }], onCommit);
      });
    },

    /** The coordinator takes the order from its dealer and dispatches a new one to another. */
    async reassign(number: string, input: ReassignInput, actor: Actor, as: ServiceActor) {
      const now = new Date();
      const target = await plugin().service('serviceLookup').activeDealer(input.dealer);
      if (!target) throw new ApiError('VALIDATION_FAILED', { fields: { dealer: 'not_found' } });
      const clock = await clockOf();
      const requestNumber: string = await strapi.db.transaction(async ({ trx, onCommit }) => {
        const wo: WorkOrderRow = await store().mustFindWorkOrder(number);
        if (target.code === wo.dealerCode) throw new ApiError('VALIDATION_FAILED', { fields: { dealer: 'same_dealer' } });
        const sr: RequestRow = await store().mustFindRequest(wo.requestNumber);
        if (sr.workOrderNumber !== wo.number) throw new ApiError('WORK_ORDER_WRONG_STATE');
        await moves().moveWorkOrder(wo, { event: 'reassign', as, actor, note: input.reason, data: { endedAt: now, endReason: input.reason } }, onCommit);
        // The old order's timers are settled (a breach before it ended stays one) before the request moves on.
        await breaches().recordFor(sr.number, clock, onCommit, now);
        await service.dispatch(trx, await store().mustFindRequest(sr.number), target.code, actor, now, onCommit);
        await breaches().recordFor(sr.number, clock, onCommit, now);
        return sr.number;
      });
      return plugin().service('serviceRequests').detail(requestNumber);
    },

    /**
     * The orders in WorkOrder shape, oldest first. The request's unit, model and timeline
     * come from the caller, who has read them for its own answer.
     */
    async views(
      orders: WorkOrderRow[],
      sr: RequestRow,
      known: { unit: UnitCard | null; model: { code: string; name: string } | null; events: EventRowLike[] },
      options: { forDealer: boolean; now: Date; clock: Clock },
    ) {
      const numbers = orders.map((o) => o.number);
      const [attempts, receipts, names] = await Promise.all([
        store().attemptsOf(numbers),
        store().receiptsOf(numbers),
        plugin()
          .service('serviceLookup')
          .dealerNames(orders.map((o) => o.dealerCode)),
      ]);
      const claimNumbers = orders.map((o) => o.claimNumber).filter((n): n is string => Boolean(n));
      const claims = claimNumbers.length
        ? await strapi.db.query('plugin::claim-review.claim').findMany({ where: { number: { $in: claimNumbers } }, select: ['number', 'status'] })
        : [];
      const links = plugin().service('evidenceLinks');
      return orders.map((wo) => {
        const receipt = receipts.find((r: any) => r.workOrderNumber === wo.number);
        const claim = claims.find((c: any) => c.number === wo.claimNumber);
        return workOrderOf(
          {
            wo,
            sr,
            dealerName: names.get(wo.dealerCode) ?? wo.dealerCode,
            unit: known.unit,
            // A call without a serial still names its model: the station sees which product to bring parts for.
            model: known.model,
            attempts: attempts.filter((a: any) => a.workOrderNumber === wo.number),
            receipt: receiptOf(receipt, receipt?.signatureAttachmentId ? links.urlFor(receipt.signatureAttachmentId, options.now) : null),
            claim: claim ? { number: claim.number, status: claim.status } : null,
            timers: workOrderTimersOf(wo, options.now, options.clock),
            events: known.events.filter((e) => e.workOrderNumber === wo.number),
          },
          { forDealer: options.forDealer },
        );
      });
    },

    /** One of the dealer's own orders; another dealer's number is "not found". */
    async forDealer(dealer: Dealer, number: string) {
      const now = new Date();
      const clock = await clockOf();
      const wo: WorkOrderRow = await store().mustFindWorkOrder(number, dealer.code);
      const sr: RequestRow = await store().mustFindRequest(wo.requestNumber);
      const lookup = plugin().service('serviceLookup');
      const unit: UnitCard | null = sr.serial ? await lookup.unitCard(sr.serial) : null;
      const [model, events] = await Promise.all([lookup.modelOf(sr, unit), store().eventsOf(sr.number)]);
      const [view] = await service.views([wo], sr, { unit, model, events }, { forDealer: true, now, clock });
      return view;
    },
  };
  return service;
};
