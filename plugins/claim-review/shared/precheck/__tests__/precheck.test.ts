import type { Finding } from '../../contracts';
import { FINDING_CODES, FINDING_SEVERITY, PRECHECK_RULES, precheck, precheckAnswer, returnOverdueFinding } from '..';
import { COMPANY_DEFAULT_POLICY } from '../../policy/national-templates';
import { CTX, INPUT, ctx, input, prior, unit } from './fixtures';

const tags = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.field ?? ''}`);

describe('precheck as a whole', () => {
  it('runs the rules in one fixed order', () => {
    const messy = input({
      failureDate: '2024-06-04',
      remedy: 'refund',
      parts: [
        { partNumber: 'P-CORE', qty: 1 },
        { partNumber: 'P-NOPE', qty: 1 },
        { partNumber: 'P-MOTOR', qty: 1 },
      ],
      labour: [
        { operation: 'OP-MOTOR', hours: 3 },
        { operation: 'OP-X', hours: 1 },
      ],
      travel: { km: 120 },
    });
    const history = [prior({ partNumbers: ['P-MOTOR'], repairDate: '2024-05-20', failureDate: '2024-05-19' })];
    const f = precheck(messy, ctx({ today: '2024-07-10', unit: unit({ registrationDate: '2024-04-01' }), history }));
    expect(tags(f)).toEqual([
      'REGISTRATION_LATE@serial',
      'DATES_INVALID@failureDate',
      'REMEDY_NOT_ALLOWED@remedy',
      'PART_NOT_PRICED@parts.1.partNumber',
      'PART_CORE@parts.0.partNumber',
      'OPERATION_UNKNOWN@labour.1.operation',
      'LABOUR_OVER_STANDARD@labour.0.hours',
      'TRAVEL_OVER_CAP@travel.km',
      'FILED_LATE@repairDate',
      'DUPLICATE_CLAIM@parts.2.partNumber',
    ]);
  });

  it('in the browser with nothing but today it checks only the dates', () => {
    expect(precheck(INPUT, { today: '2024-06-10' })).toEqual([]);
  });

  it('gives every finding docs/api.md’s severity', () => {
    const warnings = FINDING_CODES.filter((c) => FINDING_SEVERITY[c] === 'warning').sort();
    expect(warnings).toEqual(
      [
        'ASSEMBLY_REPLACED_LIMIT',
        'BUSY_SEASON_LATE',
        'DUPLICATE_CLAIM',
        'LABOUR_OVER_STANDARD',
        'LOANER_DUE',
        'REPAIR_DAYS_LIMIT',
        'REPAIR_TIME_EXCEEDED',
        'REPEAT_FAILURE',
        'SAME_PROBLEM_LIMIT',
        'TRAVEL_OVER_CAP',
      ].sort(),
    );
    for (const code of ['UNIT_NOT_FOUND', 'REGISTRATION_LATE', 'FILED_LATE', 'PART_CORE', 'RETURN_OVERDUE'] as const) {
      expect(FINDING_SEVERITY[code]).toBe('error');
    }
  });

  it('has one rule per file, each a function', () => {
    expect(PRECHECK_RULES.length).toBe(24);
    for (const [, rule] of PRECHECK_RULES) expect(typeof rule).toBe('function');
  });

  it('fills every placeholder of messages and clauses', () => {
    const messy = input({
      failureDate: '2024-06-04',
      remedy: 'replacement',
      parts: [
        { partNumber: 'P-CORE', qty: 1 },
        { partNumber: 'P-OLD', qty: 1 },
      ],
      labour: [{ operation: 'OP-MOTOR', hours: 3 }],
      travel: { km: 120 },
      customerConfirmation: { name: 'x', signedAt: '2024-12-01' },
    });
    const f = [
      ...precheck(messy, ctx({ today: '2024-09-10', unit: unit({ registrationDate: '2024-04-01' }) })),
      ...precheck(INPUT, ctx({ unit: null })),
      ...precheck(INPUT, ctx({ rate: null })),
    ];
    expect(f.length).toBeGreaterThan(8);
    for (const x of f) {
      for (const text of [x.message.zh, x.message.en, x.clause?.zh ?? '', x.clause?.en ?? '']) {
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('precheckAnswer', () => {
  it('returns findings with server-priced lines and totals', () => {
    const a = precheckAnswer(input({ travel: { km: 120 } }), CTX);
    expect(tags(a.findings)).toEqual(['TRAVEL_OVER_CAP@travel.km']);
    expect(a.lines.map((l) => [l.kind, l.ref, l.amount])).toEqual([
      ['part', 'P-MOTOR', 50000],
      ['labour', 'OP-MOTOR', 8000],
      ['travel', 'travel', 15000],
    ]);
    expect(a.totals).toEqual({ parts: 50000, labour: 8000, travel: 15000, total: 73000, payable: 73000 });
  });
});

describe('returnOverdueFinding (for the server’s daily job)', () => {
  it('is null up to and including the due date', () => {
    expect(returnOverdueFinding({ claimNumber: 'C-1', dueDate: '2024-06-30', today: '2024-06-30' })).toBeNull();
  });

  it('is an error the day after', () => {
    const f = returnOverdueFinding({
      claimNumber: 'C-1',
      dueDate: '2024-06-30',
      today: '2024-07-01',
      policy: COMPANY_DEFAULT_POLICY,
    });
    expect(f).toMatchObject({ code: 'RETURN_OVERDUE', severity: 'error' });
    expect(f?.message.zh).toContain('不予核销');
    expect(f?.message.en).toContain('C-1');
    expect(f?.clause?.en).toContain('Company warranty rules');
  });
});
