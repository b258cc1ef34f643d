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
import { businessDate, hoursToTenths, operationsFor, priceOn, rateOn, repairPeriodDays, resolvePolicy, withOfficeDays } from '../../../shared';
import { workingCalendarOf, type PluginConfig } from '../config';
import { CLAIM_UID, LINE_UID } from './claim-store';
import { sqlSchema } from './sql-schema';

const UNIT_UID = 'api::unit.unit';
const MODEL_UID = 'api::product-model.product-model';
const DEALER_UID = 'api::dealer.dealer';
const POLICY_UID = 'api::warranty-policy.warranty-policy';
const PART_UID = 'api::part.part';
const PRICE_UID = 'api::part-price.part-price';
const OPERATION_UID = 'api::labour-operation.labour-operation';
const RATE_UID = 'api::labour-rate.labour-rate';
export const OFFICE_DAY_UID = 'api::office-calendar.office-calendar-day';

/** A `date` column: text in SQLite, a date (or Date) elsewhere. */
const isoDay = (v: unknown): IsoDate => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '').slice(0, 10));

const POLICY_FIELDS = [
  'code', 'name', 'clause', 'category', 'effectiveFrom', 'wholeUnitMonths', 'mainComponentMonths', 'usageCap', 'usageUnit',
  'refundDays', 'replacementDays', 'repeatRepairLimit', 'registrationDays', 'filingDays', 'returnCutoffs', 'returnMinDays', 'returnGraceDays', 'duplicateWindowDays',
  'reviewHours', 'excludedCauses', 'earlyRemedyDays', 'earlyRemedyUsage', 'earlyRemedyComponents', 'refundComponents',
  'warrantyMonths', 'warrantyUsageCap', 'sameProblemRepairLimit', 'majorAssemblyReplacementLimit', 'cumulativeRepairDaysLimit',
  'loanerAfterRepairDays', 'usageChargeRateBp', 'repairWorkingDays', 'busySeasonMonths', 'busySeasonMainRepairDays',
  'busySeasonWearRepairDays', 'repeatFailureRule', 'recordRetentionYears', 'dispatchArrangeHours', 'dispatchCheckHours', 'onSiteHours', 'followUpHours',
  // Dealer scorecard: the low-risk auto-approval amount.
  'autoApproveUnderFen',
] as const;

export interface UnitRow {
  id: number;
  documentId: string;
  serial: string;
  buildDate: string | null;
  saleDate: string | null;
  registrationDate: string | null;
  registrationLate: boolean | null;
  model: { id: number; code: string; name: string; nameEn: string | null; category: string | null; mainComponents: string[] | null; dealerPrice?: number | null } | null;
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
  unitPrice: typeof row.model?.dealerPrice === 'number' ? row.model.dealerPrice : null,
});

