/**
 * The weekly report (日结周报, issue #17) through HTTP: a small week of calls, follow-ups,
 * complaints and breaches built through the API, the report's figures worked out by hand,
 * its PDF read back with pdftotext, its CSV, and the mail read back from a real SMTP server.
 */
import { execFileSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { startMailCatcher as startSmtp, type Mail as ReceivedMail } from '../helpers/mail-catcher';
import { stopStrapi } from '../helpers/strapi';
import { FIXTURE } from '../helpers/fixture';
import { fixtureWorld } from '../helpers/fixture-world';
import { today } from '../helpers/dates';
import type { DealerApi, StaffApi } from '../helpers/staff-api';
import { complaintBody, completed, dispatched, dispatchedAt, nowIso, receiptBody } from '../helpers/service-desk';
import { isoWeek, weekOf } from '../../plugins/claim-review/shared';

jest.setTimeout(5 * 60_000);

const ENV = { SANBAO_SMTP_FROM: 'service@sanbao.test', SANBAO_WEEKLY_REPORT_TO: 'manager@sanbao.test, gm@sanbao.test' };
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let strapi: Core.Strapi;
let east: DealerApi;
let coordinator: StaffApi;
let reviewer: StaffApi;
// The week of today's business date: every record below is made now.
const WEEK = isoWeek(today());

function ok(res: { status: number; body: any }, what: string) {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  smtp = await startSmtp();
  Object.assign(process.env, ENV, { SANBAO_SMTP_HOST: '127.0.0.1', SANBAO_SMTP_PORT: String(smtp.port) });
  let staff: Record<'Service coordinator' | 'Technical reviewer', StaffApi>;
  ({ strapi, east, staff } = await fixtureWorld(['Service coordinator', 'Technical reviewer']));
  coordinator = staff['Service coordinator'];
  reviewer = staff['Technical reviewer'];

  // A: repaired by the east station, both parts right; called back, reached, 非常满意 (5).
  const a = await completed(coordinator, east, { satisfaction: 5 });
  ok(await coordinator.post(`/service/requests/${a.request}/follow-ups`, { at: nowIso(), reached: true, solved: true, satisfaction: 5 }), 'follow-up A');
  // B: repaired by the east station, one of its two parts shipped wrong; the call-back reached no one.
  const parts = receiptBody().parts as Array<Record<string, unknown>>;
  const b = await completed(coordinator, east, { satisfaction: 4, parts: [parts[0], { ...parts[1], correct: false }] });
  ok(await coordinator.post(`/service/requests/${b.request}/follow-ups`, { at: nowIso(), reached: false }), 'follow-up B');
  // C: dispatched to the west station 3½ hours ago and nobody went: its round-the-clock 3-hour on-site timer fell due half an hour
  // ago. (Its arrange and check timers count office hours, so whether they are breached too depends on the hour the test runs.)
  const c = await dispatched(coordinator, FIXTURE.dealers.west, { caller: { name: '李四', phone: '13900000002', address: { region: '西南', line: '成都' } } });
  await dispatchedAt(strapi, c.workOrder, new Date(Date.now() - 3.5 * 3_600_000));
  await strapi.plugin('claim-review').service('serviceBreaches').scan();
  // Two complaints: by phone, major, about the east dealer; by letter, minor, about the product.
  ok(await coordinator.post('/service/complaints', complaintBody()), 'complaint 1');
  ok(await coordinator.post('/service/complaints', complaintBody({ channel: 'letter', severity: 'minor', subject: { kind: 'product', code: FIXTURE.model } })), 'complaint 2');
});

afterAll(async () => {
  await stopStrapi();
  await smtp.close();
  for (const key of [...Object.keys(ENV), 'SANBAO_SMTP_HOST', 'SANBAO_SMTP_PORT']) delete process.env[key];
});

