import { contactForDealer } from '../masking';
import { WORK_ORDER_STATES } from '../work-order-machine';

const CONTACT = { name: '王师傅', phone: '13812341234', address: { region: '山东省济南市历城区', line: '工业北路 88 号食堂' } };

describe('contactForDealer', () => {
  it('shows the phone and address while the order is open', () => {
    for (const status of ['dispatched', 'accepted', 'contacted', 'scheduled', 'on_site'] as const) {
      expect(contactForDealer(CONTACT, status)).toEqual({ ...CONTACT, masked: false });
    }
  });

  it('masks them once the order is closed: 138****1234 and the region only', () => {
    for (const status of WORK_ORDER_STATES.filter((s) => ['declined', 'completed', 'returned_to_coordinator', 'reassigned'].includes(s))) {
      expect(contactForDealer(CONTACT, status)).toEqual({
        name: '王师傅',
        phone: '138****1234',
        address: { region: '山东省济南市历城区', line: null },
        masked: true,
      });
    }
  });
});
