import type { Core } from '@strapi/strapi';

/**
 * Six months of finished service history for the demo, so the KPI page has trends to
 * draw: ~90 requests of SD-WF and HN-ZK, dispatched, answered, visited, receipted and
 * called back, a few late or unhappy, a few units back with the same fault. Written as
 * rows (the service desk refuses instants in the past), then the KPI rollup is built
 * again from every request, as a release's first start does for earlier data.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CALLERS = ['刘长青', '孙玉梅', '赵德明', '马秀兰', '王立新', '陈国强', '李桂英', '张志刚', '周海燕', '吴春生'];
const STATIONS = [
  { code: 'SD-WF', region: '山东省潍坊市', serials: ['LSBDZ15026109001', 'LSBEV30026109002', 'LSBTS25426099003', 'LSBDZ15025079004', 'LSBDZ15026099005'] },
  { code: 'HN-ZK', region: '河南省周口市', serials: ['LSBDZ15026109011'] },
];
const FAULTS = ['motor', 'controller', 'battery', 'brake'];

export async function seedServiceKpiHistory(strapi: Core.Strapi, log: (msg: string) => void = () => {}): Promise<number> {
  const q = (uid: string) => strapi.db.query(uid as never);
  if ((await q('plugin::claim-review.service-request').count({ where: { number: { $startsWith: 'SR-H' } } } as never)) > 0) return 0;
  const units = await q('api::unit.unit').findMany({ where: { serial: { $in: STATIONS.flatMap((s) => s.serials) } }, populate: ['model'] } as never);
  const modelOf = new Map<string, string | null>((units as Array<{ serial: string; model?: { code: string } | null }>).map((u) => [u.serial, u.model?.code ?? null]));
  let seed = 17;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const now = Date.now();
  let made = 0;
  for (let i = 0; i < 90; i += 1) {
    const station = rand() < 0.75 ? STATIONS[0] : STATIONS[1];
    const serial = station.serials[Math.floor(rand() * station.serials.length)];
    const received = now - (7 + ((i * 173) / 90) + rand()) * DAY;
    const number = `SR-H${String(i + 1).padStart(5, '0')}`;
    const wo = `WO-H${String(i + 1).padStart(5, '0')}`;
    // Later months run better: the desk learned (what the trend should show).
    const better = i / 90;
    const accepted = received + (rand() < 0.8 + better * 0.15 ? 0.5 : 30) * HOUR;
    const arrived = accepted + (rand() < 0.85 + better * 0.1 ? 1.5 : 5) * HOUR;
    const completed = arrived + 2 * HOUR;
    const calledBack = rand() < 0.9 + better * 0.1 ? completed + (rand() < 0.85 ? 6 : 30) * HOUR : null;
    const caller = CALLERS[Math.floor(rand() * CALLERS.length)];
    await q('plugin::claim-review.service-request').create({
      data: {
        number, status: calledBack ? 'closed' : 'completed', version: 1, cycle: 0, channel: 'phone', callerName: caller, callerPhone: `139${String(10000000 + i)}`,
        addressRegion: station.region, addressLine: '演示地址', serial, modelCode: modelOf.get(serial) ?? null, symptom: '演示历史 / Demo history',
        receivedAt: new Date(received), receivedByName: '演示内勤 Demo coordinator', triageOutcome: 'dispatch', triageAt: new Date(received), triageBy: '演示内勤',
        workOrderNumber: wo, dealerCode: station.code, completedAt: new Date(completed), followedUpAt: calledBack ? new Date(calledBack) : null,
        dueOrder: new Date('9999-12-31T00:00:00.000Z'),
      },
    } as never);
    await q('plugin::claim-review.work-order').create({
      data: {
        number: wo, requestNumber: number, status: 'completed', version: 1, dealerCode: station.code, dispatchedAt: new Date(received), dispatchedBy: '演示内勤',
        acceptedAt: new Date(accepted), arrivedAt: new Date(arrived), completedAt: new Date(completed), failedContacts: 0,
      },
    } as never);
    const lines = 1 + Math.floor(rand() * 3);
    await q('plugin::claim-review.service-receipt').create({
      data: {
        workOrderNumber: wo, requestNumber: number, dealerCode: station.code, faultComponent: FAULTS[Math.floor(rand() * FAULTS.length)], faultFound: '演示', workDone: '演示',
        parts: [], labour: [], coverage: rand() < 0.85 ? 'in_warranty' : 'out_of_warranty', completedAt: new Date(completed), acceptanceName: caller,
        signatureSha256: '0'.repeat(64), signatureBytes: 68, satisfaction: rand() < 0.93 + better * 0.05 ? 5 : 3,
        partsLines: lines, partsCorrect: rand() < 0.95 ? lines : lines - 1,
      },
    } as never);
    if (calledBack) {
      await q('plugin::claim-review.follow-up').create({
        data: { requestNumber: number, cycle: 0, at: new Date(calledBack), reached: true, solved: true, satisfaction: rand() < 0.95 ? 5 : 2, outcome: 'satisfied', byName: '演示内勤' },
      } as never);
    }
    made += 1;
  }
  const plugin = strapi.plugin('claim-review');
  const built = await plugin.service('kpiRollup').rebuild(await plugin.service('serviceClock').clock());
  log(`service KPIs: ${made} requests of history; rollup ${built.facts} facts, ${built.days} day rows`);
  return made;
}
