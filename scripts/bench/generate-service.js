'use strict';
/**
 * Bulk service-desk generator for the dispatch-board benchmark: N open service requests
 * (plus closed history) with the work orders of the dispatched ones and the SLA breaches
 * already recorded, written through knex in multi-row INSERT batches into the schema
 * generate.js prepared. Table and column names come from Strapi's metadata.
 *
 * Realistic spread, so the board's filters are as selective as at a real desk: ~300
 * dealers of very different sizes in 40 prefectures (the dealer filter takes ~1 %), open
 * requests mostly days old, most dispatched orders arranged (the check list takes a few
 * per cent), the arrange/on-site/follow-up breaches of the late ones. The board's derived
 * columns (sort instant, check instant, next breach) and the breach rows are computed by
 * the plugin's own built timer code on the office calendar, as a write would leave them.
 */
const path = require('path');
const { insertMany, prng, docId } = require('./generate');

const ROOT = path.resolve(__dirname, '..', '..');
const REQUEST_UID = 'plugin::claim-review.service-request';
const WORK_ORDER_UID = 'plugin::claim-review.work-order';
const BREACH_UID = 'plugin::claim-review.service-breach';
const DEALER_UID = 'api::dealer.dealer';
const BATCH = 2000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const PREFECTURES = [
  '山东省潍坊市', '山东省临沂市', '山东省菏泽市', '山东省聊城市', '山东省德州市', '山东省济宁市', '河南省周口市', '河南省商丘市',
  '河南省驻马店市', '河南省南阳市', '河南省信阳市', '河北省邢台市', '河北省邯郸市', '河北省保定市', '河北省沧州市', '江苏省徐州市',
  '江苏省宿迁市', '江苏省盐城市', '安徽省阜阳市', '安徽省亳州市', '安徽省宿州市', '安徽省六安市', '湖北省襄阳市', '湖北省荆州市',
  '湖南省常德市', '湖南省衡阳市', '四川省南充市', '四川省绵阳市', '陕西省渭南市', '陕西省咸阳市', '山西省运城市', '山西省临汾市',
  '江西省赣州市', '江西省上饶市', '广西壮族自治区玉林市', '云南省曲靖市', '贵州省遵义市', '黑龙江省绥化市', '吉林省四平市', '辽宁省铁岭市',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'.split('');
const GIVEN = ['建国', '秀兰', '玉梅', '德明', '立新', '国强', '长青', '桂英', '志刚', '海燕', '春生', '红霞', '永福', '金花', '大勇', '淑珍', '文华', '小军', '丽娟', '光明', '振华', '凤英', '宝山', '翠兰', '树林', '玉兰', '德胜', '秀英', '广才', '美玲'];
const SYMPTOMS = ['电机异响，爬坡无力', '仪表报电池故障，无法上电', '液压提升无动作', '控制器过热保护，行驶中断电', '刹车偏软', '后桥漏油', '充电器不充电', '大灯不亮', '转向沉重', '续航明显下降'];
const MODELS = ['DZ150', '1WG40', 'TS254', 'EV300'];
const CHANNELS = [['phone', 80], ['portal', 12], ['visit', 6], ['letter', 2]];
/** Open states: mostly out with a dealer or waiting for the follow-up call. */
const OPEN_MIX = [['received', 6], ['guidance', 8], ['dispatched', 40], ['in_service', 10], ['completed', 26], ['followed_up', 1], ['reopened', 9]];
/** The current order of a dispatched request: most arranged, a few waiting, declined or handed back. */
const ORDER_MIX = [['dispatched', 10], ['accepted', 22], ['contacted', 22], ['scheduled', 38], ['declined', 4], ['returned_to_coordinator', 4]];

/** Exponentially distributed, mean `mean`: most recent, a long tail. */
const expo = (rnd, mean) => -Math.log(1 - rnd()) * mean;
const h = (base, mean) => (rnd) => base + expo(rnd, mean);
/** Hours since the call of open work on time, by state (the order's state while it is out with a dealer). */
const AGE_HOURS = {
  received: h(0, 1), guidance: h(0, 1.5), dispatched: h(0, 1.5), accepted: h(0.5, 1.5), contacted: h(1, 2), scheduled: h(1, 4),
  declined: h(2, 4), returned_to_coordinator: h(2, 4), in_service: h(2, 3), completed: h(4, 12), followed_up: h(6, 12), reopened: h(0, 72),
};
const weighted = (mix) => mix.flatMap(([v, w]) => Array(w).fill(v));
const OPEN_TABLE = weighted(OPEN_MIX);
const ORDER_TABLE = weighted(ORDER_MIX);
const CHANNEL_TABLE = weighted(CHANNELS);

/** The plugin's own timer code, as built (the benchmark runs on the built plugin anyway). */
function builtPlugin() {
  const dist = path.join(ROOT, 'plugins', 'claim-review', 'dist', 'server', 'src', 'services', 'service-clock.js');
  const shared = path.join(ROOT, 'plugins', 'claim-review', 'dist', 'shared');
  return { ...require(dist), normalisePhone: require(shared).normalisePhone };
}

/** attribute → column of a model, from Strapi's metadata. */
function columnsOf(strapi, uid) {
  const meta = strapi.db.metadata.get(uid);
  const cols = Object.fromEntries(Object.entries(meta.attributes).filter(([, a]) => a.type !== 'relation').map(([name, a]) => [name, a.columnName || name]));
  return { table: meta.tableName, row: (attrs) => Object.fromEntries(Object.entries(attrs).map(([k, v]) => [cols[k] ?? fail(uid, k), v])) };
}
const fail = (uid, k) => {
  throw new Error(`${uid} has no attribute ${k}`);
};

/** ~300 dealers of Zipf-like size (a few big stations, a long tail), 7–8 per prefecture. */
function makeDealers(rnd) {
  const dealers = [];
  for (let i = 0; i < 300; i++) {
    const region = PREFECTURES[i % PREFECTURES.length];
    dealers.push({ code: `BD-${String(i + 1).padStart(4, '0')}`, name: `${region.replace(/^.*?省|^.*?区/, '')}第${i + 1}农机服务站`, nameEn: `Bench service station ${i + 1}`, region, tier: 1 + Math.floor(rnd() * 3), creditGrade: 'B', suspended: false });
  }
  const weights = dealers.map((_, i) => 1 / Math.pow(i + 1, 0.8));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  const pick = (r) => dealers[Math.min(dealers.length - 1, cumulative.findIndex((c) => r <= c))];
  return { dealers, pick };
}

const phoneOf = (rnd) => (rnd() < 0.9 ? `1${3 + Math.floor(rnd() * 7)}${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}` : `0536-${7000000 + Math.floor(rnd() * 999999)}`);
const ym = (ms) => new Date(ms).toISOString().slice(0, 7).replace('-', '');

/**
 * One request (open or closed) with its orders, as attribute rows. Times are relative to
 * `now`: open work is hours to days old (a long tail of weeks), history spreads over two years.
 */
function makeRequest(i, open, rnd, d, now) {
  const status = open ? OPEN_TABLE[Math.floor(rnd() * OPEN_TABLE.length)] : 'closed';
  const dealer = d.pick(rnd());
  const region = rnd() < 0.9 ? dealer.region : PREFECTURES[Math.floor(rnd() * PREFECTURES.length)];
  const dispatched = ['dispatched', 'in_service', 'completed', 'followed_up'].includes(status);
  const orderStatus = status === 'dispatched' ? ORDER_TABLE[Math.floor(rnd() * ORDER_TABLE.length)] : status === 'in_service' ? 'on_site' : 'completed';
  // Open work is hours old for its phase; one in eight is late (days); history spreads over two years.
  const late = open && status !== 'reopened' && rnd() < 0.12;
  const ageHours = !open ? (3 + rnd() * 727) * 24 : late ? 24 + expo(rnd, 96) : AGE_HOURS[dispatched && status === 'dispatched' ? orderStatus : status](rnd);
  const receivedAt = now - Math.min(60 * 24, ageHours) * HOUR;
  /** The next instant of the story, never after now (an appointment may be ahead, nothing else). */
  const next = (prev, hours) => Math.max(prev, Math.min(prev + hours * HOUR, now - 0.05 * HOUR));
  const number = `SR-${ym(receivedAt)}-B${String(i).padStart(7, '0')}`;
  const hasSerial = rnd() < 0.85;
  const model = MODELS[Math.floor(rnd() * MODELS.length)];
  const sr = {
    documentId: docId(), number, status, version: 1, cycle: 0, channel: CHANNEL_TABLE[Math.floor(rnd() * CHANNEL_TABLE.length)],
    callerName: SURNAMES[Math.floor(rnd() * SURNAMES.length)] + GIVEN[Math.floor(rnd() * GIVEN.length)], callerPhone: d.phone(phoneOf(rnd)),
    addressRegion: region, addressLine: `${Math.floor(rnd() * 90) + 1} 号`, serial: hasSerial ? `LSB${model}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}` : null,
    modelCode: model, purchaseDate: hasSerial ? null : new Date(receivedAt - (30 + rnd() * 700) * DAY).toISOString().slice(0, 10),
    symptom: SYMPTOMS[Math.floor(rnd() * SYMPTOMS.length)], receivedAt: new Date(receivedAt), receivedById: null, receivedByName: '基准 Bench',
    triageOutcome: null, triageNote: null, triageAt: null, triageBy: null, workOrderNumber: null, dealerCode: null,
    guidanceAt: null, completedAt: null, followedUpAt: null, claimNumber: null,
    createdAt: new Date(receivedAt), updatedAt: new Date(now), publishedAt: new Date(receivedAt),
  };
  const orders = [];
  const triageAt = next(receivedAt, 0.05 + rnd() * 0.5);
  const history = open ? null : rnd();
  const viaGuidance = status === 'guidance' || (history !== null && history < 0.2);
  const notProduct = history !== null && history >= 0.2 && history < 0.3;
  if (viaGuidance) Object.assign(sr, { triageOutcome: 'guidance', triageAt: new Date(triageAt), triageBy: 'Bench', guidanceAt: new Date(triageAt) });
  if (notProduct) Object.assign(sr, { triageOutcome: 'closed', triageNote: '非产品问题', triageAt: new Date(triageAt), triageBy: 'Bench' });
  if (status === 'reopened') sr.cycle = 1;
  if (dispatched || (history !== null && history >= 0.3)) {
    Object.assign(sr, { triageOutcome: 'dispatch', triageAt: new Date(triageAt), triageBy: 'Bench', dealerCode: dealer.code });
    const order = (seq, orderStatus, dispatchedAt, code) => ({
      documentId: docId(), number: `WO-${ym(dispatchedAt)}-B${String(i).padStart(7, '0')}${seq}`, requestNumber: number, status: orderStatus, version: 1,
      dealerCode: code, dispatchedAt: new Date(dispatchedAt), dispatchedBy: 'Bench', acceptedAt: null, declinedAt: null, declineReason: null,
      appointmentAt: null, appointmentAgreedBy: null, arrivedAt: null, completedAt: null, endedAt: null, endReason: null, failedContacts: 0, claimNumber: null,
      createdAt: new Date(dispatchedAt), updatedAt: new Date(now), publishedAt: new Date(dispatchedAt),
    });
    let dispatchedAt = triageAt;
    if (rnd() < 0.05) {
      // Handed to another station first and reassigned.
      const first = order('a', 'reassigned', dispatchedAt, d.pick(rnd()).code);
      first.endedAt = new Date(next(dispatchedAt, 0.5 + rnd() * 2));
      first.endReason = '客户要求更换服务站';
      orders.push(first);
      dispatchedAt = first.endedAt.getTime();
    }
    const wo = order('b', orderStatus, dispatchedAt, dealer.code);
    const acceptedAt = next(dispatchedAt, Math.min(1.8, rnd() * rnd() * 4));
    if (orderStatus === 'declined') wo.declinedAt = new Date(next(dispatchedAt, rnd()));
    if (orderStatus === 'declined') wo.declineReason = '服务站人手不足';
    if (orderStatus === 'returned_to_coordinator') Object.assign(wo, { acceptedAt: new Date(acceptedAt), failedContacts: 3, endedAt: new Date(next(acceptedAt, 6)) });
    if (['accepted', 'contacted', 'scheduled', 'on_site', 'completed'].includes(orderStatus)) wo.acceptedAt = new Date(acceptedAt);
    if (orderStatus === 'contacted') wo.failedContacts = Math.floor(rnd() * 3);
    const appointmentAt = acceptedAt + (rnd() < 0.7 ? rnd() * 2.5 : 3 + rnd() * 48) * HOUR;
    if (['scheduled', 'on_site', 'completed'].includes(orderStatus)) Object.assign(wo, { appointmentAt: new Date(appointmentAt), appointmentAgreedBy: sr.callerName });
    // Mostly on time (a little early), one visit in seven late.
    const arrivedAt = next(Math.max(acceptedAt, Math.min(appointmentAt - rnd() * 0.5 * HOUR, now - 0.1 * HOUR)), rnd() < 0.85 ? 0 : rnd() * 3);
    if (orderStatus === 'on_site' || orderStatus === 'completed') wo.arrivedAt = new Date(arrivedAt);
    // A technician who came before the agreed time: the appointment was that time.
    if (wo.appointmentAt && wo.arrivedAt && wo.appointmentAt > wo.arrivedAt) wo.appointmentAt = wo.arrivedAt;
    if (orderStatus === 'completed') {
      wo.completedAt = new Date(next(arrivedAt, 1 + rnd() * 3));
      sr.completedAt = wo.completedAt;
    }
    orders.push(wo);
    sr.workOrderNumber = wo.number;
  }
  if (status === 'followed_up' || history !== null) {
    const after = (sr.completedAt ?? sr.guidanceAt ?? sr.triageAt)?.getTime();
    if (after && !notProduct) sr.followedUpAt = new Date(after + rnd() * 20 * HOUR);
  }
  return { sr, orders };
}

/** Writes dealers, `open` open requests and `closed` closed ones with their orders and breaches. */
async function generateService(strapi, { open, closed }, log = console.log) {
  const knex = strapi.db.connection;
  const plugin = builtPlugin();
  const clock = await strapi.plugin('claim-review').service('serviceClock').clock();
  const reqT = columnsOf(strapi, REQUEST_UID);
  const woT = columnsOf(strapi, WORK_ORDER_UID);
  const brT = columnsOf(strapi, BREACH_UID);
  const dlT = columnsOf(strapi, DEALER_UID);
  const now = Date.now();
  const rnd0 = prng(20260516);
  const dealerSet = makeDealers(rnd0);
  const nowD = new Date(now);
  await insertMany(knex, dlT.table, dealerSet.dealers.map((x) => dlT.row({ documentId: docId(), ...x, createdAt: nowD, updatedAt: nowD, publishedAt: nowD })));
  const d = { pick: dealerSet.pick, phone: (raw) => plugin.normalisePhone(raw).normalised ?? raw };
  const iso = (v) => (v instanceof Date ? v.toISOString() : v);
  const started = Date.now();
  let rows = 0;
  let breaches = 0;
  const total = open + closed;
  for (let from = 0; from < total; from += BATCH) {
    const to = Math.min(total, from + BATCH);
    const rnd = prng(from * 2654435761 + 7);
    const srs = [];
    const wos = [];
    const brs = [];
    for (let i = from; i < to; i++) {
      // Open and closed evenly interleaved (exactly `open` of them), so ids carry no hint of the state.
      const isOpen = Math.floor(((i + 1) * open) / total) > Math.floor((i * open) / total);
      const made = makeRequest(i + 1, isOpen, rnd, d, now);
      const { sr, orders } = made;
      const wo = orders[orders.length - 1] ?? null;
      const asRow = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, iso(v)]));
      const srRow = asRow(sr);
      const woRow = wo ? asRow(wo) : null;
      const timers = plugin.requestTimersOf(srRow, woRow, nowD, clock);
      const recorded = new Set();
      for (const t of timers.filter((x) => x.state === 'breached')) {
        const key = plugin.keyOf(srRow, woRow, t);
        recorded.add(key);
        const onOrder = t.name === 'arrange' || t.name === 'check' || t.name === 'on_site';
        const dueAt = new Date(t.dueAt);
        brs.push(brT.row({ documentId: docId(), key, requestNumber: sr.number, workOrderNumber: onOrder ? wo?.number ?? null : null, dealerCode: onOrder ? wo?.dealerCode ?? null : null, timer: t.name, cycle: sr.cycle, dueAt, recordedAt: new Date(Math.min(now, dueAt.getTime() + 60_000)), createdAt: nowD, updatedAt: nowD, publishedAt: nowD }));
      }
      Object.assign(sr, plugin.derivedOf(srRow, woRow, nowD, clock, recorded));
      srs.push(reqT.row(sr));
      for (const o of orders) wos.push(woT.row(o));
    }
    await knex.transaction(async (trx) => {
      await insertMany(trx, reqT.table, srs);
      await insertMany(trx, woT.table, wos);
      await insertMany(trx, brT.table, brs);
    });
    rows += srs.length + wos.length + brs.length;
    breaches += brs.length;
    if (Math.floor(to / 20000) !== Math.floor(from / 20000)) log(`  generate: ${to.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} requests, ${Math.round(rows / ((Date.now() - started) / 1000)).toLocaleString('en-US')} rows/s`);
  }
  const insertSeconds = (Date.now() - started) / 1000;
  await knex.raw(`ANALYZE ${reqT.table}; ANALYZE ${woT.table}; ANALYZE ${brT.table}; ANALYZE ${dlT.table}`);
  const seconds = (Date.now() - started) / 1000;
  log(`generate: ${open.toLocaleString('en-US')} open + ${closed.toLocaleString('en-US')} closed requests, ${rows.toLocaleString('en-US')} rows (orders, ${breaches.toLocaleString('en-US')} breaches) in ${seconds.toFixed(1)} s (ANALYZE ${(seconds - insertSeconds).toFixed(1)} s)`);
  return { open, closed, rows, breaches, seconds, insertSeconds, dealers: dealerSet.dealers };
}

module.exports = { generateService, REQUEST_UID, WORK_ORDER_UID, BREACH_UID, DEALER_UID };
