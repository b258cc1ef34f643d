import { serviceReceiptInputSchema } from '@shared/service';
import { currentTimer } from '../currentTimer';
import { dealerEvents } from '../dealerEvents';
import { durationParts } from '../duration';
import { fromLocalInput, toLocalInput } from '../localTime';
import { emptyReceiptForm, toReceiptInput } from '../receiptFormModel';
import { PNG_DATA_URL, timer } from '../../../test/workOrders';

describe('work-order helpers', () => {
  it('splits a span into whole days, hours and minutes, rounding down', () => {
    expect(durationParts(80 * 60_000 + 59_000)).toEqual({ days: 0, hours: 1, minutes: 20 });
    expect(durationParts(26 * 3_600_000 + 5 * 60_000)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(durationParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('picks the clock that matters in each state: arrange until accepted, then on site until arrival', () => {
    const timers = [timer(), timer({ name: 'check' }), timer({ name: 'on_site', state: 'breached', remainingMs: 0, overdueMs: 35 * 60_000 })];
    expect(currentTimer('dispatched', timers)?.name).toBe('arrange');
    expect(currentTimer('scheduled', timers)?.name).toBe('on_site');
    expect(currentTimer('on_site', timers)).toBeNull();
    expect(currentTimer('completed', timers)).toBeNull();
    // A clock that stopped (the order was answered) is no longer racing.
    expect(currentTimer('dispatched', [timer({ stoppedAt: '2024-06-03T02:00:00.000Z', state: 'met' })])).toBeNull();
  });

  it('offers the dealer the moves of the core machine only', () => {
    expect([...dealerEvents('dispatched')].sort()).toEqual(['accept', 'decline']);
    expect(dealerEvents('scheduled').has('reschedule')).toBe(true);
    expect(dealerEvents('scheduled').has('schedule')).toBe(false);
    expect(dealerEvents('on_site').has('complete')).toBe(true);
    expect(dealerEvents('completed').size).toBe(0);
  });

  it('turns a datetime-local value into an instant with its offset, and back', () => {
    const iso = fromLocalInput('2024-06-03T14:30');
    expect(iso).toMatch(/^2024-06-03T14:30:00[+-]\d{2}:\d{2}$/);
    expect(toLocalInput(iso)).toBe('2024-06-03T14:30');
    expect(fromLocalInput('')).toBe('');
  });

  it('builds a receipt body the core schema accepts, with no amount in it', () => {
    const form = {
      ...emptyReceiptForm({ customer: { name: '张三', phone: '13812345678', address: { region: '河南', line: null } } }),
      faultComponent: ' controller ',
      faultFound: '控制器烧毁',
      workDone: '更换控制器',
      parts: [{ partNumber: 'mc-100', qtyIssued: '２', qtyUsed: '1', correct: false }],
      labour: [{ operation: 'op-10', hours: '1.5' }],
      travelKm: '12',
      coverage: 'out_of_warranty' as const,
      acceptance: { name: '张三', signature: PNG_DATA_URL },
      satisfaction: '4' as const,
    };
    const body = toReceiptInput(form) as Record<string, unknown>;
    expect(body).toMatchObject({
      faultComponent: 'controller',
      parts: [{ partNumber: 'MC-100', qtyIssued: 2, qtyUsed: 1, correct: false }],
      labour: [{ operation: 'OP-10', hours: 1.5 }],
      travelKm: 12,
      usage: null,
      coverage: 'out_of_warranty',
      satisfaction: 4,
      comment: null,
    });
    expect(Object.keys(body)).not.toContain('charge');
    expect(serviceReceiptInputSchema.safeParse(body).success).toBe(true);
    // Unsigned, the signature is missing (required), not a malformed image.
    const unsigned = toReceiptInput({ ...form, acceptance: { name: '张三', signature: '' } }) as { acceptance: { signature?: string } };
    expect(unsigned.acceptance.signature).toBeUndefined();
  });

  it('dates a receipt left without a completion time at the moment it is sent, and a typed one as typed', () => {
    const form = emptyReceiptForm({ customer: { name: '张三', phone: '13812345678', address: { region: '河南', line: null } } });
    expect(form.completedAt).toBe('');
    const sent = new Date('2024-06-03T06:12:41.250Z');
    expect((toReceiptInput(form, sent) as { completedAt: string }).completedAt).toBe('2024-06-03T06:12:41.250Z');
    const typed = toReceiptInput({ ...form, completedAt: '2024-06-03T14:30' }, sent) as { completedAt: string };
    expect(typed.completedAt).toMatch(/^2024-06-03T14:30:00[+-]\d{2}:\d{2}$/);
  });
});
