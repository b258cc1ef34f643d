import { auditPath } from '../audit-path';

describe('audit trail paths', () => {
  it('reads a line field as the line and the field, a ref with dots included', () => {
    expect(auditPath('lines.TS-GBX-R.reasonCode')).toEqual({ line: 'TS-GBX-R', fieldKey: 'lines.reason', field: 'reasonCode', valuePrefix: null });
    expect(auditPath('lines.DZ.BS.110.decision')).toEqual({ line: 'DZ.BS.110', fieldKey: 'lines.decision', field: 'decision', valuePrefix: 'action' });
  });

  it('reads totals, status and the fault as the labels the pages already use', () => {
    expect(auditPath('totals.payable').fieldKey).toBe('totals.payable');
    expect(auditPath('status')).toMatchObject({ fieldKey: 'audit.status', valuePrefix: 'status' });
    expect(auditPath('fault.component').fieldKey).toBe('fault.component');
    expect(auditPath('remedy').valuePrefix).toBe('remedy');
  });

  it('leaves a path it does not know as it is', () => {
    expect(auditPath('somethingNew')).toEqual({ line: null, fieldKey: null, field: 'somethingNew', valuePrefix: null });
  });
});
