/**
 * A small, readable world for API tests: two dealers (and a suspended one), an
 * electric tricycle with its main components, a price list in two versions, labour
 * and rates per tier, the company policy, and units in the states tests need.
 */
import type { Core } from '@strapi/strapi';
import { daysAgo } from './dates';
import { createDealerUser } from './auth';

export const FIXTURE = {
  dealers: { east: 'D-EAST', west: 'D-WEST', suspended: 'D-SUSP' },
  users: { east: 'east-user', west: 'west-user', suspended: 'susp-user', orphan: 'no-dealer-user' },
  model: 'TRI-01',
  serials: {
    registered: 'LSBTRI0001',
    unregistered: 'LSBTRI0002',
    neverRegistered: 'LSBTRI0006',
    old: 'LSBTRI0003',
    lateCard: 'LSBTRI0004',
    west: 'LSBTRI0005',
  },
  parts: { motor: 'P-MOTOR', controller: 'P-CTRL', pad: 'P-PAD', bolt: 'P-BOLT', core: 'P-CORE' },
  operations: { motor: 'OP-MOTOR', brake: 'OP-BRAKE' },
  /** Current (2026) dealer prices in fen. */
  prices: { motor: 120000, controller: 45000, pad: 3000, bolt: 150 },
  rates: { tier1: 4000, tier2: 5000, tier3: 6000, travelPerKm: 150, travelCapKm: 100, logistics: 3000 },
};

type Ids = Record<string, string>;

