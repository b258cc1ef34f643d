import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { claim } from '../../../test/fixtures';
import { apiError, receipt, timer, workOrder } from '../../../test/workOrders';
import i18n from '../../../i18n';

const ORDER = '*/api/claim-review/work-orders/WO-202406-00001';
const WRONG_STATE = apiError(409, 'CONFLICT', '售后派工单当前状态不允许此操作', "The work order's current status does not allow this", { reason: 'WORK_ORDER_WRONG_STATE' });

const accepted = (over = {}) =>
  workOrder({
    status: 'accepted',
    version: 2,
    acceptedAt: '2024-06-03T01:20:00.000Z',
    timers: [timer({ stoppedAt: '2024-06-03T01:20:00.000Z', state: 'met', remainingMs: 0 }), timer({ name: 'on_site', calendar: 'round_the_clock', remainingMs: 140 * 60_000 })],
    ...over,
  });

describe('work-order page', () => {
  beforeAll(async () => {
    await import('../WorkOrderDetailPage');
  });

  it('accepts a dispatched order, with tap-to-call while it is open', async () => {
    const user = userEvent.setup();
    let posted = 0;
    server.use(
      http.get(ORDER, () => HttpResponse.json(workOrder())),
      http.post(`${ORDER}/accept`, () => {
        posted += 1;
        return HttpResponse.json(accepted());
      }),
    );
    renderApp('/work-orders/WO-202406-00001');
    expect(await screen.findByRole('heading', { name: '派工单 WO-202406-00001' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '拨打 13812345678' })).toHaveAttribute('href', 'tel:13812345678');
    expect(screen.getByText(/金水区花园路 12 号/)).toBeInTheDocument();
    // Only what the machine allows from dispatched: no appointment or arrival yet.
    expect(screen.queryByRole('button', { name: '已到达' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '接单' }));
    expect(await screen.findByText('已接单')).toBeInTheDocument();
    expect(posted).toBe(1);
    expect(screen.queryByRole('button', { name: '接单' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '已到达' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: '预约上门' })).toBeInTheDocument();
  });

  it('shows the server refusing an accept another user already made, and the order as it is now', async () => {
    const user = userEvent.setup();
    let loads = 0;
    server.use(
      http.get(ORDER, () => {
        loads += 1;
        return HttpResponse.json(loads === 1 ? workOrder() : accepted());
      }),
      http.post(`${ORDER}/accept`, () => HttpResponse.json(WRONG_STATE, { status: 409 })),
    );
    renderApp('/work-orders/WO-202406-00001');
    await user.click(await screen.findByRole('button', { name: '接单' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('售后派工单当前状态不允许此操作');
    expect(await screen.findByText('已接单')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('售后派工单当前状态不允许此操作');
  });

  it('declines only with a reason', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.get(ORDER, () => HttpResponse.json(workOrder())),
      http.post(`${ORDER}/decline`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(workOrder({ status: 'declined', version: 2, declineReason: '本站无此车型配件', customer: { name: '张三', phone: '138****5678', address: { region: '河南省郑州市', line: null } } }));
      }),
    );
    renderApp('/work-orders/WO-202406-00001');
    await user.click(await screen.findByRole('button', { name: '拒单' }));
    await user.click(screen.getByRole('button', { name: '确认拒单' }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(body).toBeUndefined();
    await user.type(screen.getByLabelText('拒单原因'), '本站无此车型配件');
    await user.click(screen.getByRole('button', { name: '确认拒单' }));
    expect(await screen.findByText('已拒单')).toBeInTheDocument();
    expect(body).toEqual({ reason: '本站无此车型配件' });
    // Closed: the phone comes masked and is no longer a call link; the street is gone.
    expect(screen.getByTestId('masked-phone')).toHaveTextContent('138****5678');
    expect(screen.queryByRole('link', { name: /拨打/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/金水区/)).not.toBeInTheDocument();
  });

  it('logs a failed call and shows the failed count out of three', async () => {
    const user = userEvent.setup();
    let body: Record<string, unknown> | undefined;
    const attempt = { at: '2024-06-03T01:30:00.000Z', reached: false, note: null, counted: true };
    server.use(
      http.get(ORDER, () => HttpResponse.json(accepted({ contactAttempts: [attempt], failedContacts: 1 }))),
      http.post(`${ORDER}/contact-attempts`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(
          accepted({ version: 3, contactAttempts: [attempt, { at: body.at as string, reached: false, note: '无人接听', counted: true }], failedContacts: 2 }),
        );
      }),
    );
    renderApp('/work-orders/WO-202406-00001');
    expect(await screen.findByTestId('failed-contacts')).toHaveTextContent('未联系上 1/3');
    const form = screen.getByRole('form', { name: '记录联系' });
    await user.click(within(form).getByRole('button', { name: '记录联系' }));
    expect(await within(form).findByText('请选择是否联系上')).toBeInTheDocument();
    await user.click(within(form).getByLabelText('未联系上'));
    await user.type(within(form).getByLabelText('备注'), '无人接听');
    await user.click(within(form).getByRole('button', { name: '记录联系' }));
    await waitFor(() => expect(screen.getByTestId('failed-contacts')).toHaveTextContent('未联系上 2/3'));
    expect(body).toMatchObject({ reached: false, note: '无人接听' });
    expect(Number.isNaN(Date.parse(body?.at as string))).toBe(false);
  });

  it('puts the server\'s coded error on the time of an appointment in the past', async () => {
    const user = userEvent.setup();
    let body: Record<string, unknown> | undefined;
    server.use(
      http.get(ORDER, () => HttpResponse.json(accepted())),
      http.post(`${ORDER}/appointment`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(
          apiError(400, 'VALIDATION_FAILED', '约定的上门时间已经过去', 'The appointment time is in the past', { reason: 'APPOINTMENT_IN_PAST', fields: { at: 'in_past' } }),
          { status: 400 },
        );
      }),
    );
    renderApp('/work-orders/WO-202406-00001');
    const form = await screen.findByRole('form', { name: '预约上门' });
    const at = within(form).getByLabelText('上门时间');
    await user.type(at, '2024-06-03T09:00');
    await user.click(within(form).getByRole('button', { name: '保存预约' }));
    expect(await within(form).findByText('时间已经过去')).toBeInTheDocument();
    expect(at).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('约定的上门时间已经过去');
    expect(body).toMatchObject({ agreedBy: '张三', reason: null });
    expect(body?.at).toMatch(/^2024-06-03T09:00:00[+-]\d{2}:\d{2}$/);
  });

  it('asks for a reason before rescheduling', async () => {
    const user = userEvent.setup();
    let posted = false;
    server.use(
      http.get(ORDER, () => HttpResponse.json(accepted({ status: 'scheduled', appointment: { at: '2099-06-03T06:00:00.000Z', agreedBy: '张三' } }))),
      http.post(`${ORDER}/appointment`, () => {
        posted = true;
        return HttpResponse.json(accepted());
      }),
    );
    renderApp('/work-orders/WO-202406-00001');
    const form = await screen.findByRole('form', { name: '改约上门时间' });
    await user.click(within(form).getByRole('button', { name: '保存改约' }));
    expect(await within(form).findByText('必填')).toBeInTheDocument();
    expect(within(form).getByLabelText('改约原因')).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toBe(false);
  });

  it('shows a completed out-of-warranty receipt with its charge and the stored signature', async () => {
    const charge = {
      lines: [{ kind: 'part' as const, ref: 'MC-100', qty: 1, unitPrice: 23450, amount: 23450, tax: 0 }],
      totals: { parts: 23450, tax: 0, labour: 9000, travel: 0, logistics: 0, total: 32450 },
      findings: [],
    };
    server.use(
      http.get(ORDER, () =>
        HttpResponse.json(
          workOrder({ status: 'completed', timers: [], customer: { name: '张三', phone: '138****5678', address: { region: '河南省郑州市', line: null } }, receipt: receipt({ coverage: 'out_of_warranty', charge }) }),
        ),
      ),
    );
    renderApp('/work-orders/WO-202406-00001');
    expect(await screen.findByTestId('charge-total')).toHaveTextContent('向客户收费 ¥324.50');
    expect(screen.getByRole('img', { name: '张三 的签字' })).toHaveAttribute('src', '/api/claim-review/evidence/sig-1.png?sig=abc');
    expect(screen.getByText('非常满意')).toBeInTheDocument();
    // Out of warranty: nothing to claim.
    expect(screen.queryByRole('button', { name: '提交三包索赔' })).not.toBeInTheDocument();
  });

  it('files a warranty claim from an in-warranty receipt and opens the claim', async () => {
    const user = userEvent.setup();
    let filed = 0;
    server.use(
      http.get(ORDER, () => HttpResponse.json(workOrder({ status: 'completed', timers: [], receipt: receipt() }))),
      http.post(`${ORDER}/claim`, () => {
        filed += 1;
        return HttpResponse.json({ ...claim({ number: 'C-2024-0099', status: 'draft', questions: [] }), serviceRequest: 'SR-202406-00001' }, { status: 201 });
      }),
      http.get('*/api/claim-review/claims/C-2024-0099', () => HttpResponse.json(claim({ number: 'C-2024-0099', status: 'draft', questions: [] }))),
    );
    const { router } = renderApp('/work-orders/WO-202406-00001');
    await user.click(await screen.findByRole('button', { name: '提交三包索赔' }));
    expect(await screen.findByRole('heading', { name: '索赔单 C-2024-0099' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/claims/C-2024-0099');
    expect(filed).toBe(1);
  });

  it('shows why a claim cannot be filed, in the dealer\'s language', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(ORDER, () => HttpResponse.json(workOrder({ status: 'completed', timers: [], unit: { serial: null, model: null, purchaseDate: '2024-03-01', coverage: null }, receipt: receipt() }))),
      http.post(`${ORDER}/claim`, () =>
        HttpResponse.json(apiError(409, 'CONFLICT', '没有产品编号，不能提交三包索赔', 'A claim needs the unit serial', { reason: 'CLAIM_NEEDS_SERIAL' }), { status: 409 }),
      ),
    );
    await i18n.changeLanguage('en');
    const { router } = renderApp('/work-orders/WO-202406-00001');
    await user.click(await screen.findByRole('button', { name: 'File warranty claim' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A claim needs the unit serial');
    expect(router.state.location.pathname).toBe('/work-orders/WO-202406-00001');
  });
});
