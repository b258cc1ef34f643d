import type { Core } from '@strapi/strapi';

/** A 1×1 PNG: the demo customer's "signature". */
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const COORDINATOR = { type: 'staff' as const, id: null, name: '演示内勤 Demo coordinator' };
const STATION = { type: 'dealer' as const, id: null, name: '演示服务站 Demo station' };
const ALL_ACTIONS = { kind: 'coordinator' as const, actions: ['service.intake', 'service.dispatch', 'service.follow-up'] };

interface Call {
  serial: string;
  caller: string;
  phone: string;
  region: string;
  line: string;
  symptom: string;
}

const CALLS: Call[] = [
  { serial: 'LSBDZ15026109001', caller: '刘长青', phone: '13953610021', region: '山东省潍坊市', line: '寒亭区高里街道东杨家埠村 12 号', symptom: '电机异响，爬坡无力 / Motor noise, weak on slopes' },
  { serial: 'LSBEV30026109002', caller: '孙玉梅', phone: '13853620377', region: '山东省潍坊市', line: '奎文区东关街道民生街 88 号', symptom: '仪表报电池故障，无法上电 / Dash shows a battery fault, will not power on' },
  { serial: 'LSBTS25426099003', caller: '赵德明', phone: '13606461189', region: '山东省潍坊市', line: '寒亭区固堤街道河滩村', symptom: '液压提升无动作 / Hydraulic lift does not move' },
  { serial: 'LSBDZ15025079004', caller: '马秀兰', phone: '13561452230', region: '山东省潍坊市', line: '坊子区九龙街道北村 3 号', symptom: '控制器过热保护，行驶中断电 / Controller overheats and cuts out' },
  { serial: 'LSBDZ15026099005', caller: '王立新', phone: '0536-7251234', region: '山东省潍坊市', line: '寒亭区开元街道', symptom: '刹车偏软 / Soft brakes' },
  { serial: 'LSBDZ15026109011', caller: '陈国强', phone: '13903941276', region: '河南省周口市', line: '川汇区搬口街道', symptom: '后桥漏油 / Rear axle leaks oil' },
];

/**
 * A handful of service requests in several states for the demo dealer SD-WF (and one for
 * HN-ZK), made through the plugin's own services so that they are what the screens
 * would have made: received, dispatched, on site, completed awaiting its follow-up,
 * closed after a satisfied call. Only on a database with no request yet.
 */
export async function seedServiceDesk(strapi: Core.Strapi, log: (msg: string) => void = () => {}): Promise<number> {
  if ((await strapi.db.query('plugin::claim-review.service-request' as never).count()) > 0) return 0;
  const plugin = strapi.plugin('claim-review');
  const requests = plugin.service('serviceRequests');
  const orders = plugin.service('workOrders');
  const dealerOf = async (code: string) => strapi.db.query('api::dealer.dealer' as never).findOne({ where: { code } } as never);
  const now = () => new Date().toISOString();
  const register = async (call: Call, minutesAgo: number) =>
    (
      await requests.create(
        {
          channel: 'phone',
          caller: { name: call.caller, phone: call.phone, address: { region: call.region, line: call.line } },
          unit: { serial: call.serial },
          symptom: call.symptom,
          receivedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
        },
        COORDINATOR,
      )
    ).number as string;
  const dispatch = async (number: string, dealer: string) => {
    const sr = await requests.triage(number, { outcome: 'dispatch', dealer, note: '请尽快联系用户 / Please call the customer soon' }, COORDINATOR, ALL_ACTIONS);
    return sr.workOrders[sr.workOrders.length - 1].number as string;
  };

  const wf = await dealerOf('SD-WF');
  const zk = await dealerOf('HN-ZK');
  if (!wf || !zk) return 0;
  const [received, dispatched, onSite, completed, closed, other] = CALLS;

  await register(received, 5);
  await dispatch(await register(dispatched, 20), 'SD-WF');

  const visit = await dispatch(await register(onSite, 90), 'SD-WF');
  await orders.accept(wf, STATION, visit);
  await orders.contactAttempt(wf, STATION, visit, { at: now(), reached: true, note: '用户在家 / Customer at home' });
  await orders.arrival(wf, STATION, visit, { at: now() });

  const done = await dispatch(await register(completed, 240), 'SD-WF');
  await orders.accept(wf, STATION, done);
  await orders.arrival(wf, STATION, done, { at: now() });
  await plugin.service('serviceReceipts').receipt(wf, STATION, done, {
    faultComponent: 'controller',
    faultFound: '控制器散热片松动 / Controller heat sink loose',
    workDone: '紧固散热片并涂导热硅脂，试车 5 km 正常 / Heat sink refitted, 5 km test ride fine',
    parts: [],
    labour: [],
    travelKm: 12,
    coverage: 'in_warranty',
    completedAt: now(),
    acceptance: { name: completed.caller, signature: SIGNATURE },
    satisfaction: 5,
    comment: '师傅很耐心 / Patient technician',
  });

  const guided = await register(closed, 300);
  await requests.triage(guided, { outcome: 'guidance', note: '指导用户调整刹车拉线 / Guided the customer to adjust the brake cable' }, COORDINATOR, ALL_ACTIONS);
  await requests.followUp(guided, { at: now(), reached: true, solved: true, satisfaction: 4, note: '已解决 / Solved' }, COORDINATOR, ALL_ACTIONS);

  await dispatch(await register(other, 45), 'HN-ZK');
  log('service desk: 6 demo requests (received, dispatched ×2, on site, completed, closed)');
  return CALLS.length;
}