async function create(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Promise<string> {
  const doc = await strapi.documents(uid as any).create({ data } as any);
  return doc.documentId;
}

export async function loadFixture(strapi: Core.Strapi) {
  const dealers: Ids = {};
  dealers.east = await create(strapi, 'api::dealer.dealer', { code: FIXTURE.dealers.east, name: '华东测试经销商', nameEn: 'East Test Dealer', region: '华东', tier: 2, creditGrade: 'A', suspended: false });
  dealers.west = await create(strapi, 'api::dealer.dealer', { code: FIXTURE.dealers.west, name: '西南测试经销商', nameEn: 'West Test Dealer', region: '西南', tier: 1, creditGrade: 'B', suspended: false });
  dealers.suspended = await create(strapi, 'api::dealer.dealer', { code: FIXTURE.dealers.suspended, name: '暂停经销商', region: '华北', tier: 3, creditGrade: 'D', suspended: true });

  await createDealerUser(strapi, FIXTURE.users.east, dealers.east);
  await createDealerUser(strapi, FIXTURE.users.west, dealers.west);
  await createDealerUser(strapi, FIXTURE.users.suspended, dealers.suspended);
  await createDealerUser(strapi, FIXTURE.users.orphan);

  const model = await create(strapi, 'api::product-model.product-model', {
    code: FIXTURE.model, name: '电动三轮车 TRI-01', nameEn: 'Electric tricycle TRI-01', category: 'tricycle',
    mainComponents: ['motor', 'controller', 'rear_axle', 'frame'], dealerPrice: 520000,
  });

  const parts: Ids = {};
  const partRows = [
    { key: 'motor', number: FIXTURE.parts.motor, name: '驱动电机', nameEn: 'Drive motor', category: 'main_component', component: 'motor', mustReturn: true },
    { key: 'controller', number: FIXTURE.parts.controller, name: '控制器', nameEn: 'Controller', category: 'main_component', component: 'controller', mustReturn: true },
    { key: 'pad', number: FIXTURE.parts.pad, name: '刹车片', nameEn: 'Brake pad', category: 'wear', component: 'brake', mustReturn: false, wearMonths: 3 },
    { key: 'bolt', number: FIXTURE.parts.bolt, name: '螺栓 M8', nameEn: 'Bolt M8', category: 'standard', mustReturn: false },
    { key: 'core', number: FIXTURE.parts.core, name: '电机控制芯片', nameEn: 'Motor control chip', category: 'core', component: 'controller', mustReturn: true },
  ];
  for (const { key, ...row } of partRows) parts[key] = await create(strapi, 'api::part.part', { vatRate: 1300, ...row });
  const priceRows: Array<[string, string, number, number]> = [
    ['motor', '2025-01-01', 110000, 150000], ['motor', '2026-01-01', FIXTURE.prices.motor, 160000],
    ['controller', '2026-01-01', FIXTURE.prices.controller, 60000],
    ['pad', '2026-01-01', FIXTURE.prices.pad, 4000],
    ['bolt', '2026-01-01', FIXTURE.prices.bolt, 200],
  ];
  for (const [key, effectiveFrom, dealerPrice, guidePrice] of priceRows) {
    await create(strapi, 'api::part-price.part-price', { part: parts[key], effectiveFrom, dealerPrice, guidePrice });
  }

  await create(strapi, 'api::labour-operation.labour-operation', { code: FIXTURE.operations.motor, description: '更换驱动电机', descriptionEn: 'Replace drive motor', model, standardHours: 1.5 });
  await create(strapi, 'api::labour-operation.labour-operation', { code: FIXTURE.operations.brake, description: '更换刹车片', descriptionEn: 'Replace brake pads', standardHours: 0.5 });
  for (const [tier, hourlyRate] of [[1, FIXTURE.rates.tier1], [2, FIXTURE.rates.tier2], [3, FIXTURE.rates.tier3]]) {
    await create(strapi, 'api::labour-rate.labour-rate', {
      tier, effectiveFrom: '2025-01-01', hourlyRate, travelRatePerKm: FIXTURE.rates.travelPerKm, travelCapKm: FIXTURE.rates.travelCapKm, logisticsFee: FIXTURE.rates.logistics,
    });
  }

  await create(strapi, 'api::warranty-policy.warranty-policy', {
    code: 'TEST-TRI', name: '测试三包政策', clause: '企业三包标准', category: 'tricycle', effectiveFrom: '2020-01-01',
    wholeUnitMonths: 12, mainComponentMonths: 24, refundDays: 7, replacementDays: 15, repeatRepairLimit: 2,
    registrationDays: 20, filingDays: 30, returnCutoffs: ['06-30', '12-31'], duplicateWindowDays: 30, reviewHours: 48,
  });
  for (const [code, label, labelEn] of [['NOT_REQUIRED', '非必要', 'Not required'], ['OVER_STANDARD_HOURS', '超标准工时', 'Over standard hours'], ['NOT_COVERED', '不属三包', 'Not covered'], ['MISUSE', '使用不当', 'Misuse'], ['OTHER', '其他', 'Other']]) {
    await create(strapi, 'api::reason-code.reason-code', { code, label, labelEn });
  }

  const unit = (serial: string, dealer: string, extra: Record<string, unknown> = {}) =>
    create(strapi, 'api::unit.unit', { serial, model, dealer, buildDate: daysAgo(200), ...extra });
  const units: Ids = {};
  units.registered = await unit(FIXTURE.serials.registered, dealers.east, { saleDate: daysAgo(10), registrationDate: daysAgo(8), customer: { name: '张三', phone: '13800000001', address: '山东潍坊' } });
  units.unregistered = await unit(FIXTURE.serials.unregistered, dealers.east);
  units.neverRegistered = await unit(FIXTURE.serials.neverRegistered, dealers.east);
  units.old = await unit(FIXTURE.serials.old, dealers.east, { saleDate: daysAgo(400), registrationDate: daysAgo(395) });
  units.lateCard = await unit(FIXTURE.serials.lateCard, dealers.east, { saleDate: daysAgo(60), registrationDate: daysAgo(30), registrationLate: true });
  units.west = await unit(FIXTURE.serials.west, dealers.west, { saleDate: daysAgo(20), registrationDate: daysAgo(18) });

  return { dealers, parts, units, model };
}
