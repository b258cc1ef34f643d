import { dealers } from './dealers';

/**
 * The unit register (产品档案): a few fixed demo units per dealer, documented below, and
 * a bulk of generated ones for the lists, the reports and the failure analytics.
 *
 * Serials follow the frame-number pattern the handbooks' unit records use: "LSB", the
 * model code, the build year-month (yymm) and a four-digit sequence, e.g.
 * LSBDZ15025030012 = DZ150 built March 2025, twelfth of that month. Generated units
 * number 0001 upwards; demo units use 9001+, so the two never collide.
 *
 * The bulk is a pure function of a fixed PRNG seed and fixed dates (builds from
 * 2024-11 to 2026-10, nothing sold or registered after 2026-11-20): every database
 * gets the same units, and re-seeding finds them all by serial.
 */
export interface UnitSeed {
  serial: string;
  model: string;
  dealer: string;
  buildDate: string;
  saleDate?: string;
  registrationDate?: string;
  registrationLate?: boolean;
  customer?: { name: string; phone: string; address: string };
}

export interface DemoSerial {
  serial: string;
  dealer: string;
  model: string;
  note: string;
}

const BUILD_FROM = '2024-11-01';
const BUILD_TO = '2026-10-31';
/** Nothing is sold or registered after this day, so no seeded date is in the future. */
const LAST_EVENT = '2026-11-20';
const BULK_COUNT = 216;
const PRNG_SEED = 0x5a4ba0;
/** The company default: a card filed later than sale + 20 days is late. */
const REGISTRATION_DAYS = 20;

// ---- dates as ISO strings, counted in whole UTC days so no time zone shifts them

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => fromDay(toDay(iso) + n);
const yymm = (iso: string): string => iso.slice(2, 4) + iso.slice(5, 7);

// ---- mulberry32: small, fast, and identical on every platform

const prng = (seed: number) => {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  };
  return { next, int, pick, weighted };
};

// ---- fictitious end customers

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN = ['建国', '秀英', '志强', '桂兰', '德华', '玉梅', '春生', '海燕', '国庆', '丽娟', '永福', '凤英', '学军', '红霞', '长江', '金凤', '保平', '淑珍', '立新', '小平'];
const VILLAGE_STEMS = ['王庄', '李家', '前营', '后屯', '东沟', '西河', '南岗', '北坡', '刘集', '张楼', '杨湾', '孙庄'];
const VILLAGE_TAILS = ['村', '社区'];
/** 170 is a virtual-operator block: realistic-looking, and nobody's real landline. */
const phoneFor = (r: ReturnType<typeof prng>): string => `170${String(r.int(0, 99_999_999)).padStart(8, '0')}`;

const customerFor = (r: ReturnType<typeof prng>, towns: string[]) => ({
  name: r.pick(SURNAMES) + r.pick(GIVEN),
  phone: phoneFor(r),
  address: `${r.pick(towns)}${r.pick(VILLAGE_STEMS)}${r.pick(VILLAGE_TAILS)}${r.int(1, 12)}组${r.int(1, 99)}号`,
});

// ---- demo units: fixed serials, fixed dates, documented for the walk-through

const demoCustomer = (dealerCode: string, i: number) => {
  const d = dealers.find((x) => x.code === dealerCode)!;
  const names = ['赵立新', '孙红霞', '周长江', '马淑珍', '郭永福', '何玉梅'];
  return {
    name: names[i % names.length],
    phone: `1700000${String(9000 + i).padStart(4, '0')}`,
    address: `${d.towns[i % d.towns.length]}演示村${i + 1}组${i + 8}号`,
  };
};

interface DemoDef {
  serial: string;
  model: string;
  dealer: string;
  buildDate: string;
  saleDate?: string;
  registrationDate?: string;
  note: string;
}

