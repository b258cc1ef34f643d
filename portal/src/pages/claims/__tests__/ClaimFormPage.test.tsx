import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { businessDate } from '@shared/calendar/business-date';
import { addDaysIso } from '@shared/calendar/date-only';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { LABOUR_WARNING, PART_FINDING, PRECHECK_OK, claim } from '../../../test/fixtures';

const today = businessDate(new Date());
const yesterday = addDaysIso(today, -1);

function setValue(label: string | RegExp, value: string, index = 0) {
  const el = screen.getAllByLabelText(label)[index];
  fireEvent.change(el, { target: { value } });
  fireEvent.blur(el);
}

/** Everything a valid claim needs, typed as a dealer would. */
function fillValidClaim() {
  setValue('产品编号', 'ET2024000123');
  setValue('故障日期', yesterday);
  setValue('维修日期', today);
  setValue('故障部件', 'CONTROLLER');
  setValue('故障现象与原因', '控制器烧毁，车辆无法启动');
  setValue('配件编号', 'MC-100');
  setValue('工时代码', 'OP-10');
  setValue('工时（小时）', '1.5');
  setValue('用户签字姓名', '李四');
  setValue('签字日期', today);
}

describe('claim form', () => {
  let prechecks: unknown[];

  // The form's chunk (zod schemas, precheck rules) compiles once here, not inside a test's wait.
  beforeAll(async () => {
    await import('../ClaimFormPage');
  });

  beforeEach(() => {
    prechecks = [];
    server.use(
      http.post('*/api/claim-review/claims/precheck', async ({ request }) => {
        prechecks.push(await request.json());
        return HttpResponse.json(PRECHECK_OK);
      }),
    );
  });

  it('shows a shared-rule finding beside its field at once, before any server answer', async () => {
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    setValue('故障日期', today);
    setValue('维修日期', yesterday);
    const field = screen.getByLabelText('故障日期').closest('.field') as HTMLElement;
    expect(within(field).getByText(/晚于维修日期/)).toBeInTheDocument();
    expect(within(field).getByText('错误')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提交审核' })).toBeDisabled();
    expect(prechecks).toHaveLength(0);
  });

  it('asks when the unit was handed over and returned, and flags a return after today beside its field', async () => {
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    setValue('故障日期', yesterday);
    setValue('维修日期', today);
    setValue('送修日期', yesterday);
    setValue('交车日期', addDaysIso(today, 1));
    const field = screen.getByLabelText('交车日期').closest('.field') as HTMLElement;
    expect(within(field).getByText(/晚于今天/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提交审核' })).toBeDisabled();
  });

  it('runs the server precheck debounced and shows its findings by their fields and its totals', async () => {
    server.use(
      http.post('*/api/claim-review/claims/precheck', async ({ request }) => {
        prechecks.push(await request.json());
        return HttpResponse.json({ ...PRECHECK_OK, findings: [PART_FINDING, LABOUR_WARNING] });
      }),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();

    const partField = screen.getByLabelText('配件编号').closest('.field') as HTMLElement;
    expect(await within(partField).findByText(/没有有效价格/, {}, { timeout: 3000 })).toBeInTheDocument();
    const hoursField = screen.getByLabelText('工时（小时）').closest('.field') as HTMLElement;
    expect(within(hoursField).getByText('提示')).toBeInTheDocument();
    expect(screen.getByTestId('total')).toHaveTextContent('¥324.50');
    expect(screen.getByRole('button', { name: '提交审核' })).toBeDisabled();
    // One request for the settled form, not one per keystroke.
    expect(prechecks).toHaveLength(1);
    expect(prechecks[0]).toMatchObject({ serial: 'ET2024000123', parts: [{ partNumber: 'MC-100', qty: 1 }], labour: [{ operation: 'OP-10', hours: 1.5 }] });
  });

  it('lets a warning through and submits with an Idempotency-Key', async () => {
    const user = userEvent.setup();
    const keys: (string | null)[] = [];
    server.use(
      http.post('*/api/claim-review/claims/precheck', () => HttpResponse.json({ ...PRECHECK_OK, findings: [LABOUR_WARNING] })),
      http.post('*/api/claim-review/claims', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        expect(await request.json()).toMatchObject({ submit: true, serial: 'ET2024000123' });
        return HttpResponse.json(claim({ number: 'C-2024-0100', status: 'in_review' }), { status: 201 });
      }),
      http.get('*/api/claim-review/claims/C-2024-0100', () => HttpResponse.json(claim({ number: 'C-2024-0100', status: 'in_review' }))),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    await screen.findByText('已与厂家核对', {}, { timeout: 3000 });
    const submit = screen.getByRole('button', { name: '提交审核' });
    expect(submit).toBeEnabled();
    await user.dblClick(submit);
    expect(await screen.findByRole('heading', { name: /C-2024-0100/ })).toBeInTheDocument();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reuses the same Idempotency-Key when retrying after a failure whose outcome is unknown', async () => {
    const user = userEvent.setup();
    const keys: (string | null)[] = [];
    server.use(
      http.post('*/api/claim-review/claims', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (keys.length === 1) return HttpResponse.json({ error: { status: 502 } }, { status: 502 });
        return HttpResponse.json(claim({ number: 'C-2024-0101', status: 'in_review' }), { status: 201 });
      }),
      http.get('*/api/claim-review/claims/C-2024-0101', () => HttpResponse.json(claim({ number: 'C-2024-0101', status: 'in_review' }))),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    await screen.findByText('已与厂家核对', {}, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText(/再次点击提交是安全的/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByRole('heading', { name: /C-2024-0101/ })).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('on 422 shows the findings by their fields, stays on the form and uses a new key next time', async () => {
    const user = userEvent.setup();
    const keys: (string | null)[] = [];
    server.use(
      http.post('*/api/claim-review/claims', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(
          {
            error: {
              status: 422,
              code: 'PRECHECK_FAILED',
              message: { zh: '预审未通过，请先处理标为错误的项目', en: 'The precheck found errors' },
              details: { findings: [PART_FINDING] },
            },
          },
          { status: 422 },
        );
      }),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    await screen.findByText('已与厂家核对', {}, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText(/没有提交/)).toBeInTheDocument();
    const partField = screen.getByLabelText('配件编号').closest('.field') as HTMLElement;
    expect(within(partField).getByText(/没有有效价格/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提交审核' })).toBeDisabled();
    expect(screen.getByLabelText('配件编号')).toHaveValue('MC-100');

    // Fixing the part gets a fresh precheck; the next attempt is a new request.
    setValue('配件编号', 'MC-101');
    await waitFor(() => expect(screen.getByRole('button', { name: '提交审核' })).toBeEnabled(), { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('puts the server field codes of a 400 at their fields', async () => {
    const user = userEvent.setup();
    server.use(
      http.post('*/api/claim-review/claims', () =>
        HttpResponse.json(
          {
            error: {
              status: 400,
              code: 'VALIDATION_FAILED',
              message: { zh: '提交的数据有误', en: 'Invalid' },
              details: { fields: { 'parts.0.qty': 'too_big' } },
            },
          },
          { status: 400 },
        ),
      ),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    await screen.findByText('已与厂家核对', {}, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    const qtyField = (await screen.findByText('数值过大')).closest('.field') as HTMLElement;
    expect(within(qtyField).getByLabelText('数量')).toBeInTheDocument();
  });

  it('shows field errors from the shared schema where they belong', async () => {
    const user = userEvent.setup();
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    const serialField = screen.getByLabelText('产品编号').closest('.field') as HTMLElement;
    expect(await within(serialField).findByText('必填')).toBeInTheDocument();
    expect(screen.getByLabelText('产品编号')).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves a draft without submitting it, then edits it with PUT', async () => {
    const user = userEvent.setup();
    let draft = claim({ number: 'C-2024-0102', status: 'draft', version: 1, questions: [], findings: [] });
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    server.use(
      http.post('*/api/claim-review/claims', async ({ request }) => {
        expect(await request.json()).toMatchObject({ submit: false });
        return HttpResponse.json(draft, { status: 201 });
      }),
      http.get('*/api/claim-review/claims/C-2024-0102', () => HttpResponse.json(draft)),
      http.put('*/api/claim-review/claims/C-2024-0102', async ({ request }) => {
        puts.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        draft = { ...draft, version: 2 };
        return HttpResponse.json(draft);
      }),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByRole('heading', { name: '修改索赔单 C-2024-0102' })).toBeInTheDocument();
    expect(screen.getByLabelText('故障部件')).toHaveValue('CONTROLLER');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0].ifMatch).toBe('1');
    expect(puts[0].body).toMatchObject({ serial: 'ET2024000123', fault: { component: 'CONTROLLER' } });
  });

  it('keeps a half-filled form when the session expires and carries on after signing in again', async () => {
    const user = userEvent.setup();
    let expired = true;
    server.use(
      http.post('*/api/claim-review/claims/precheck', () =>
        expired
          ? HttpResponse.json({ error: { status: 401, code: 'UNAUTHENTICATED', message: { zh: '请先登录', en: 'Please sign in' }, details: {} } }, { status: 401 })
          : HttpResponse.json(PRECHECK_OK),
      ),
      http.post('*/api/auth/local', () => {
        expired = false;
        return HttpResponse.json({ jwt: 'fresh-jwt', user: { id: 1, username: 'wang.gong', email: 'w@x' } });
      }),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    const dialog = await screen.findByRole('dialog', {}, { timeout: 3000 });
    expect(within(dialog).getByText('登录已过期')).toBeInTheDocument();
    expect(screen.getByDisplayValue('控制器烧毁，车辆无法启动')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('密码'), 'secret');
    await user.click(within(dialog).getByRole('button', { name: '登录' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('故障现象与原因')).toHaveValue('控制器烧毁，车辆无法启动');
    expect(window.localStorage.getItem('sanbao.jwt')).toBe('fresh-jwt');
    // The refused precheck runs again by itself.
    expect(await screen.findByText('已与厂家核对', {}, { timeout: 3000 })).toBeInTheDocument();
  });

  it('restores an unsent new claim after a reload, with the same Idempotency-Key', async () => {
    const user = userEvent.setup();
    const keys: (string | null)[] = [];
    server.use(
      http.post('*/api/claim-review/claims', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1 ? HttpResponse.error() : HttpResponse.json(claim({ number: 'C-2024-0103', status: 'in_review' }), { status: 201 });
      }),
      http.get('*/api/claim-review/claims/C-2024-0103', () => HttpResponse.json(claim({ number: 'C-2024-0103', status: 'in_review' }))),
    );
    const first = renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    await screen.findByText('已与厂家核对', {}, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText(/无法连接服务器/)).toBeInTheDocument();
    first.unmount();

    renderApp('/claims/new');
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeInTheDocument();
    expect(screen.getByLabelText('故障部件')).toHaveValue('CONTROLLER');
    await screen.findByText('已与厂家核对', {}, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByRole('heading', { name: /C-2024-0103/ })).toBeInTheDocument();
    expect(keys[1]).toBe(keys[0]);
    expect(window.sessionStorage.getItem('sanbao.claimForm.new')).toBeNull();
  });
});
