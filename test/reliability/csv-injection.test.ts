/**
 * Issue 13, item 6: CSV formula injection. A catalogue editor can name a part
 * =HYPERLINK(…); a dealer's name can be anything the master data holds. Every export
 * goes through one CSV writer that defuses such text cells and leaves numbers alone.
 */
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { httpServer, startStrapi, stopStrapi } from '../helpers/strapi';
import { today } from '../helpers/dates';
import { buildWorld, type World } from './lib/world';

let strapi: Core.Strapi;
let world: World;
const PLANTED = '=HYPERLINK("http://x","y")';
const DEFUSED = `"'=HYPERLINK(""http://x"",""y"")"`;

beforeAll(async () => {
  strapi = await startStrapi();
  world = await buildWorld(strapi);
  const part = await strapi.documents('api::part.part').create({ data: { number: 'P-FORMULA', name: PLANTED, nameEn: '@SUM(1+1)', category: 'standard', vatRate: 1300 } as any });
  await strapi.documents('api::part-price.part-price').create({ data: { part: part.documentId, effectiveFrom: '2020-01-01', dealerPrice: 1250, guidePrice: 1999 } as any });
});
afterAll(stopStrapi);

const download = (path: string) =>
  request(httpServer())
    .get(path)
    .set('Authorization', `Bearer ${world.staffTokens['Super Admin']}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

describe('exports and formulas', () => {
  it('the price-list CSV defuses a planted part name and keeps the prices numbers', async () => {
    const res = await download(`/claim-review/price-lists/export?format=csv&date=${today()}&lang=en`);
    expect(res.status).toBe(200);
    const row = (res.body as Buffer).toString('utf8').split('\r\n').find((line) => line.startsWith('P-FORMULA,'));
    expect(row).toBe(`P-FORMULA,${DEFUSED},'@SUM(1+1),standard,,13,no,,12.50,19.99`);
  });

  it('the price-list XLSX holds the planted name as text, never as a formula', async () => {
    const res = await download(`/claim-review/price-lists/export?format=xlsx&date=${today()}&lang=en`);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'P-FORMULA')!;
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(PLANTED);
  });

  it('the settlement CSV defuses a dealer name through the same writer', async () => {
    await strapi.db.query('api::dealer.dealer').update({ where: { code: world.east.code }, data: { name: PLANTED } });
    const res = await download(`/claim-review/settlements/export.csv?from=${today()}&to=${today()}`);
    expect(res.status).toBe(200);
    const row = (res.body as Buffer).toString('utf8').split('\r\n').find((line) => line.startsWith(`${world.east.settlement},`));
    expect(row).toMatch(new RegExp(`^${world.east.settlement},${world.east.code},${DEFUSED.replace(/[()"'.+]/g, '\\$&')},\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2},${today()},\\d+\\.\\d{2},`));
  });
});