const demoDefs: DemoDef[] = [
  // SD-WF, tier 1
  { serial: 'LSBDZ15026109001', model: 'DZ150', dealer: 'SD-WF', buildDate: '2026-10-12', saleDate: '2026-11-19', registrationDate: '2026-11-20',
    note: 'tricycle sold 2026-11-19: in warranty, refund window open until 2026-11-26' },
  { serial: 'LSBEV30026109002', model: 'EV300', dealer: 'SD-WF', buildDate: '2026-10-20', saleDate: '2026-11-18', registrationDate: '2026-11-19',
    note: 'car sold 2026-11-18 (2021 car rules): 7-day refund until 2026-11-25, 60-day/3,000 km window until 2027-01-17' },
  { serial: 'LSBTS25426099003', model: 'TS254', dealer: 'SD-WF', buildDate: '2026-09-15', saleDate: '2026-11-02', registrationDate: '2026-11-06',
    note: 'tractor sold 2026-11-02 (farm-machinery rules, 1,500 h cap): repair only' },
  { serial: 'LSBDZ15025079004', model: 'DZ150', dealer: 'SD-WF', buildDate: '2025-07-08', saleDate: '2025-08-18', registrationDate: '2025-08-25',
    note: 'sold 2025-08-18: whole unit expired 2026-08-18, main components covered until 2027-08-18' },
  { serial: 'LSBDZ15026099005', model: 'DZ150', dealer: 'SD-WF', buildDate: '2026-09-03', saleDate: '2026-09-25', registrationDate: '2026-10-30',
    note: 'card filed 35 days after sale: REGISTRATION_LATE' },
  { serial: 'LSBDZ15026109006', model: 'DZ150', dealer: 'SD-WF', buildDate: '2026-10-28',
    note: 'in stock, never registered: UNIT_NOT_REGISTERED, or register it in the portal' },
  // HN-ZK, tier 2
  { serial: 'LSBDZ15026109011', model: 'DZ150', dealer: 'HN-ZK', buildDate: '2026-10-05', saleDate: '2026-11-12', registrationDate: '2026-11-13',
    note: 'tricycle sold 2026-11-12: replacement window open until 2026-11-27' },
  { serial: 'LSB1WG4026099012', model: '1WG40', dealer: 'HN-ZK', buildDate: '2026-09-21', saleDate: '2026-11-03', registrationDate: '2026-11-05',
    note: 'tiller sold 2026-11-03: in warranty, repair only' },
  { serial: 'LSB1WG4025059013', model: '1WG40', dealer: 'HN-ZK', buildDate: '2025-05-06', saleDate: '2025-06-10', registrationDate: '2025-06-15',
    note: 'sold 2025-06-10: whole unit expired 2026-06-10, engine/gearbox/frame covered until 2027-06-10' },
  { serial: 'LSBDZ15026109014', model: 'DZ150', dealer: 'HN-ZK', buildDate: '2026-10-19',
    note: 'in stock, never registered' },
  // SC-MY, tier 3
  { serial: 'LSBDZ15026109021', model: 'DZ150', dealer: 'SC-MY', buildDate: '2026-10-09', saleDate: '2026-11-05', registrationDate: '2026-11-09',
    note: 'tricycle sold 2026-11-05: in warranty, repair only' },
  { serial: 'LSBTS25426089022', model: 'TS254', dealer: 'SC-MY', buildDate: '2026-08-26', saleDate: '2026-10-28', registrationDate: '2026-11-02',
    note: 'tractor sold 2026-10-28: in warranty' },
  { serial: 'LSBDZ15025039023', model: 'DZ150', dealer: 'SC-MY', buildDate: '2025-03-11', saleDate: '2025-04-12', registrationDate: '2025-04-20',
    note: 'sold 2025-04-12: whole unit expired 2026-04-12, main components covered until 2027-04-12' },
  { serial: 'LSB1WG4026109024', model: '1WG40', dealer: 'SC-MY', buildDate: '2026-10-14',
    note: 'in stock, never registered' },
];

export const demoSerials: DemoSerial[] = demoDefs.map(({ serial, dealer, model, note }) => ({ serial, dealer, model, note }));

const demoUnits = (): UnitSeed[] =>
  demoDefs.map((d, i) => ({
    serial: d.serial,
    model: d.model,
    dealer: d.dealer,
    buildDate: d.buildDate,
    ...(d.saleDate
      ? {
          saleDate: d.saleDate,
          registrationDate: d.registrationDate,
          registrationLate: toDay(d.registrationDate!) > toDay(d.saleDate) + REGISTRATION_DAYS,
          customer: demoCustomer(d.dealer, i),
        }
      : {}),
  }));

// ---- the bulk

const MODEL_WEIGHTS = [['DZ150', 50], ['1WG40', 20], ['TS254', 15], ['EV300', 15]] as const;
const DEALER_WEIGHTS = [['SD-WF', 40], ['HN-ZK', 35], ['SC-MY', 25]] as const;

const bulkUnits = (): UnitSeed[] => {
  const r = prng(PRNG_SEED);
  const first = toDay(BUILD_FROM);
  const span = toDay(BUILD_TO) - first;
  const last = toDay(LAST_EVENT);
  const seq = new Map<string, number>();
  const out: UnitSeed[] = [];

  for (let i = 0; i < BULK_COUNT; i++) {
    const model = r.weighted(MODEL_WEIGHTS);
    const dealerCode = r.weighted(DEALER_WEIGHTS);
    const dealer = dealers.find((d) => d.code === dealerCode)!;
    const buildDay = first + r.int(0, span);
    const buildDate = fromDay(buildDay);
    const key = model + yymm(buildDate);
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const unit: UnitSeed = { serial: `LSB${model}${yymm(buildDate)}${String(n).padStart(4, '0')}`, model, dealer: dealerCode, buildDate };

    // older stock is more likely to have been sold and registered: about 40 % overall
    const age = (span - (buildDay - first)) / span;
    const registered = r.next() < 0.1 + 0.6 * age;
    const saleDay = buildDay + r.int(7, 180);
    // most cards come back within the 20 days, about one in ten late
    const regDay = saleDay + (r.next() < 0.9 ? r.int(0, REGISTRATION_DAYS) : r.int(REGISTRATION_DAYS + 1, 75));
    const customer = customerFor(r, dealer.towns);
    if (registered && regDay <= last) {
      unit.saleDate = fromDay(saleDay);
      unit.registrationDate = fromDay(regDay);
      unit.registrationLate = regDay > saleDay + REGISTRATION_DAYS;
      unit.customer = customer;
    }
    out.push(unit);
  }
  return out;
};

/** Every seeded unit, demo units first; same output on every call. */
export const generateUnits = (): UnitSeed[] => [...demoUnits(), ...bulkUnits()];
