import type { QuoteSheetData, SettlementNoticeData } from '../types';

const MODELS = ['ZL-50G', 'LG-936L', 'XE-215DA', 'EV-T10 电动三轮', 'HX-1204 拖拉机'];

/** Deterministic pseudo-random numbers: fixtures must not change between runs. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

export function settlementFixture(
  claims: number,
  options: { longDealerName?: boolean; adjustments?: boolean; status?: SettlementNoticeData['status'] } = {},
): SettlementNoticeData {
  const next = lcg(claims + 7);
  const lines = Array.from({ length: claims }, (_, i) => {
    const parts = (next() % 900_000) + 1_250;
    const labour = (next() % 60) * 1_500;
    const travel = i % 4 === 0 ? (next() % 200) * 250 : 0;
    return {
      claimNumber: `WC-2025-${String(10_000 + i).padStart(6, '0')}`,
      serial: `LFV${String(next() % 1e9).padStart(9, '0')}${String(i).padStart(5, '0')}`,
      model: MODELS[i % MODELS.length],
      repairDate: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
      parts,
      labour,
      travel,
      amount: parts + labour + travel,
    };
  });
  const adjustments = options.adjustments
    ? [
        {
          claimNumber: 'WC-2025-009871',
          reason: '2025 年 2 月核销通知 ST-2025-02-0031 中配件 P-3301 重复计入,本期扣回 / Part P-3301 counted twice in ST-2025-02-0031, taken back',
          amount: -48_650,
        },
        { claimNumber: 'WC-2025-009902', reason: '旧件复检确认为质量故障,补付工时费 / Returned part re-inspected: defect confirmed, labour paid', amount: 12_000 },
        { reason: '外出服务费上限调整差额 Travel cap correction', amount: 3_305 },
      ]
    : [];
  const total = [...lines, ...adjustments].reduce((sum, l) => sum + l.amount, 0);
  return {
    number: `ST-2025-03-${String(claims).padStart(4, '0')}`,
    issuedAt: '2025-04-03T02:30:00.000Z',
    periodStart: '2025-03-01',
    periodEnd: '2025-03-31',
    issuer: {
      name: '山东恒力重工机械有限公司',
      nameEn: 'Shandong Hengli Heavy Machinery Co., Ltd.',
      address: '山东省济南市高新区工业南路 88 号 财务部',
    },
    dealer: options.longDealerName
      ? {
          code: 'D-HN-0457',
          name: '河南省周口市川汇区东方红农业机械销售服务有限责任公司太康县第二特约维修服务站(原周口市宏达农机三包服务中心)',
          nameEn:
            'Zhoukou Chuanhui District Dongfanghong Agricultural Machinery Sales & Service Co., Ltd., Taikang County Second Authorised Service Station',
          region: '华中大区 Central China',
        }
      : { code: 'D-SD-0012', name: '济南鑫达农机销售有限公司', nameEn: 'Jinan Xinda Farm Machinery Sales Co., Ltd.', region: '华东 East' },
    lines,
    adjustments,
    total,
    status: options.status ?? 'issued',
  };
}

export function quoteFixture(): QuoteSheetData {
  const parts = [
    { ref: 'P-3301', name: '前桥总成', nameEn: 'Front axle assembly', qty: 1, unitPrice: 286_000, rate: 13 },
    { ref: 'P-1187', name: '液压油滤芯', nameEn: 'Hydraulic oil filter element', qty: 2, unitPrice: 8_650, rate: 13 },
    { ref: 'P-0042', name: 'O 形密封圈 Φ45×3.1', nameEn: 'O-ring Φ45×3.1', qty: 6, unitPrice: 350, rate: 13 },
  ];
  const lines: QuoteSheetData['lines'] = parts.map((p) => {
    const amount = p.qty * p.unitPrice;
    // Tax rounded half up in integer fen: amount × 13 / 100.
    const tax = Math.floor((amount * p.rate + 50) / 100);
    return { kind: 'part', ref: p.ref, name: p.name, nameEn: p.nameEn, qty: p.qty, unitPrice: p.unitPrice, amount, tax };
  });
  lines.push(
    { kind: 'labour', ref: 'L-AX-02', name: '前桥拆装', nameEn: 'Remove and refit front axle', hours: 3.5, unitPrice: 8_000, amount: 28_000, tax: 0 },
    { kind: 'travel', ref: 'TRAVEL', name: '外出服务费', nameEn: 'Field service travel', km: 46, unitPrice: 250, amount: 11_500, tax: 0 },
    { kind: 'logistics', ref: 'LOGISTICS', name: '配件物流费', nameEn: 'Parts logistics', qty: 1, unitPrice: 3_000, amount: 3_000, tax: 0 },
  );
  const sum = (kind: string, key: 'amount' | 'tax') => lines.filter((l) => l.kind === kind).reduce((s, l) => s + l[key], 0);
  const totals = {
    parts: sum('part', 'amount'),
    tax: sum('part', 'tax'),
    labour: sum('labour', 'amount'),
    travel: sum('travel', 'amount'),
    logistics: sum('logistics', 'amount'),
    total: 0,
  };
  totals.total = totals.parts + totals.tax + totals.labour + totals.travel + totals.logistics;
  return {
    number: 'QS-D-SD-0012-2025-0418',
    date: '2025-04-18',
    dealer: { code: 'D-SD-0012', name: '济南鑫达农机销售有限公司' },
    model: { code: 'HX-1204', name: '恒力 1204 轮式拖拉机' },
    customerName: '王建国',
    lines,
    totals,
  };
}
