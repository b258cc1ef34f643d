import type { Core } from '@strapi/strapi';
import type {
  ClaimInput,
  DealerFacts,
  IsoDate,
  LabourOpFacts,
  PartFacts,
  PolicyFacts,
  PrecheckContext,
  PriorClaim,
  RateFacts,
  UnitFacts,
  WorkingCalendar,
} from '../../../shared';
import { businessDate, hoursToTenths, operationsFor, priceOn, rateOn, resolvePolicy } from '../../../shared';
import { workingCalendarOf, type PluginConfig } from '../config';

const POLICY_FIELDS = [
  'code', 'name', 'clause', 'category', 'effectiveFrom', 'wholeUnitMonths', 'mainComponentMonths', 'usageCap', 'usageUnit',
  'refundDays', 'replacementDays', 'repeatRepairLimit', 'registrationDays', 'filingDays', 'returnCutoffs', 'duplicateWindowDays',
  'reviewHours', 'excludedCauses', 'earlyRemedyDays', 'earlyRemedyUsage', 'earlyRemedyComponents', 'refundComponents',
  'warrantyMonths', 'warrantyUsageCap', 'sameProblemRepairLimit', 'majorAssemblyReplacementLimit', 'cumulativeRepairDaysLimit',
  'loanerAfterRepairDays', 'usageChargeRateBp', 'repairWorkingDays', 'busySeasonMonths', 'busySeasonMainRepairDays',
  'busySeasonWearRepairDays', 'recordRetentionYears', 'dispatchArrangeHours', 'dispatchCheckHours', 'onSiteHours', 'followUpHours',
] as const;

export interface UnitRow {
  id: number;
  documentId: string;
  serial: string;
  buildDate: string | null;
  saleDate: string | null;
  registrationDate: string | null;
  registrationLate: boolean | null;
  model: { id: number; code: string; name: string; nameEn: string | null; category: string | null; mainComponents: string[] | null } | null;
  dealer: { id: number; code: string } | null;
}

const toUnitFacts = (row: UnitRow): UnitFacts => ({
  serial: row.serial,
  modelCode: row.model?.code ?? '',
  modelName: row.model?.name ?? '',
  category: row.model?.category ?? null,
  mainComponents: Array.isArray(row.model?.mainComponents) ? row.model!.mainComponents! : [],
  dealerCode: row.dealer?.code ?? '',
  buildDate: row.buildDate,
  saleDate: row.saleDate,
  registrationDate: row.registrationDate,
});

