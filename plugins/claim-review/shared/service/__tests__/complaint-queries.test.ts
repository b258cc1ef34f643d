import { parseInput } from '../../schemas/validation-details';
import { complaintListQuerySchema } from '../queries';

describe('the complaint list query (GET /service/complaints)', () => {
  it('takes status tabs as a comma list, mine and overdue as flags, and pages', () => {
    const r = parseInput(complaintListQuerySchema, { status: 'received, in_progress', mine: 'true', overdue: '0', page: '2', pageSize: '50' });
    expect(r).toEqual({ ok: true, data: { status: ['received', 'in_progress'], mine: true, overdue: false, page: 2, pageSize: 50 } });
  });

  it('reads blank filters as absent', () => {
    const r = parseInput(complaintListQuerySchema, { status: '', mine: '', q: '  ' });
    expect(r.ok && r.data.status === undefined && r.data.mine === undefined).toBe(true);
  });

  it('names a state the complaint machine does not have, and a flag that is not one', () => {
    const r = parseInput(complaintListQuerySchema, { status: 'received,archived', mine: 'yes' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fields).sort()).toEqual(['mine', 'status.1']);
  });
});
