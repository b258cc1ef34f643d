import type { PolicyFacts, UnitFacts } from '../../contracts';
import { resolvePolicy } from '../resolve-policy';
import { COMPANY_DEFAULT_POLICY } from '../national-templates';

const p = (code: string, effectiveFrom: string, extra: Partial<PolicyFacts> = {}): PolicyFacts => ({
  ...COMPANY_DEFAULT_POLICY,
  code,
  effectiveFrom,
  category: null,
  modelCode: null,
  ...extra,
});

const unit = (saleDate: string | null, modelCode = 'M1', category: string | null = 'tricycle') =>
  ({ modelCode, category, saleDate }) as Pick<UnitFacts, 'modelCode' | 'category' | 'saleDate'>;

const policies = [
  p('DEFAULT-2000', '2000-01-01'),
  p('DEFAULT-2024', '2024-01-01'),
  p('CAT-2022', '2022-01-01', { category: 'tricycle' }),
  p('CAT-2024', '2024-06-01', { category: 'tricycle' }),
  p('M1-2023', '2023-01-01', { modelCode: 'M1' }),
  p('M1-2025', '2025-01-01', { modelCode: 'M1' }),
  p('M2-2023', '2023-01-01', { modelCode: 'M2', category: 'tricycle' }),
];

describe('resolvePolicy', () => {
  it.each([
    ['model policy, newest not after the sale date', unit('2024-07-01'), 'M1-2023'],
    ['model policy effective on the sale day itself', unit('2025-01-01'), 'M1-2025'],
    ['a model policy not yet in force falls back to the category', unit('2022-12-31'), 'CAT-2022'],
    ['category, newest not after the sale date', unit('2024-06-01', 'M9'), 'CAT-2024'],
    ['category the day before the newer one', unit('2024-05-31', 'M9'), 'CAT-2022'],
    ['no model or category policy → company-wide fallback', unit('2024-07-01', 'X', 'boat'), 'DEFAULT-2024'],
    ['company-wide fallback, older version', unit('2023-12-31', 'X', null), 'DEFAULT-2000'],
    ['a policy naming model and category counts as a model policy', unit('2024-01-01', 'M2'), 'M2-2023'],
  ])('%s', (_name, u, code) => {
    expect(resolvePolicy(policies, u)?.code).toBe(code);
  });

  it('is null when nothing is in force', () => {
    expect(resolvePolicy(policies, unit('1999-12-31'))).toBeNull();
    expect(resolvePolicy([], unit('2024-01-01'))).toBeNull();
    expect(resolvePolicy([p('M1', '2023-01-01', { modelCode: 'M1' })], unit('2024-01-01', 'M2', null))).toBeNull();
  });

  it('uses onDate only for a unit not sold yet', () => {
    expect(resolvePolicy(policies, unit(null), '2025-02-01')?.code).toBe('M1-2025');
    expect(resolvePolicy(policies, unit('2024-02-01'), '2025-02-01')?.code).toBe('M1-2023');
    expect(resolvePolicy(policies, unit(null))).toBeNull();
  });
});