/**
 * Loads, in a handful of queries, the master-data facts the domain core decides on:
 * the unit, its policy, the parts with the prices valid on the repair date, the
 * labour operations for the unit's model, the tier's rate and the unit's history.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::claim-review') as PluginConfig;

  const service = {
    today(now = new Date()): IsoDate {
      return businessDate(now, config().timeZone);
    },

    /** The office calendar the review SLA counts working hours in. */
    workingCalendar(): WorkingCalendar {
      return workingCalendarOf(config());
    },

    dealerFacts(dealer: { code: string; tier: number }): DealerFacts {
      return { code: dealer.code, tier: dealer.tier };
    },

    /** The unit if it exists and was sold by this dealer; another dealer's unit is "not found". */
    async unitOf(dealer: { id: number }, serial: string): Promise<UnitRow | null> {
      const row = (await strapi.db.query('api::unit.unit').findOne({
        where: { serial },
        populate: { model: true, dealer: { select: ['id', 'code'] } },
      })) as UnitRow | null;
      return row && row.dealer?.id === dealer.id ? row : null;
    },

    toUnitFacts,

    async policyFor(unit: UnitFacts, onDate?: IsoDate | null): Promise<PolicyFacts | null> {
      const rows = await strapi.db.query('api::warranty-policy.warranty-policy').findMany({
        where: {
          $or: [
            { model: { code: unit.modelCode } },
            ...(unit.category ? [{ category: unit.category, model: { id: { $null: true } } }] : []),
            { category: { $null: true }, model: { id: { $null: true } } },
          ],
        },
        populate: { model: { select: ['code'] } },
      });
      const policies: PolicyFacts[] = rows.map((row: any) => {
        const facts: Record<string, unknown> = { modelCode: row.model?.code ?? null };
        for (const field of POLICY_FIELDS) facts[field] = row[field] ?? null;
        return facts as unknown as PolicyFacts;
      });
      return resolvePolicy(policies, unit, onDate);
    },

    async partsOn(numbers: string[], onDate: IsoDate): Promise<Record<string, PartFacts>> {
      if (numbers.length === 0) return {};
      const parts = await strapi.db.query('api::part.part').findMany({ where: { number: { $in: numbers } } });
      const prices = await strapi.db.query('api::part-price.part-price').findMany({
        where: { part: { id: { $in: parts.map((p: { id: number }) => p.id) } } },
        populate: { part: { select: ['id'] } },
      });
      const out: Record<string, PartFacts> = {};
      for (const part of parts) {
        const own = prices.filter((p: any) => p.part?.id === part.id);
        const price = priceOn(own, onDate) as any;
        out[part.number] = {
          number: part.number,
          name: part.name,
          nameEn: part.nameEn ?? null,
          category: part.category,
          component: part.component ?? null,
          vatRate: part.vatRate ?? 1300,
          mustReturn: Boolean(part.mustReturn),
          wearMonths: part.wearMonths ?? null,
          price: price ? { effectiveFrom: price.effectiveFrom, dealerPrice: price.dealerPrice ?? 0, guidePrice: price.guidePrice ?? 0 } : null,
        };
      }
      return out;
    },

    async operationsFor(codes: string[], modelCode: string | null): Promise<Record<string, LabourOpFacts>> {
      if (codes.length === 0) return {};
      const rows = await strapi.db.query('api::labour-operation.labour-operation').findMany({
        where: { code: { $in: codes } },
        populate: { model: { select: ['code'] } },
      });
      const facts: LabourOpFacts[] = rows.map((row: any) => ({
        code: row.code,
        description: row.description ?? null,
        descriptionEn: row.descriptionEn ?? null,
        standardHoursTenths: hoursToTenths(Number(row.standardHours ?? 0)),
        modelCode: row.model?.code ?? null,
      }));
      return operationsFor(facts, modelCode);
    },

    async rateOn(tier: number, onDate: IsoDate): Promise<RateFacts | null> {
      const rows = await strapi.db.query('api::labour-rate.labour-rate').findMany({ where: { tier } });
      const rates = rows.map((row: any) => ({
        tier: row.tier,
        effectiveFrom: row.effectiveFrom,
        hourlyRate: row.hourlyRate ?? 0,
        travelRatePerKm: row.travelRatePerKm ?? 0,
        travelCapKm: row.travelCapKm ?? 0,
        logisticsFee: row.logisticsFee ?? 0,
      }));
      return rateOn(rates, tier, onDate);
    },

    /** Earlier claims of the unit that count as repairs (drafts never do). */
    async historyOf(serial: string, exceptNumber?: string): Promise<PriorClaim[]> {
      const rows = await strapi.db.query('plugin::claim-review.claim').findMany({
        where: { serial, status: { $ne: 'draft' }, ...(exceptNumber ? { number: { $ne: exceptNumber } } : {}) },
        // Only what the rules read: a claim row also carries its input and findings as JSON.
        select: ['number', 'status', 'failureDate', 'repairDate', 'remedy', 'faultComponent'],
        populate: { lines: { select: ['kind', 'ref', 'partCategory', 'decision'] } },
        orderBy: { repairDate: 'asc' },
      });
      return rows.map((row: any) => ({
        number: row.number,
        status: row.status,
        failureDate: row.failureDate,
        repairDate: row.repairDate,
        remedy: row.remedy,
        component: row.faultComponent,
        partNumbers: (row.lines ?? []).filter((l: any) => l.kind === 'part').map((l: any) => l.ref),
        majorAssemblyReplaced: (row.lines ?? []).some((l: any) => l.kind === 'part' && l.partCategory === 'main_component' && l.decision !== 'reject'),
      }));
    },

    /** Everything the precheck and the pricing of this claim need, as of its repair date. */
    async precheckContext(dealer: { id: number; code: string; tier: number }, input: ClaimInput, claimNumber?: string) {
      const unitRow = await service.unitOf(dealer, input.serial);
      const unit = unitRow ? toUnitFacts(unitRow) : null;
      const repairDate = input.repairDate;
      const [policy, parts, operations, rate, history] = await Promise.all([
        unit ? service.policyFor(unit) : Promise.resolve(null),
        service.partsOn(Array.from(new Set(input.parts.map((p) => p.partNumber))), repairDate),
        service.operationsFor(Array.from(new Set(input.labour.map((l) => l.operation))), unit?.modelCode ?? null),
        service.rateOn(dealer.tier, repairDate),
        unit ? service.historyOf(unit.serial, claimNumber) : Promise.resolve([]),
      ]);
      const ctx: PrecheckContext = {
        today: service.today(),
        dealer: service.dealerFacts(dealer),
        unit,
        policy: unit ? policy : undefined,
        parts,
        operations,
        rate,
        history,
        claimNumber,
      };
      return { ctx, unitRow };
    },
  };
  return service;
};
