import type { Core } from '@strapi/strapi';
import { dealers, demoLogins } from './data/dealers';
import { models } from './data/models';
import { parts, PART_VAT_BP } from './data/parts';
import { partPrices } from './data/prices';
import { operations } from './data/operations';
import { rates } from './data/rates';
import { policies } from './data/policies';
import { reasonCodes } from './data/reasonCodes';
import { officeCalendar } from './data/officeCalendar';
import { demoSerials, generateUnits } from './data/units';

export { demoLogins, demoSerials };

/**
 * The demo seed. Idempotent by business key — code, number, serial, part + effectiveFrom,
 * tier + effectiveFrom, username — so a second run creates nothing and never overwrites
 * what an admin has edited since: an existing record is counted and left alone. The one
 * exception is a missing link between a dealer and its demo portal user, which is
 * restored, because without it the demo login cannot work.
 */

export interface SeedCount {
  created: number;
  existing: number;
}

export interface SeedReport {
  dealerRole: SeedCount;
  users: SeedCount;
  dealers: SeedCount;
  productModels: SeedCount;
  parts: SeedCount;
  partPrices: SeedCount;
  labourOperations: SeedCount;
  labourRates: SeedCount;
  warrantyPolicies: SeedCount;
  reasonCodes: SeedCount;
  officeCalendarDays: SeedCount;
  units: SeedCount;
  /** Dealer ↔ portal-user links restored on an existing dealer. */
  userLinksRestored: number;
  ms: number;
}

const UID = {
  dealer: 'api::dealer.dealer',
  model: 'api::product-model.product-model',
  unit: 'api::unit.unit',
  policy: 'api::warranty-policy.warranty-policy',
  part: 'api::part.part',
  partPrice: 'api::part-price.part-price',
  operation: 'api::labour-operation.labour-operation',
  rate: 'api::labour-rate.labour-rate',
  reasonCode: 'api::reason-code.reason-code',
  officeCalendarDay: 'api::office-calendar.office-calendar-day',
  user: 'plugin::users-permissions.user',
  role: 'plugin::users-permissions.role',
} as const;

const DEALER_ROLE = { name: 'Dealer', type: 'dealer', description: '经销商门户用户 / Dealer portal user' };

type Row = { id: number; documentId: string; [field: string]: unknown };

/**
 * The seed reads through the Query Engine (plain rows, no pagination cap) and writes
 * through the Document Service (documentIds, components, relation handling, password
 * hashing). Both are reached through these narrow shapes so the file compiles the same
 * whether or not `strapi ts:generate-types` has produced typed UIDs.
 */
interface Reader {
  findMany(params: object): Promise<Row[]>;
  findOne(params: object): Promise<Row | null>;
  create(params: object): Promise<Row>;
}
interface Writer {
  create(params: object): Promise<Row>;
  update(params: object): Promise<Row>;
}

/**
 * Relations are given in longhand. The shorthand `field: 'documentId'` is read as a
 * numeric id whenever the random documentId happens to start with a digit.
 */
const ref = (documentId: string) => ({ documentId });

/** SQLite answers dates as strings, other drivers may answer Date objects. */
const isoDate = (v: unknown): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '').slice(0, 10);

const count = (): SeedCount => ({ created: 0, existing: 0 });

