import type { ComplaintKpiRecord, KpiTimer, ServiceKpiRecord } from '../records';

let n = 0;

/** A completed in-warranty request of dealer D1 in November, with nothing counted unless a test says so. */
export function service(over: Partial<ServiceKpiRecord> = {}): ServiceKpiRecord {
  n += 1;
  return {
    request: `SR-202611-${String(n).padStart(5, '0')}`,
    date: '2026-11-02',
    dealer: 'D1',
    region: '安徽',
    model: 'M1',
    unit: null,
    inWarranty: true,
    receivedAt: '2026-11-02T01:00:00Z',
    completedAt: null,
    faultComponent: null,
    satisfaction: null,
    parts: [],
    timers: [],
    ...over,
  };
}

export function complaint(timer: KpiTimer, over: Partial<ComplaintKpiRecord> = {}): ComplaintKpiRecord {
  n += 1;
  return { complaint: `CP-202611-${String(n).padStart(5, '0')}`, date: '2026-11-02', dealer: 'D1', region: '安徽', model: 'M1', timer, ...over };
}

export const met = (name: KpiTimer['name']): KpiTimer => ({ name, state: 'met', stoppedAt: '2026-11-02T03:00:00.000Z' });
export const lateStopped = (name: KpiTimer['name']): KpiTimer => ({ name, state: 'breached', stoppedAt: '2026-11-03T03:00:00.000Z' });
export const overdue = (name: KpiTimer['name']): KpiTimer => ({ name, state: 'breached', stoppedAt: null });
export const running = (name: KpiTimer['name']): KpiTimer => ({ name, state: 'running', stoppedAt: null });
export const cancelled = (name: KpiTimer['name']): KpiTimer => ({ name, state: 'cancelled', stoppedAt: '2026-11-02T02:00:00.000Z' });
