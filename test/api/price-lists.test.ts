/**
 * 配件价目表 import and export on the staff API: a CSV or XLSX upload is previewed row
 * by row, imported all or nothing with one effective date, and the current list
 * exports in the same columns so it can be edited and imported again.
 */
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { staffLogin } from '../helpers/auth';
import { FIXTURE, loadFixture } from '../helpers/fixture';

let strapi: Core.Strapi;
let admin: string;

const EFFECTIVE = '2027-01-01';

beforeAll(async () => {
  strapi = await startStrapi();
  await loadFixture(strapi);
  admin = await staffLogin(strapi, 'Super Admin');
});
afterAll(stopStrapi);

const upload = (path: 'preview' | 'import', bytes: Buffer, filename: string, effectiveFrom = EFFECTIVE, jwt = admin) =>
  request(httpServer())
    .post(`/claim-review/price-lists/${path}`)
    .set('Authorization', `Bearer ${jwt}`)
    .field('effectiveFrom', effectiveFrom)
    .attach('file', bytes, filename);

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

const counts = async () => ({
  parts: await strapi.db.query('api::part.part').count(),
  prices: await strapi.db.query('api::part-price.part-price').count(),
});

async function priceRow(partNumber: string, effectiveFrom: string) {
  return strapi.db.query('api::part-price.part-price').findMany({ where: { effectiveFrom, part: { number: partNumber } } });
}

const GOOD = csv([
  '配件编号,配件名称,英文名称,类别,税率%,旧件返回,经销商结算价(元),市场指导价(元)',
  `${FIXTURE.parts.motor},,,,,,"1,250.50",1680`,
  'P-LAMP,前大灯,Headlamp,易损件,13,否,85.5,120.00',
  'P-SHELL,电机外壳,Motor housing,核心件,13,是,,',
]);

describe('preview', () => {
  it('checks every row against the catalogue and writes nothing', async () => {
    const before = await counts();
    const res = await upload(
      'preview',
      csv([
        'number,name,category,dealerPrice,guidePriceFen',
        `${FIXTURE.parts.motor},,,1250.5,168000`,
        'P-NEW,新配件,standard,12.345,100',
        'P-NONAME,,wear,10,1000',
        `${FIXTURE.parts.core},,,99,9900`,
        `${FIXTURE.parts.motor},,,1,100`,
        'P-NEG,负价,standard,-3,100',
      ]),
      'prices.csv',
    );
    expect(res.status).toBe(200);
    const byRow = Object.fromEntries(res.body.rows.map((r: any) => [r.row, r]));
    expect(byRow[2]).toMatchObject({ number: FIXTURE.parts.motor, existingPart: true, dealerPrice: 125050, guidePrice: 168000, action: 'new_price', errors: [] });
    expect(byRow[3].errors).toEqual([expect.objectContaining({ field: 'dealerPrice', code: 'invalid_money', message: { zh: expect.any(String), en: expect.any(String) } })]);
    expect(byRow[4].errors.map((e: any) => [e.field, e.code])).toEqual([['name', 'required_new_part']]);
    expect(byRow[5].errors.map((e: any) => e.code)).toEqual(['core_priced']);
    expect(byRow[6].errors.map((e: any) => e.code)).toEqual(['duplicate']);
    expect(byRow[7].errors.map((e: any) => e.code)).toEqual(['negative']);
    expect(res.body.summary).toEqual({ rows: 6, valid: 1, invalid: 5, newParts: 0, newPrices: 1, replacedPrices: 0 });
    expect(await counts()).toEqual(before);
  });

  it('reads Chinese headers, yuan with thousands commas and a GB18030 file from Excel', async () => {
    const res = await upload('preview', GOOD, 'prices.csv');
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: any) => [r.number, r.action, r.dealerPrice, r.guidePrice])).toEqual([
      [FIXTURE.parts.motor, 'new_price', 125050, 168000],
      ['P-LAMP', 'new_part', 8550, 12000],
      ['P-SHELL', 'new_part', null, null],
    ]);
    // "配件编号,经销商结算价,市场指导价" then a row, as a Chinese Windows Excel saves it.
    const gbk = Buffer.concat([
      Buffer.from([0xc5, 0xe4, 0xbc, 0xfe, 0xb1, 0xe0, 0xba, 0xc5]),
      Buffer.from(','),
      Buffer.from([0xbe, 0xad, 0xcf, 0xfa, 0xc9, 0xcc, 0xbd, 0xe1, 0xcb, 0xe3, 0xbc, 0xdb]),
      Buffer.from(','),
      Buffer.from([0xca, 0xd0, 0xb3, 0xa1, 0xd6, 0xb8, 0xb5, 0xbc, 0xbc, 0xdb]),
      Buffer.from(`\r\n${FIXTURE.parts.pad},31.00,42.00\r\n`),
    ]);
    const fromExcel = await upload('preview', gbk, 'prices.csv');
    expect(fromExcel.status).toBe(200);
    expect(fromExcel.body.rows[0]).toMatchObject({ number: FIXTURE.parts.pad, dealerPrice: 3100, guidePrice: 4200, errors: [] });
  });

  it('refuses a file without a part-number column, and a missing effective date', async () => {
    const noNumber = await upload('preview', csv(['名称,价格', 'x,1']), 'prices.csv');
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: { file: 'no_number_column' } } });
    const noDate = await upload('preview', GOOD, 'prices.csv', '2027-02-30');
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.details.fields).toEqual({ effectiveFrom: 'invalid_date' });
  });
});