export async function seed(strapi: Core.Strapi, log: (msg: string) => void = () => {}): Promise<SeedReport> {
  const started = Date.now();
  const read = (uid: string) => strapi.db.query(uid as never) as unknown as Reader;
  const write = (uid: string) => strapi.documents(uid as never) as unknown as Writer;

  const report: SeedReport = {
    dealerRole: count(),
    users: count(),
    dealers: count(),
    productModels: count(),
    parts: count(),
    partPrices: count(),
    labourOperations: count(),
    labourRates: count(),
    warrantyPolicies: count(),
    reasonCodes: count(),
    officeCalendarDays: count(),
    units: count(),
    userLinksRestored: 0,
    ms: 0,
  };

  /** Business key → documentId of what is already stored. */
  const existingBy = async (uid: string, key: string): Promise<Map<string, string>> => {
    const rows = await read(uid).findMany({ select: ['documentId', key] });
    return new Map(rows.map((r) => [String(r[key]), r.documentId]));
  };

  /** Creates the records whose key is not stored yet; answers key → documentId of all. */
  const ensure = async <T>(
    uid: string,
    key: string,
    items: T[],
    keyOf: (item: T) => string,
    dataOf: (item: T) => object,
    tally: SeedCount,
  ): Promise<Map<string, string>> => {
    const byKey = await existingBy(uid, key);
    for (const item of items) {
      const k = keyOf(item);
      if (byKey.has(k)) {
        tally.existing++;
        continue;
      }
      const created = await write(uid).create({ data: dataOf(item) });
      byKey.set(k, created.documentId);
      tally.created++;
    }
    return byKey;
  };

  // One transaction: a failed seed leaves no half-loaded master data behind, and on
  // SQLite it turns a few hundred commits into one.
  await strapi.db.transaction(async () => {
    // ---- portal role and users
    let role = await read(UID.role).findOne({ where: { type: DEALER_ROLE.type } });
    if (role) {
      report.dealerRole.existing++;
    } else {
      role = await write(UID.role).create({ data: DEALER_ROLE });
      report.dealerRole.created++;
      log('created the users-permissions role "Dealer"');
    }

    const userService = strapi.plugin('users-permissions').service('user');
    const userIdByUsername = new Map<string, string>();
    for (const d of dealers) {
      const { username, email, password } = d.user;
      const found = await read(UID.user).findOne({
        where: { $or: [{ username }, { email: email.toLowerCase() }] },
        select: ['documentId'],
      });
      if (found) {
        report.users.existing++;
        userIdByUsername.set(username, found.documentId);
        continue;
      }
      // users-permissions' own service: it hashes the password as a login expects it
      const user: Row = await userService.add({
        username,
        email: email.toLowerCase(),
        password,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: ref(role.documentId),
      });
      userIdByUsername.set(username, user.documentId);
      report.users.created++;
    }

    // ---- dealers, each linked to its portal user
    const dealerIds = await existingBy(UID.dealer, 'code');
    for (const d of dealers) {
      const userDocId = userIdByUsername.get(d.user.username)!;
      const existingId = dealerIds.get(d.code);
      if (existingId) {
        report.dealers.existing++;
        const linked = await read(UID.dealer).findOne({
          where: { documentId: existingId, users: { documentId: userDocId } },
          select: ['id'],
        });
        if (!linked) {
          await write(UID.dealer).update({ documentId: existingId, data: { users: { connect: [ref(userDocId)] } } });
          report.userLinksRestored++;
        }
        continue;
      }
      const { towns: _towns, user: _user, ...fields } = d;
      const created = await write(UID.dealer).create({
        data: { ...fields, suspended: false, users: { connect: [ref(userDocId)] } },
      });
      dealerIds.set(d.code, created.documentId);
      report.dealers.created++;
    }
    log(`dealers ${report.dealers.created} created, ${report.dealers.existing} existing`);

    // ---- catalogue
    const modelIds = await ensure(UID.model, 'code', models, (m) => m.code, (m) => ({ ...m }), report.productModels);

    const partIds = await ensure(
      UID.part,
      'number',
      parts,
      (p) => p.number,
      (p) => ({
        ...p,
        vatRate: PART_VAT_BP,
        // a main component comes back for inspection; a core part is a protected design and never stays in the field
        mustReturn: p.category === 'main_component' || p.category === 'core',
      }),
      report.parts,
    );

    const priceRows = await read(UID.partPrice).findMany({
      select: ['effectiveFrom'],
      populate: { part: { select: ['number'] } },
    });
    const priceKeys = new Set(
      priceRows.map((r) => `${(r.part as { number?: string } | null)?.number ?? ''}|${isoDate(r.effectiveFrom)}`),
    );
    for (const p of partPrices) {
      if (priceKeys.has(`${p.partNumber}|${p.effectiveFrom}`)) {
        report.partPrices.existing++;
        continue;
      }
      await write(UID.partPrice).create({
        data: {
          part: ref(partIds.get(p.partNumber)!),
          effectiveFrom: p.effectiveFrom,
          dealerPrice: p.dealerPrice,
          guidePrice: p.guidePrice,
        },
      });
      report.partPrices.created++;
    }
    log(`parts ${report.parts.created} created; prices ${report.partPrices.created} created`);

    await ensure(
      UID.operation,
      'code',
      operations,
      (o) => o.code,
      ({ model, ...o }) => ({ ...o, ...(model ? { model: ref(modelIds.get(model)!) } : {}) }),
      report.labourOperations,
    );

    const rateRows = await read(UID.rate).findMany({ select: ['tier', 'effectiveFrom'] });
    const rateKeys = new Set(rateRows.map((r) => `${r.tier}|${isoDate(r.effectiveFrom)}`));
    for (const r of rates) {
      if (rateKeys.has(`${r.tier}|${r.effectiveFrom}`)) {
        report.labourRates.existing++;
        continue;
      }
      await write(UID.rate).create({ data: { ...r } });
      report.labourRates.created++;
    }

    await ensure(UID.policy, 'code', policies, (p) => p.code, (p) => ({ ...p }), report.warrantyPolicies);
    await ensure(UID.reasonCode, 'code', reasonCodes, (c) => c.code, (c) => ({ ...c }), report.reasonCodes);
    // Keyed by the date as stored: PostgreSQL may answer a Date object.
    const calendarDays = new Set((await read(UID.officeCalendarDay).findMany({ select: ['date'] })).map((r) => isoDate(r.date)));
    for (const day of officeCalendar) {
      if (calendarDays.has(day.date)) {
        report.officeCalendarDays.existing++;
        continue;
      }
      await write(UID.officeCalendarDay).create({ data: { ...day } });
      report.officeCalendarDays.created++;
    }

    // ---- units
    await ensure(
      UID.unit,
      'serial',
      generateUnits(),
      (u) => u.serial,
      ({ model, dealer, ...u }) => ({ ...u, model: ref(modelIds.get(model)!), dealer: ref(dealerIds.get(dealer)!) }),
      report.units,
    );
    log(`units ${report.units.created} created, ${report.units.existing} existing`);
  });

  report.ms = Date.now() - started;
  return report;
}

export default seed;
