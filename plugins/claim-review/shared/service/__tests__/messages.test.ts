import { hasMessage, message } from '../../messages/message';
import { errorBody } from '../../messages/error-body';
import { SERVICE_REQUEST_STATES } from '../request-machine';
import { WORK_ORDER_STATES } from '../work-order-machine';
import { SERVICE_CHANNELS } from '../request';
import { SERVICE_TIMER_NAMES } from '../sla-timer';
import { COMPLAINT_STATES } from '../complaint-machine';
import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, COMPLAINT_SUBJECTS } from '../complaint';

describe('the service desk in the catalogue', () => {
  it('has a zh/en label for every status, channel and timer', () => {
    const keys = [
      ...SERVICE_REQUEST_STATES.map((s) => `service.status.${s}`),
      ...WORK_ORDER_STATES.map((s) => `work_order.status.${s}`),
      ...SERVICE_CHANNELS.map((c) => `service.channel.${c}`),
      ...SERVICE_TIMER_NAMES.map((t) => `service.timer.${t}`),
      ...COMPLAINT_STATES.map((s) => `complaint.status.${s}`),
      ...COMPLAINT_CHANNELS.map((c) => `complaint.channel.${c}`),
      ...COMPLAINT_SUBJECTS.map((c) => `complaint.subject.${c}`),
      ...COMPLAINT_SEVERITIES.map((c) => `complaint.severity.${c}`),
    ];
    expect(keys.filter((k) => !hasMessage(k))).toEqual([]);
  });

  it('speaks the seeds’ terms', () => {
    expect(message('service.timer.arrange').zh).toBe('2小时内做出安排');
    expect(message('WORK_ORDER_WRONG_STATE').zh).toContain('售后派工单');
    expect(message('RECEIPT_BEFORE_ARRIVAL').zh).toContain('维修服务回执单');
  });

  it('answers a bad phone as a field-level 400 and a wrong work order state as a 409', () => {
    expect(errorBody('PHONE_INVALID', { fields: { 'caller.phone': 'phone_invalid' } })).toEqual({
      error: {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: { zh: '联系电话不是有效的中国手机号码或固定电话号码', en: 'The phone number is not a Chinese mobile or landline number' },
        details: { fields: { 'caller.phone': 'phone_invalid' }, reason: 'PHONE_INVALID' },
      },
    });
    expect(errorBody('WORK_ORDER_WRONG_STATE').error).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(errorBody('APPOINTMENT_IN_PAST').error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(errorBody('COMPLAINT_WRONG_STATE').error).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(errorBody('COMPLAINT_CLOSED').error).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(errorBody('NOT_COMPLAINT_OWNER').error).toMatchObject({ status: 403, code: 'FORBIDDEN', message: { zh: expect.stringContaining('首问负责制') } });
  });
});
