import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { businessDate } from '@shared/calendar/business-date';
import { addDaysIso } from '@shared/calendar/date-only';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { UNIT } from '../../../test/fixtures';

const today = businessDate(new Date());

function set(label: string, value: string) {
  const el = screen.getByLabelText(label);
  fireEvent.change(el, { target: { value } });
  fireEvent.blur(el);
}

async function fill(saleDate: string) {
  await screen.findByRole('heading', { name: '保修卡登记（三包回执卡）' });
  set('销售日期', saleDate);
  set('用户姓名', '张三');
  set('联系电话', '138 0000 0000');
  set('地址', '河南省郑州市金水区');
}

describe('warranty card registration', () => {
  beforeAll(async () => {
    await import('../RegistrationPage');
  });

  it('registers a sale on time', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.post('*/api/claim-review/registrations', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ serial: 'ET2024000123', registrationDate: today, late: false }, { status: 201 });
      }),
    );
    renderApp('/registrations/new?serial=ET2024000123');
    await fill(addDaysIso(today, -3));
    expect(screen.queryByText('已超过登记期限')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText(`产品 ET2024000123 已于 ${today} 登记`)).toBeInTheDocument();
    expect(body).toEqual({
      serial: 'ET2024000123',
      saleDate: addDaysIso(today, -3),
      // The number goes out in its normal form, as the server stores it.
      customer: { name: '张三', phone: '13800000000', address: '河南省郑州市金水区' },
      usage: null,
    });
  });

  it('warns before sending when the 20-day deadline has passed, and waits for the dealer to confirm', async () => {
    const user = userEvent.setup();
    let sent = 0;
    server.use(
      http.post('*/api/claim-review/registrations', () => {
        sent += 1;
        return HttpResponse.json({ serial: 'ET2024000123', registrationDate: today, late: true }, { status: 201 });
      }),
    );
    renderApp('/registrations/new?serial=ET2024000123');
    await fill(addDaysIso(today, -30));
    expect(screen.getByText('已超过登记期限')).toBeInTheDocument();
    expect(screen.getByText(/售出已 30 天，超过 20 日登记期限/)).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: '仍然登记（逾期）' });
    expect(submit).toBeDisabled();
    await user.click(screen.getByLabelText('我已知晓逾期登记的后果，仍要登记'));
    await user.click(submit);
    expect(await screen.findByText('本次登记已超过期限，该产品的三包服务不予认定。')).toBeInTheDocument();
    expect(sent).toBe(1);
  });

  it("counts the deadline of the unit's own policy once the serial is looked up", async () => {
    server.use(
      http.get('*/api/claim-review/units/:serial', ({ params }) =>
        HttpResponse.json({ ...UNIT, serial: params.serial, registered: false, saleDate: null, registrationDate: null, registrationDays: 7 }),
      ),
    );
    renderApp('/registrations/new?serial=ET2024000123');
    expect(await screen.findByText(/产品售出后 7 日内登记三包回执卡/)).toBeInTheDocument();
    await fill(addDaysIso(today, -10));
    expect(screen.getByText(/售出已 10 天，超过 7 日登记期限/)).toBeInTheDocument();
  });

  it('marks the serial when the unit is already registered (409)', async () => {
    const user = userEvent.setup();
    server.use(
      http.post('*/api/claim-review/registrations', () =>
        HttpResponse.json(
          { error: { status: 409, code: 'CONFLICT', message: { zh: '该产品已登记三包回执卡', en: 'Already registered' }, details: { reason: 'ALREADY_REGISTERED' } } },
          { status: 409 },
        ),
      ),
    );
    renderApp('/registrations/new?serial=ET2024000123');
    await fill(addDaysIso(today, -1));
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('该产品已登记保修卡')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('产品编号')).toHaveAttribute('aria-invalid', 'true'));
  });

  it('checks the fields with the shared schema before sending', async () => {
    const user = userEvent.setup();
    renderApp('/registrations/new');
    await screen.findByRole('heading', { name: '保修卡登记（三包回执卡）' });
    set('联系电话', 'call me');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('不是有效的手机号码或固定电话号码')).toBeInTheDocument();
    expect(screen.getAllByText('必填').length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a phone number nobody can call back ("123") before sending, and sends none', async () => {
    const user = userEvent.setup();
    let sent = 0;
    server.use(
      http.post('*/api/claim-review/registrations', () => {
        sent += 1;
        return HttpResponse.json({ serial: 'ET2024000123', registrationDate: today, late: false }, { status: 201 });
      }),
    );
    renderApp('/registrations/new?serial=ET2024000123');
    await fill(addDaysIso(today, -1));
    set('联系电话', '123');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('不是有效的手机号码或固定电话号码')).toBeInTheDocument();
    expect(screen.getByLabelText('联系电话')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toBe(0);
    // A landline with its area code is a number.
    set('联系电话', '0371-6555 1234');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText(`产品 ET2024000123 已于 ${today} 登记`)).toBeInTheDocument();
    expect(sent).toBe(1);
  });
});
