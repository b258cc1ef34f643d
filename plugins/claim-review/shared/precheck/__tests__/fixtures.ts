import type {
  ClaimInput,
  LabourOpFacts,
  PartFacts,
  PolicyFacts,
  PrecheckContext,
  PriorClaim,
  RateFacts,
  UnitFacts,
} from '../../contracts';
import { COMPANY_DEFAULT_POLICY } from '../../policy/national-templates';

export const UNIT: UnitFacts = {
  serial: 'SN-0001',
  modelCode: 'M1',
  modelName: '电动三轮车 M1',
  category: 'tricycle',
  mainComponents: ['motor', 'frame', 'controller'],
  dealerCode: 'D001',
  buildDate: '2024-01-20',
  saleDate: '2024-03-01',
  registrationDate: '2024-03-05',
};

const price = (dealerPrice: number, guidePrice: number) => ({ effectiveFrom: '2024-01-01', dealerPrice, guidePrice });

export const PARTS: Record<string, PartFacts> = {
  'P-MOTOR': {
    number: 'P-MOTOR',
    name: '电机总成',
    nameEn: 'Motor assembly',
    category: 'main_component',
    component: 'motor',
    vatRate: 1300,
    mustReturn: true,
    price: price(50000, 80000),
  },
  'P-BOLT': {
    number: 'P-BOLT',
    name: '螺栓',
    nameEn: 'Bolt',
    category: 'standard',
    vatRate: 1300,
    mustReturn: false,
    price: price(100, 150),
  },
  'P-PAD': {
    number: 'P-PAD',
    name: '刹车片',
    nameEn: 'Brake pad',
    category: 'wear',
    component: 'brake',
    vatRate: 1300,
    mustReturn: false,
    wearMonths: 3,
    price: price(2000, 3000),
  },
  'P-CORE': {
    number: 'P-CORE',
    name: '控制器芯片',
    nameEn: 'Controller chip',
    category: 'core',
    component: 'controller',
    vatRate: 1300,
    mustReturn: true,
    price: null,
  },
  'P-OLD': {
    number: 'P-OLD',
    name: '旧款灯罩',
    nameEn: 'Old lamp cover',
    category: 'standard',
    vatRate: 1300,
    mustReturn: false,
    price: null,
  },
};

export const OPERATIONS: Record<string, LabourOpFacts> = {
  'OP-MOTOR': { code: 'OP-MOTOR', description: '更换电机', descriptionEn: 'Replace motor', standardHoursTenths: 20 },
  'OP-PAD': { code: 'OP-PAD', description: '更换刹车片', descriptionEn: 'Replace brake pads', standardHoursTenths: 5 },
};

export const RATE: RateFacts = {
  tier: 2,
  effectiveFrom: '2024-01-01',
  hourlyRate: 4000,
  travelRatePerKm: 150,
  travelCapKm: 100,
  logisticsFee: 2000,
};

export const INPUT: ClaimInput = {
  serial: 'SN-0001',
  failureDate: '2024-06-01',
  repairDate: '2024-06-03',
  remedy: 'repair',
  fault: { component: 'motor', description: '电机不转' },
  parts: [{ partNumber: 'P-MOTOR', qty: 1, causal: true }],
  labour: [{ operation: 'OP-MOTOR', hours: 2 }],
  travel: { km: 30 },
  customerConfirmation: { name: '张三', signedAt: '2024-06-03' },
};

export const CTX: PrecheckContext = {
  today: '2024-06-10',
  dealer: { code: 'D001', tier: 2 },
  unit: UNIT,
  policy: COMPANY_DEFAULT_POLICY,
  parts: PARTS,
  operations: OPERATIONS,
  rate: RATE,
  history: [],
};

export function input(patch: Partial<ClaimInput> = {}): ClaimInput {
  return { ...INPUT, ...patch };
}

export function ctx(patch: Partial<PrecheckContext> = {}): PrecheckContext {
  return { ...CTX, ...patch };
}

export function unit(patch: Partial<UnitFacts> = {}): UnitFacts {
  return { ...UNIT, ...patch };
}

export function policy(patch: Partial<PolicyFacts> = {}): PolicyFacts {
  return { ...COMPANY_DEFAULT_POLICY, ...patch };
}

/** One date for failure, repair, signature and today: keeps timing rules quiet while a window is probed. */
export function onDay(day: string, patch: Partial<ClaimInput> = {}): ClaimInput {
  return input({
    failureDate: day,
    repairDate: day,
    customerConfirmation: { name: '张三', signedAt: day },
    ...patch,
  });
}

let seq = 0;
export function prior(patch: Partial<PriorClaim> = {}): PriorClaim {
  seq += 1;
  return {
    number: `C-PRIOR-${seq}`,
    status: 'settled',
    failureDate: '2024-04-01',
    repairDate: '2024-04-02',
    remedy: 'repair',
    component: 'motor',
    partNumbers: ['P-BOLT'],
    ...patch,
  };
}