/**
 * Loads, in one query each (joins, not a statement per relation: a claim submit is
 * the hottest write of the API), the master-data facts the domain core decides on:
 * the unit, its policy, the parts with the prices valid on the repair date, the
 * labour operations for the unit's model, the tier's rate and the unit's history.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::claim-review') as PluginConfig;
  const sql = () => sqlSchema(strapi);

  const service = {
    today(now = new Date()): IsoDate {
      return businessDate(now, config().timeZone);
    },

    /**
     * The office calendar the review SLA counts working hours in and whose rest days move
     * the card and filing deadlines: the days staff keep in the CMS, read at each call so
     * an edit counts at once, under the configured (environment) holidays and make-up days.
     */
    async workingCalendar(): Promise<WorkingCalendar> {
      const rows = (await strapi.db.query(OFFICE_DAY_UID).findMany({ select: ['date', 'kind'] })) as Array<{ date: unknown; kind: 'holiday' | 'workday' }>;
      return withOfficeDays(workingCalendarOf(config()), rows.map((r) => ({ date: isoDay(r.date), kind: r.kind })));
    },

    dealerFacts(dealer: { code: string; tier: number }): DealerFacts {
      return { code: dealer.code, tier: dealer.tier };
    },

    /** The unit if it exists and was sold by this dealer; another dealer's unit is "not found". */
    async unitOf(dealer: { id: number }, serial: string): Promise<UnitRow | null> {
      const row = await service.unitBySerial(serial);
      return row?.dealer?.id === dealer.id ? row : null;
    },

    /** The unit by its serial whoever sold it (the service desk looks a caller's unit up). */
    async unitBySerial(serial: string): Promise<UnitRow | null> {
      const s = sql();
      const [raw] = await s.rows(
        'facts.unit',
        () => {
          const model = s.link(UNIT_UID, 'model');
          const seller = s.link(UNIT_UID, 'dealer');
          return `SELECT ${s.columns(UNIT_UID, 'u', 'u_')}, ${s.columns(MODEL_UID, 'm', 'm_')}, ${s.columns(DEALER_UID, 'd', 'd_', ['id', 'code'])}
            FROM "${s.table(UNIT_UID)}" u
            LEFT JOIN "${model.name}" um ON um."${model.own}" = u.id
            LEFT JOIN "${s.table(MODEL_UID)}" m ON m.id = um."${model.other}"
            LEFT JOIN "${seller.name}" ud ON ud."${seller.own}" = u.id
            LEFT JOIN "${s.table(DEALER_UID)}" d ON d.id = ud."${seller.other}"
            WHERE u."${s.column(UNIT_UID, 'serial')}" = ?
            LIMIT 1`;
        },
        [serial],
      );
      if (!raw) return null;
      const row = s.attributes<UnitRow>(UNIT_UID, raw, 'u_');
      row.model = raw.m_id === null ? null : s.attributes(MODEL_UID, raw, 'm_');
      row.dealer = raw.d_id === null ? null : s.attributes(DEALER_UID, raw, 'd_');
      return row;
    },

    toUnitFacts,

    /** Every warranty policy with its model's code: a short list, which the core resolves for a unit. */
    async policies(): Promise<PolicyFacts[]> {
      const s = sql();
      const rows = await s.rows(
        'facts.policies',
        () => {
          const model = s.link(POLICY_UID, 'model');
          return `SELECT ${s.columns(POLICY_UID, 'p', 'p_', POLICY_FIELDS)}, m.code AS model_code
            FROM "${s.table(POLICY_UID)}" p
            LEFT JOIN "${model.name}" pm ON pm."${model.own}" = p.id
            LEFT JOIN "${s.table(MODEL_UID)}" m ON m.id = pm."${model.other}"`;
        },
        [],
      );
      return rows.map((raw) => {
        const row = s.attributes<Record<string, unknown>>(POLICY_UID, raw, 'p_');
        const facts: Record<string, unknown> = { modelCode: raw.model_code ?? null };
        for (const field of POLICY_FIELDS) facts[field] = row[field] ?? null;
        return facts as unknown as PolicyFacts;
      });
    },

    /** The policy governing the unit (its model's, else its category's, else the general one). */
    async policyFor(unit: UnitFacts, onDate?: IsoDate | null): Promise<PolicyFacts | null> {
      return resolvePolicy(await service.policies(), unit, onDate);
    },

    /** The parts with every version of their price, in one query; the one valid on the date is the core's choice. */
    async partsOn(numbers: string[], onDate: IsoDate): Promise<Record<string, PartFacts>> {
      if (numbers.length === 0) return {};
      const s = sql();
      const rows = await s.rows(
        `facts.parts.${numbers.length}`,
        () => {
          const priced = s.link(PRICE_UID, 'part');
          return `SELECT ${s.columns(PART_UID, 'p', 'p_')}, ${s.columns(PRICE_UID, 'pp', 'pp_', ['id', 'effectiveFrom', 'dealerPrice', 'guidePrice', 'pricesIncludeVat'])}
            FROM "${s.table(PART_UID)}" p
            LEFT JOIN "${priced.name}" pl ON pl."${priced.other}" = p.id
            LEFT JOIN "${s.table(PRICE_UID)}" pp ON pp.id = pl."${priced.own}"
            WHERE p."${s.column(PART_UID, 'number')}" IN (${numbers.map(() => '?').join(', ')})`;
        },
        numbers,
      );
      const out: Record<string, PartFacts> = {};
      for (const { parent: part, children: prices } of s.nest(rows, { uid: PART_UID, prefix: 'p_', key: 'number' }, { uid: PRICE_UID, prefix: 'pp_' })) {
        const price = priceOn(prices, onDate) as any;
        out[part.number] = {
          number: part.number,
          name: part.name,
          nameEn: part.nameEn ?? null,
          category: part.category,
          component: part.component ?? null,
          vatRate: part.vatRate ?? 1300,
          mustReturn: Boolean(part.mustReturn),
          wearMonths: part.wearMonths ?? null,
          price: price
            ? { effectiveFrom: price.effectiveFrom, dealerPrice: price.dealerPrice ?? 0, guidePrice: price.guidePrice ?? 0, pricesIncludeVat: Boolean(price.pricesIncludeVat) }
            : null,
        };
      }
      return out;
    },

    /** The labour operations named, each with the model it is for (null: any model). */
    async operations(codes: string[]): Promise<LabourOpFacts[]> {
      if (codes.length === 0) return [];
      const s = sql();
      const rows = await s.rows(
        `facts.operations.${codes.length}`,
        () => {
          const model = s.link(OPERATION_UID, 'model');
          return `SELECT ${s.columns(OPERATION_UID, 'o', 'o_')}, m.code AS model_code
            FROM "${s.table(OPERATION_UID)}" o
            LEFT JOIN "${model.name}" om ON om."${model.own}" = o.id
            LEFT JOIN "${s.table(MODEL_UID)}" m ON m.id = om."${model.other}"
            WHERE o."${s.column(OPERATION_UID, 'code')}" IN (${codes.map(() => '?').join(', ')})`;
        },
        codes,
      );
      return rows.map((raw) => {
        const row = s.attributes<any>(OPERATION_UID, raw, 'o_');
        return {
          code: row.code,
          description: row.description ?? null,
          descriptionEn: row.descriptionEn ?? null,
          standardHoursTenths: hoursToTenths(Number(row.standardHours ?? 0)),
          modelCode: (raw.model_code as string | null) ?? null,
        };
      });
    },

    async rateOn(tier: number, onDate: IsoDate): Promise<RateFacts | null> {
      const s = sql();
      const rows = await s.rows(
        'facts.rates',
        () => `SELECT ${s.columns(RATE_UID, 'r', 'r_')} FROM "${s.table(RATE_UID)}" r WHERE r."${s.column(RATE_UID, 'tier')}" = ?`,
        [tier],
      );
      const rates = rows.map((raw) => {
        const row = s.attributes<any>(RATE_UID, raw, 'r_');
        return {
          tier: row.tier,
          effectiveFrom: row.effectiveFrom,
          hourlyRate: row.hourlyRate ?? 0,
          travelRatePerKm: row.travelRatePerKm ?? 0,
          travelCapKm: row.travelCapKm ?? 0,
          logisticsFee: row.logisticsFee ?? 0,
        };
      });
      return rateOn(rates, tier, onDate);
    },

    /** Earlier claims of the unit that count as repairs (drafts never do), with their lines, in one query. */
    async historyOf(serial: string, exceptNumber?: string): Promise<PriorClaim[]> {
      const s = sql();
      const rows = await s.rows(
        `facts.history.${exceptNumber ? 'except' : 'all'}`,
        () => {
          const owned = s.link(LINE_UID, 'claim');
          const c = (attribute: string) => `c."${s.column(CLAIM_UID, attribute)}"`;
          // Only what the rules read: a claim row also carries its input and findings as JSON.
          return `SELECT ${s.columns(CLAIM_UID, 'c', 'c_', ['id', 'number', 'status', 'failureDate', 'repairDate', 'remedy', 'faultComponent', 'repairHandedOverAt', 'repairReturnedAt'])},
              ${s.columns(LINE_UID, 'l', 'l_', ['id', 'kind', 'ref', 'partCategory', 'decision'])}
            FROM "${s.table(CLAIM_UID)}" c
            LEFT JOIN "${owned.name}" k ON k."${owned.other}" = c.id
            LEFT JOIN "${s.table(LINE_UID)}" l ON l.id = k."${owned.own}"
            WHERE ${c('serial')} = ? AND ${c('status')} <> 'draft'${exceptNumber ? ` AND ${c('number')} <> ?` : ''}
            ORDER BY ${c('repairDate')}, c.id, l.id`;
        },
        exceptNumber ? [serial, exceptNumber] : [serial],
      );
      return s.nest(rows, { uid: CLAIM_UID, prefix: 'c_', key: 'id' }, { uid: LINE_UID, prefix: 'l_' }).map(({ parent: row, children: lines }) => ({
        number: row.number,
        status: row.status,
        failureDate: row.failureDate,
        repairDate: row.repairDate,
        remedy: row.remedy,
        component: row.faultComponent,
        partNumbers: lines.filter((l) => l.kind === 'part').map((l) => l.ref),
        repairDays:
          row.repairHandedOverAt && row.repairReturnedAt
            ? repairPeriodDays({ handedOverAt: row.repairHandedOverAt, returnedAt: row.repairReturnedAt })
            : null,
        majorAssemblyReplaced: lines.some((l) => l.kind === 'part' && l.partCategory === 'main_component' && l.decision !== 'reject'),
      }));
    },

    /**
     * Everything the precheck and the pricing of this claim need, as of its repair date.
     * `filedOn` is the claim's first submission, once it has one.
     */
    async precheckContext(dealer: { id: number; code: string; tier: number }, input: ClaimInput, claimNumber?: string, filedOn?: IsoDate) {
      const repairDate = input.repairDate;
      // All at once, the unit too (on PostgreSQL, in parallel): nothing here needs the
      // unit in its query; what depends on the unit is chosen from the answers below.
      const [unitRow, policies, parts, operationRows, rate, priorClaims, calendar] = await Promise.all([
        service.unitOf(dealer, input.serial),
        service.policies(),
        service.partsOn(Array.from(new Set(input.parts.map((p) => p.partNumber))), repairDate),
        service.operations(Array.from(new Set(input.labour.map((l) => l.operation)))),
        service.rateOn(dealer.tier, repairDate),
        service.historyOf(input.serial, claimNumber),
        service.workingCalendar(),
      ]);
      // Another dealer's unit is no unit at all, and its history is none of this dealer's.
      const unit = unitRow ? toUnitFacts(unitRow) : null;
      const policy = unit ? resolvePolicy(policies, unit) : null;
      const operations = operationsFor(operationRows, unit?.modelCode ?? null);
      const history = unit ? priorClaims : [];
      const ctx: PrecheckContext = {
        today: service.today(),
        ...(filedOn ? { filedOn } : {}),
        calendar,
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
