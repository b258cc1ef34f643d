import type { ErrorReason } from '../../contracts';
import { CATALOGUE } from '../catalogue';
import { hasMessage, interpolate, message } from '../message';
import { ERROR_REASONS, errorBody } from '../error-body';
import { FINDING_CODES } from '../../precheck/severity';
import { VALIDATION_CODES } from '../../schemas/validation-details';

describe('the catalogue', () => {
  it('has zh and en for every finding code, error reason and validation code', () => {
    const keys = [
      ...FINDING_CODES,
      ...(Object.keys(ERROR_REASONS) as ErrorReason[]),
      ...VALIDATION_CODES.map((c) => `validation.${c}`),
    ];
    for (const k of keys) {
      expect(hasMessage(k)).toBe(true);
    }
    for (const [k, v] of Object.entries(CATALOGUE)) {
      expect(`${k}:${v.zh.trim().length > 0}:${v.en.trim().length > 0}`).toBe(`${k}:true:true`);
    }
  });

  it('uses the handbooks’ Chinese terms', () => {
    const zh = Object.values(CATALOGUE)
      .map((v) => v.zh)
      .join('\n');
    for (const term of ['三包', '三包回执卡', '主要部件', '易损件', '不予认定', '核销', '旧件', '三包维修记录']) {
      expect(zh).toContain(term);
    }
  });

  it('each language has the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(CATALOGUE)) {
      expect(`${k} ${names(v.zh).join(',')}`).toBe(`${k} ${names(v.en).join(',')}`);
    }
  });
});

describe('message', () => {
  it('fills parameters, taking bilingual ones per language', () => {
    expect(message('FILED_LATE', { repairDate: '2024-06-03', days: 30, deadline: '2024-07-03' })).toEqual({
      zh: '维修日期 2024-06-03 后 30 天内未提交三包维修记录（截至 2024-07-03）',
      en: 'Filed after the deadline: 30 days from the repair date 2024-06-03, i.e. 2024-07-03',
    });
    expect(message('clause.filing', { policy: { zh: '企业', en: 'Company' }, days: 30 })).toEqual({
      zh: '企业：维修后 30 日内提交三包维修记录',
      en: 'Company: the claim is filed within 30 days of the repair',
    });
  });

  it('leaves a missing parameter visible', () => {
    expect(interpolate('a {x} b', {}, 'en')).toBe('a {x} b');
    expect(interpolate('{n}', { n: 0 }, 'en')).toBe('0');
  });
});

describe('errorBody', () => {
  it('answers docs/api.md’s shape with the family code', () => {
    expect(errorBody('STALE_VERSION')).toEqual({
      error: {
        status: 409,
        code: 'CONFLICT',
        message: CATALOGUE.STALE_VERSION,
        details: { reason: 'STALE_VERSION' },
      },
    });
    expect(errorBody('VALIDATION_FAILED', { fields: { 'parts.0.qty': 'too_small' } }).error).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: CATALOGUE.VALIDATION_FAILED,
      details: { fields: { 'parts.0.qty': 'too_small' } },
    });
  });

  it.each([
    ['UNAUTHENTICATED', 401, 'UNAUTHENTICATED'],
    ['FORBIDDEN', 403, 'FORBIDDEN'],
    ['DEALER_SUSPENDED', 403, 'FORBIDDEN'],
    ['NOT_FOUND', 404, 'NOT_FOUND'],
    ['ALREADY_REGISTERED', 409, 'CONFLICT'],
    ['IDEMPOTENCY_KEY_REUSED', 409, 'CONFLICT'],
    ['WRONG_STATE', 409, 'CONFLICT'],
    ['NOTHING_TO_SETTLE', 409, 'CONFLICT'],
    ['PRECHECK_FAILED', 422, 'PRECHECK_FAILED'],
  ] as [ErrorReason, number, string][])('%s → %i %s', (reason, status, code) => {
    const body = errorBody(reason);
    expect(body.error.status).toBe(status);
    expect(body.error.code).toBe(code);
  });
});