describe('import', () => {
  it('imports nothing when one row is wrong, and names the cell', async () => {
    const before = await counts();
    const res = await upload('import', csv(['number,name,category,dealerPrice,guidePrice', 'P-OK,好配件,standard,10,12', 'P-BAD,坏配件,standard,abc,12']), 'prices.csv');
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual({ 'rows.3.dealerPrice': 'invalid_money' });
    expect(await counts()).toEqual(before);
  });

  it('writes new parts and prices with the effective date; the old price stays for earlier dates', async () => {
    const before = await counts();
    const res = await upload('import', GOOD, 'prices.csv');
    expect(res.status).toBe(200);
    expect(res.body.summary).toMatchObject({ rows: 3, valid: 3, newParts: 2, newPrices: 2, replacedPrices: 0 });
    expect(await counts()).toEqual({ parts: before.parts + 2, prices: before.prices + 2 });

    const lamp = await strapi.db.query('api::part.part').findOne({ where: { number: 'P-LAMP' } });
    expect(lamp).toMatchObject({ name: '前大灯', nameEn: 'Headlamp', category: 'wear', vatRate: 1300, mustReturn: false });
    expect(lamp.documentId).toEqual(expect.any(String));
    expect(await priceRow(FIXTURE.parts.motor, EFFECTIVE)).toEqual([expect.objectContaining({ dealerPrice: 125050, guidePrice: 168000 })]);
    expect(await priceRow(FIXTURE.parts.motor, '2026-01-01')).toEqual([expect.objectContaining({ dealerPrice: FIXTURE.prices.motor })]);
    expect(await strapi.db.query('api::part-price.part-price').count({ where: { part: { number: 'P-SHELL' } } })).toBe(0);
  });

  it('replaces, not duplicates, a price imported again for the same date', async () => {
    const before = await counts();
    const res = await upload('import', csv(['number,dealerPriceFen,guidePriceFen', `${FIXTURE.parts.motor},126000,170000`]), 'prices.csv');
    expect(res.status).toBe(200);
    expect(res.body.summary).toMatchObject({ replacedPrices: 1, newPrices: 0 });
    expect(await counts()).toEqual(before);
    expect(await priceRow(FIXTURE.parts.motor, EFFECTIVE)).toEqual([expect.objectContaining({ dealerPrice: 126000, guidePrice: 170000 })]);
  });

  it('reads an XLSX, number cells included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('价目表');
    sheet.addRow(['配件编号', '配件名称', '类别', '经销商结算价', '市场指导价']);
    sheet.addRow([FIXTURE.parts.bolt, null, null, 1.8, '2.50']);
    sheet.addRow(['P-MIRROR', '后视镜', '标准件', 35, 48.8]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload('import', bytes, 'prices.xlsx', '2027-03-01');
    expect(res.status).toBe(200);
    expect(await priceRow(FIXTURE.parts.bolt, '2027-03-01')).toEqual([expect.objectContaining({ dealerPrice: 180, guidePrice: 250 })]);
    expect(await priceRow('P-MIRROR', '2027-03-01')).toEqual([expect.objectContaining({ dealerPrice: 3500, guidePrice: 4880 })]);
  });

  it('rolls every row back when a write fails half way', async () => {
    const before = await counts();
    const service = strapi.plugin('claim-review').service('priceLists');
    const real = service.writeRow;
    let calls = 0;
    const spy = jest.spyOn(service, 'writeRow').mockImplementation(async (...args: unknown[]) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return real(...args);
    });
    try {
      const res = await upload('import', csv(['number,name,category,dealerPrice,guidePrice', 'P-R1,一,standard,1,2', 'P-R2,二,standard,1,2', 'P-R3,三,standard,1,2']), 'prices.csv', '2027-04-01');
      expect(res.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(await counts()).toEqual(before);
    expect(await strapi.db.query('api::part.part').findOne({ where: { number: 'P-R1' } })).toBeNull();
  });

  it('takes JSON rows too', async () => {
    const res = await request(httpServer())
      .post('/claim-review/price-lists/preview')
      .set('Authorization', `Bearer ${admin}`)
      .send({ effectiveFrom: EFFECTIVE, rows: [{ number: FIXTURE.parts.pad, dealerPrice: '30.50', guidePrice: 41 }] });
    expect(res.status).toBe(200);
    expect(res.body.rows[0]).toMatchObject({ dealerPrice: 3050, guidePrice: 4100, action: 'new_price' });
  });
});

describe('export', () => {
  it('exports the list valid on a date as CSV that imports again unchanged', async () => {
    const res = await request(httpServer())
      .get(`/claim-review/price-lists/export?format=csv&date=${EFFECTIVE}&lang=zh`)
      .set('Authorization', `Bearer ${admin}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toContain(`price-list_${EFFECTIVE}.csv`);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('配件编号,配件名称,英文名称,类别');
    expect(text).toContain(`${FIXTURE.parts.motor},驱动电机,Drive motor,主要部件,motor,13,是,,1260.00,1700.00`);
    expect(text).toMatch(new RegExp(`${FIXTURE.parts.core},.*核心件.*,,\\r?\\n`));

    const again = await upload('preview', res.body as Buffer, 'export.csv', EFFECTIVE);
    expect(again.status).toBe(200);
    expect(again.body.summary.invalid).toBe(0);
    expect(again.body.rows.find((r: any) => r.number === FIXTURE.parts.motor)).toMatchObject({ action: 'replace_price', dealerPrice: 126000 });
    // Not priced on that date: exported with empty prices, and importing it back changes nothing.
    expect(again.body.rows.find((r: any) => r.number === 'P-MIRROR')).toMatchObject({ action: 'no_change', errors: [] });
  });

  it('exports XLSX with money as exact text', async () => {
    const res = await request(httpServer())
      .get('/claim-review/price-lists/export?format=xlsx&date=2027-03-01&lang=en')
      .set('Authorization', `Bearer ${admin}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['number', 'dealerPrice', 'guidePrice']));
    const mirror = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'P-MIRROR')!;
    expect([mirror.getCell(9).value, mirror.getCell(10).value]).toEqual(['35.00', '48.80']);
  });
});

describe('who may', () => {
  it('keeps the price list to holders of price-lists.manage', async () => {
    for (const role of ['Finance', 'Technical reviewer']) {
      const jwt = await staffLogin(strapi, role);
      const res = await upload('preview', GOOD, 'prices.csv', EFFECTIVE, jwt);
      expect(res.status).toBe(403);
    }
  });

  it('lists dealers for the staff pages, searchable', async () => {
    const jwt = await staffLogin(strapi, 'Finance');
    const res = await request(httpServer()).get('/claim-review/dealers?q=east').set('Authorization', `Bearer ${jwt}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([expect.objectContaining({ code: FIXTURE.dealers.east, name: '华东测试经销商', tier: 2 })]);
    expect(res.body.meta.pagination.total).toBe(1);
  });
});