describe('the week in figures', () => {
  it('answers follow-ups, complaints by category, breaches by timer and the dealers below target', async () => {
    const res = await coordinator.get(`/service/reports/weekly?week=${WEEK}`);
    expect(res.status).toBe(200);
    expect(res.body.week).toEqual(weekOf(WEEK));
    expect(res.body.followUps).toEqual({ total: 2, reached: 1, notReached: 1, bySatisfaction: [{ key: '5', count: 1 }] });
    expect(res.body.complaints).toEqual({
      total: 2,
      byChannel: [{ key: 'letter', count: 1 }, { key: 'phone', count: 1 }],
      bySeverity: [{ key: 'major', count: 1 }, { key: 'minor', count: 1 }],
      bySubjectKind: [{ key: 'dealer', count: 1 }, { key: 'product', count: 1 }],
    });
    const byTimer = res.body.breaches.byTimer as Array<{ key: string; count: number }>;
    expect(byTimer).toContainEqual({ key: 'on_site', count: 1 });
    expect(byTimer.every((t) => ['arrange', 'check', 'on_site'].includes(t.key) && t.count === 1)).toBe(true);
    expect(res.body.breaches.total).toBe(byTimer.length);
    // East: three of four part lines right (A 2/2, B 1/2) is 75 %, under the 98 % target.
    const eastRow = res.body.dealersBelowTarget.find((d: { dealer: string }) => d.dealer === FIXTURE.dealers.east);
    expect(eastRow.failing).toContainEqual({ kpi: 'parts_correct_rate', numerator: 3, denominator: 4, rate: 0.75 });
    expect(res.body.kpis.find((k: { kpi: string }) => k.kpi === 'parts_correct_rate')).toMatchObject({ numerator: 3, denominator: 4, meetsTarget: false });
  });

  it('is an empty week before any of it', async () => {
    const before = weekOf(WEEK)!;
    const earlier = isoWeek(new Date(Date.parse(`${before.from}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10));
    const res = await coordinator.get(`/service/reports/weekly?week=${earlier}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ followUps: { total: 0 }, complaints: { total: 0 }, breaches: { total: 0 }, dealersBelowTarget: [] });
  });

  it('refuses a week that is not one, and staff without the KPI right', async () => {
    const bad = await coordinator.get('/service/reports/weekly?week=2026-W60');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({ week: 'invalid' });
    expect((await reviewer.get(`/service/reports/weekly?week=${WEEK}`)).status).toBe(403);
    expect((await reviewer.post('/service/reports/weekly/send')).status).toBe(403);
  });
});

describe('the files', () => {
  it('is a bilingual PDF naming the week and its sections', async () => {
    const res = await coordinator.get(`/service/reports/weekly.pdf?week=${WEEK}`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
    for (const s of ['售后服务周报', 'Weekly after-sales report', WEEK, '客户回访', '客户投诉', '时效超时', '未达标服务商', FIXTURE.dealers.east, '配件出货正确率']) expect(text).toContain(s);
  });

  it('is a CSV with a BOM and one row per figure', async () => {
    const res = await coordinator.get(`/service/reports/weekly.csv?week=${WEEK}`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const csv = (res.body as Buffer).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('week,section,key,dealer,count,numerator,denominator,meetsTarget');
    expect(lines).toContain(`${WEEK},complaint_channel,letter,,1,,,`);
    expect(lines).toContain(`${WEEK},breach_timer,on_site,,1,,,`);
    expect(lines).toContain(`${WEEK},dealer_below_target,parts_correct_rate,${FIXTURE.dealers.east},,3,4,false`);
  });
});

/** A header's value, unfolded, with its RFC 2047 encoded words decoded. */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`)) ?? '';
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) => (enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64') : quoted(text)).toString('utf8'));
}

/** RFC 2047 Q encoding: _ is a space, =XX a byte. */
const quoted = (text: string) => Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');

describe('the mail', () => {
  it('sends the PDF and the CSV to the configured list, the week in the subject', async () => {
    const res = await coordinator.post(`/service/reports/weekly/send?week=${WEEK}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ week: WEEK, to: ['manager@sanbao.test', 'gm@sanbao.test'], sent: true });
    const mail: ReceivedMail = smtp.mails[smtp.mails.length - 1];
    expect(mail.to.sort()).toEqual(['gm@sanbao.test', 'manager@sanbao.test']);
    expect(header(mail.raw, 'Subject')).toContain(`Weekly after-sales report ${WEEK}`);
    expect(header(mail.raw, 'Subject')).toContain('售后服务周报');
    const attachments = [...mail.raw.matchAll(/filename="?([^";\r\n]+)"?/g)].map((m) => m[1]);
    expect(attachments.sort()).toEqual([`weekly-report-${WEEK}.csv`, `weekly-report-${WEEK}.pdf`]);
    // The PDF part decodes to a PDF.
    const pdfPart = mail.raw.split(/--[^\r\n]+\r?\n/).find((p) => /content-type: application\/pdf/i.test(p))!;
    const body = pdfPart.split(/\r?\n\r?\n/).slice(1).join('').replace(/\s+/g, '');
    expect(Buffer.from(body, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
