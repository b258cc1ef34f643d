import type { Core } from '@strapi/strapi';
import type { RegistrationAnswer, RegistrationInput, UnitAnswer } from '../../../shared';
import { compareIso, coverage, isRegistrationLate } from '../../../shared';
import { ApiError } from '../api-error';
import type { Actor } from './audit';

const UNIT_UID = 'api::unit.unit';

/** The dealer's view of a unit, and the warranty card (三包回执卡) that registers its sale. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const facts = () => strapi.plugin('claim-review').service('facts');

  return {
    async findForDealer(dealer: { id: number }, serial: string): Promise<UnitAnswer> {
      const row = await facts().unitOf(dealer, serial);
      if (!row) throw new ApiError('NOT_FOUND');
      const unit = facts().toUnitFacts(row);
      // An unsold unit has no governing policy yet; the one in force today tells the
      // dealer how many days the warranty card may wait after the sale.
      const [policy, calendar] = await Promise.all([facts().policyFor(unit, unit.saleDate ? null : facts().today()), facts().workingCalendar()]);
      const cov = coverage(unit, policy, calendar);
      const claims = await strapi.db.query('plugin::claim-review.claim').findMany({
        where: { serial, dealerCode: unit.dealerCode },
        select: ['number', 'status', 'repairDate'],
        orderBy: { repairDate: 'desc' },
      });
      return {
        serial: row.serial,
        // mainComponents: the codes a claim's fault.component is matched against (主要部件).
        model: { code: row.model?.code ?? '', name: row.model?.name ?? '', nameEn: row.model?.nameEn ?? null, mainComponents: unit.mainComponents },
        buildDate: row.buildDate,
        registered: Boolean(row.registrationDate),
        saleDate: row.saleDate,
        registrationDate: row.registrationDate,
        registrationLate: Boolean(row.registrationLate),
        policy: policy ? { code: policy.code, name: policy.name ?? null, clause: policy.clause ?? null } : null,
        registrationDays: policy?.registrationDays ?? null,
        coverage: cov,
        claims: claims.map((c: any) => ({ number: c.number, status: c.status, repairDate: c.repairDate })),
      } as UnitAnswer;
    },

    async register(dealer: { id: number }, actor: Actor, input: RegistrationInput): Promise<RegistrationAnswer> {
      const today = facts().today();
      // Read before the transaction: a card due on a rest day is on time the next working day (art. 203).
      const calendar = await facts().workingCalendar();
      return strapi.db.transaction(async () => {
        const row = await facts().unitOf(dealer, input.serial);
        if (!row) throw new ApiError('NOT_FOUND');
        if (row.registrationDate) throw new ApiError('ALREADY_REGISTERED');
        if (compareIso(input.saleDate, today) > 0) throw new ApiError('VALIDATION_FAILED', { fields: { saleDate: 'in_future' } });
        if (row.buildDate && compareIso(input.saleDate, row.buildDate) < 0) {
          throw new ApiError('VALIDATION_FAILED', { fields: { saleDate: 'before_build_date' } });
        }
        const unit = { ...facts().toUnitFacts(row), saleDate: input.saleDate };
        const policy = await facts().policyFor(unit);
        const late = policy ? isRegistrationLate(input.saleDate, today, policy, calendar) : false;
        // The document service, not the query engine: it writes the customer component.
        await strapi.documents(UNIT_UID).update({
          documentId: row.documentId,
          data: {
            saleDate: input.saleDate,
            registrationDate: today,
            registrationLate: late,
            usageAtSale: input.usage?.value ?? null,
            customer: { name: input.customer.name, phone: input.customer.phone, address: input.customer.address },
          } as any,
        });
        strapi.log.info(`[claim-review] unit ${input.serial} registered by ${actor.name}${late ? ' (late)' : ''}`);
        return {
          serial: row.serial,
          saleDate: input.saleDate,
          registrationDate: today,
          late,
          coverage: coverage(unit, policy, calendar),
        } as RegistrationAnswer;
      });
    },
  };
};
