import type { Finding } from '@shared/contracts/findings';
import { emptyClaimForm, formPaths, localFindings, placeFindings, precheckBody, toInput } from '../claimFormModel';
import { newIdempotencyKey } from '../idempotency';
import { screenPhotos } from '../photoRules';

const f = (field?: string): Finding => ({ code: 'PART_NOT_PRICED', severity: 'error', field, message: { zh: 'z', en: 'e' } });

function filled() {
  return {
    ...emptyClaimForm('et1', '2024-06-02'),
    failureDate: '2024-06-01',
    fault: { component: 'MOTOR', description: '' },
    parts: [{ partNumber: 'mc-100', qty: '１', causal: true }],
    labour: [{ operation: 'op-10', hours: '1.5' }],
  };
}

describe('claim form model', () => {
  it('turns typed text into the ClaimInput shape, index for index', () => {
    expect(toInput(filled())).toMatchObject({
      serial: 'ET1',
      usage: null,
      travel: null,
      parts: [{ partNumber: 'MC-100', qty: 1, causal: true }],
      labour: [{ operation: 'OP-10', hours: 1.5 }],
    });
  });

  it('prechecks on the server once only neutral fields are missing, with stand-ins never saved', () => {
    const body = precheckBody(filled(), '2024-06-10');
    expect(body).not.toBeNull();
    expect(body!.customerConfirmation).toEqual({ name: '—', signedAt: '2024-06-02' });
    expect(precheckBody({ ...filled(), serial: '' }, '2024-06-10')).toBeNull();
  });

  it('sends the repair hand-over and return dates only when typed, and checks them in the browser', () => {
    expect(toInput(filled())).toMatchObject({ repair: null });
    const v = { ...filled(), repair: { handedOverAt: '2024-06-01', returnedAt: '2024-06-12' } };
    expect(toInput(v)).toMatchObject({ repair: { handedOverAt: '2024-06-01', returnedAt: '2024-06-12' } });
    expect(localFindings(v, '2024-06-10').map((x) => `${x.code}@${x.field}`)).toEqual(['DATES_INVALID@repair.returnedAt']);
    const early = { ...filled(), repair: { handedOverAt: '2024-05-30', returnedAt: '2024-06-02' } };
    expect(localFindings(early, '2024-06-10').map((x) => `${x.code}@${x.field}`)).toEqual(['DATES_INVALID@repair.handedOverAt']);
    expect(formPaths(v)).toEqual(expect.arrayContaining(['repair.handedOverAt', 'repair.returnedAt']));
  });

  it('names the missing date when only one of the pair is typed', () => {
    const half = { ...filled(), repair: { handedOverAt: '2024-06-01', returnedAt: '' } };
    expect(precheckBody(half, '2024-06-10')).toBeNull();
    expect(localFindings(half, '2024-06-10')).toEqual([]);
  });

  it('runs the shared date rules in the browser', () => {
    const v = { ...filled(), failureDate: '2024-06-05' };
    expect(localFindings(v, '2024-06-10').map((x) => x.code)).toEqual(['DATES_INVALID']);
    expect(localFindings({ ...v, repairDate: '' }, '2024-06-10')).toEqual([]);
  });

  it('places findings at the nearest rendered input', () => {
    const paths = formPaths({ parts: [{ partNumber: '', qty: '', causal: false }], labour: [] });
    const { byPath, general } = placeFindings([f('parts.0.partNumber'), f('parts.0'), f('usage'), f('nowhere'), f()], paths);
    expect(byPath.get('parts.0.partNumber')).toHaveLength(2);
    expect(byPath.get('usage.value')).toHaveLength(1);
    expect(general).toHaveLength(2);
  });
});

describe('idempotency key', () => {
  it('is a v4 UUID, different every time, also without crypto.randomUUID', () => {
    const saved = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const a = newIdempotencyKey();
      expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(newIdempotencyKey()).not.toBe(a);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: saved, configurable: true });
    }
  });
});

describe('photo rules', () => {
  const file = (name: string, type: string, size = 10) => {
    const x = new File(['x'], name, { type });
    Object.defineProperty(x, 'size', { value: size });
    return x;
  };
  it('takes jpg/png/webp/pdf up to 10 MB and 10 per claim', () => {
    const r = screenPhotos(
      [file('a.jpg', 'image/jpeg'), file('b.gif', 'image/gif'), file('c.pdf', 'application/pdf', 10 * 1024 * 1024 + 1), file('d.webp', ''), file('e.png', 'image/png')],
      8,
    );
    expect(r.ok.map((x) => x.name)).toEqual(['a.jpg', 'd.webp']);
    expect(r.refused.map((x) => [x.file.name, x.problem])).toEqual([
      ['b.gif', 'type'],
      ['c.pdf', 'size'],
      ['e.png', 'count'],
    ]);
  });
});
