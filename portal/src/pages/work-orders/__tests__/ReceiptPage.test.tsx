import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { apiError, PNG_DATA_URL, receipt, workOrder } from '../../../test/workOrders';

const ORDER = '*/api/claim-review/work-orders/WO-202406-00001';
const onSite = () => workOrder({ status: 'on_site', version: 5, arrivedAt: '2024-06-03T03:00:00.000Z', timers: [] });

/**
 * jsdom 20 has neither a 2D canvas nor PointerEvent: the test stands in for the browser's
 * drawing surface and its export, and drives the pad with real pointer events.
 */
class TestPointerEvent extends MouseEvent {
  pointerId: number;
  pointerType: string;
  constructor(type: string, init: PointerEventInit = {}) {
    super(type, init);
    this.pointerId = init.pointerId ?? 1;
    this.pointerType = init.pointerType ?? 'touch';
  }
}

let strokes: Array<[number, number]>;
function fakeContext() {
  return {
    fillRect: jest.fn(),
    beginPath: jest.fn(),
    moveTo: jest.fn(),
    lineTo: jest.fn((x: number, y: number) => strokes.push([x, y])),
    stroke: jest.fn(),
  };
}

beforeAll(() => {
  (window as unknown as { PointerEvent: typeof TestPointerEvent }).PointerEvent = TestPointerEvent;
});
beforeEach(() => {
  strokes = [];
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(fakeContext as never);
  // The export is the browser's; what the pad must do is call it after a stroke and send what it gives.
  jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => (strokes.length > 0 ? PNG_DATA_URL : 'data:,'));
});
afterEach(() => jest.restoreAllMocks());

function sign(canvas: HTMLElement) {
  fireEvent.pointerDown(canvas, { pointerId: 7, clientX: 20, clientY: 40, pointerType: 'touch' });
  fireEvent.pointerMove(canvas, { pointerId: 7, clientX: 60, clientY: 45, pointerType: 'touch' });
  fireEvent.pointerMove(canvas, { pointerId: 7, clientX: 120, clientY: 30, pointerType: 'touch' });
  fireEvent.pointerUp(canvas, { pointerId: 7, clientX: 120, clientY: 30, pointerType: 'touch' });
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('故障部件代码'), 'controller');
  await user.type(screen.getByLabelText('故障检查情况'), '控制器烧毁');
  await user.type(screen.getByLabelText('维修内容'), '更换控制器');
  await user.click(screen.getByRole('button', { name: '+ 添加配件' }));
  const part = screen.getByRole('group', { name: '配件 1' });
  await user.type(within(part).getByLabelText('配件编号'), 'mc-100');
  await user.click(within(part).getByLabelText('配件正确'));
  await user.click(screen.getByRole('button', { name: '+ 添加工时' }));
  const labour = screen.getByRole('group', { name: '工时 1' });
  await user.type(within(labour).getByLabelText('工时项目代码'), 'op-10');
  await user.type(within(labour).getByLabelText('工时（小时）'), '1.5');
  await user.type(screen.getByLabelText('外出里程（公里）'), '12');
  await user.click(screen.getByLabelText('三包期内'));
  await user.click(screen.getByLabelText('满意'));
  await user.type(screen.getByLabelText('客户意见'), '师傅很专业');
}

describe('service receipt', () => {
  beforeAll(async () => {
    await import('../ReceiptPage');
    await import('../WorkOrderDetailPage');
  });

  it('sends the receipt with the drawn signature as a PNG data URL and no amount, then shows the order completed', async () => {
    const user = userEvent.setup();
    let body: Record<string, unknown> | undefined;
    server.use(
      http.get(ORDER, () => HttpResponse.json(body ? workOrder({ status: 'completed', version: 6, timers: [], receipt: receipt() }) : onSite())),
      http.post(`${ORDER}/receipt`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(workOrder({ status: 'completed', version: 6, timers: [], receipt: receipt() }));
      }),
    );
    const { router } = renderApp('/work-orders/WO-202406-00001/receipt');
    await fillIn(user);
    expect(screen.getByText('请客户在框内用手指签字')).toBeInTheDocument();
    sign(screen.getByRole('img', { name: '客户签字' }));
    expect(await screen.findByText('已签字')).toBeInTheDocument();
    expect(strokes).toEqual(expect.arrayContaining([[60, 45], [120, 30]]));
    await user.click(screen.getByRole('button', { name: '提交回执单' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/work-orders/WO-202406-00001'));
    expect(body).toEqual({
      faultComponent: 'controller',
      faultFound: '控制器烧毁',
      workDone: '更换控制器',
      parts: [{ partNumber: 'MC-100', qtyIssued: 1, qtyUsed: 1, correct: false }],
      labour: [{ operation: 'OP-10', hours: 1.5 }],
      travelKm: 12,
      usage: null,
      coverage: 'in_warranty',
      // Left empty on the form: the moment the receipt was sent.
      completedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      acceptance: { name: '张三', signature: PNG_DATA_URL },
      satisfaction: 4,
      comment: '师傅很专业',
    });
    expect(Math.abs(Date.parse(String(body?.completedAt)) - Date.now())).toBeLessThan(60_000);
    expect(await screen.findByRole('button', { name: '提交三包索赔' })).toBeInTheDocument();
  });

  it('will not send an unsigned receipt, and a cleared pad is unsigned again', async () => {
    const user = userEvent.setup();
    let posted = false;
    server.use(
      http.get(ORDER, () => HttpResponse.json(onSite())),
      http.post(`${ORDER}/receipt`, () => {
        posted = true;
        return HttpResponse.json(onSite());
      }),
    );
    renderApp('/work-orders/WO-202406-00001/receipt');
    await fillIn(user);
    const pad = screen.getByRole('img', { name: '客户签字' });
    sign(pad);
    await user.click(await screen.findByRole('button', { name: '清除重签' }));
    expect(screen.getByText('请客户在框内用手指签字')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交回执单' }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(pad).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toBe(false);
  });

  it('shows the server\'s field errors and out-of-warranty pricing findings beside their fields', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get(ORDER, () => HttpResponse.json(onSite())),
      http.post(`${ORDER}/receipt`, () => {
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json(
            apiError(400, 'VALIDATION_FAILED', '完工时间早于到达时间', 'The receipt is dated before the arrival', { reason: 'RECEIPT_BEFORE_ARRIVAL', fields: { completedAt: 'before_arrival' } }),
            { status: 400 },
          );
        }
        return HttpResponse.json(
          apiError(422, 'PRECHECK_FAILED', '预审未通过', 'Precheck failed', {
            findings: [
              { code: 'PART_NOT_PRICED', severity: 'error', field: 'parts.0.partNumber', message: { zh: '配件 MC-100 在维修日期没有有效价格', en: 'Part MC-100 has no price valid on the repair date' } },
            ],
          }),
          { status: 422 },
        );
      }),
    );
    renderApp('/work-orders/WO-202406-00001/receipt');
    await fillIn(user);
    await user.click(screen.getByLabelText('三包期外（收费）'));
    sign(screen.getByRole('img', { name: '客户签字' }));
    await user.click(screen.getByRole('button', { name: '提交回执单' }));
    expect(await screen.findByText('早于到达时间')).toBeInTheDocument();
    expect(screen.getByLabelText('完工时间')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('完工时间早于到达时间');

    await user.click(screen.getByRole('button', { name: '提交回执单' }));
    const part = screen.getByRole('group', { name: '配件 1' });
    expect(await within(part).findByText('配件 MC-100 在维修日期没有有效价格')).toBeInTheDocument();
    expect(within(part).getByLabelText('配件编号')).toHaveAttribute('aria-invalid', 'true');
  });

  describe('draft on the phone', () => {
    const DRAFT = 'sanbao.receiptDraft.WO-202406-00001';
    const completed = () => workOrder({ status: 'completed', version: 6, timers: [], receipt: receipt() });

    async function typeAndSignThenLeave(user: ReturnType<typeof userEvent.setup>) {
      const first = renderApp('/work-orders/WO-202406-00001/receipt');
      await fillIn(user);
      sign(screen.getByRole('img', { name: '客户签字' }));
      expect(await screen.findByText('已签字')).toBeInTheDocument();
      // Leaving the page (a reload, a dead battery) right after the last stroke.
      first.unmount();
    }

    it('brings back the typed fields and the signature when the page opens again, sends them, then forgets the draft', async () => {
      const user = userEvent.setup();
      let body: Record<string, unknown> | undefined;
      server.use(
        http.get(ORDER, () => HttpResponse.json(body ? completed() : onSite())),
        http.post(`${ORDER}/receipt`, async ({ request }) => {
          body = (await request.json()) as Record<string, unknown>;
          return HttpResponse.json(completed());
        }),
      );
      await typeAndSignThenLeave(user);

      renderApp('/work-orders/WO-202406-00001/receipt');
      expect(await screen.findByText('已恢复未提交的回执草稿')).toBeInTheDocument();
      expect(screen.getByLabelText('故障部件代码')).toHaveValue('controller');
      expect(screen.getByLabelText('维修内容')).toHaveValue('更换控制器');
      expect(within(screen.getByRole('group', { name: '配件 1' })).getByLabelText('配件编号')).toHaveValue('mc-100');
      expect(within(screen.getByRole('group', { name: '工时 1' })).getByLabelText('工时（小时）')).toHaveValue('1.5');
      expect(screen.getByLabelText('三包期内')).toBeChecked();
      expect(screen.getByLabelText('满意')).toBeChecked();
      expect(screen.getByLabelText('客户意见')).toHaveValue('师傅很专业');
      expect(screen.getByText('已签字')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: '提交回执单' }));
      await screen.findByRole('button', { name: '提交三包索赔' });
      expect(body).toMatchObject({ faultComponent: 'controller', comment: '师傅很专业', acceptance: { name: '张三', signature: PNG_DATA_URL } });
      expect(window.localStorage.getItem(DRAFT)).toBeNull();
    });

    it('keeps the draft when the receipt cannot reach the server, says so, and sends it on retry', async () => {
      const user = userEvent.setup();
      let online = false;
      let sent = 0;
      server.use(
        http.get(ORDER, () => HttpResponse.json(sent > 0 ? completed() : onSite())),
        http.post(`${ORDER}/receipt`, () => {
          if (!online) return HttpResponse.error();
          sent += 1;
          return HttpResponse.json(completed());
        }),
      );
      renderApp('/work-orders/WO-202406-00001/receipt');
      await fillIn(user);
      sign(screen.getByRole('img', { name: '客户签字' }));
      await user.click(screen.getByRole('button', { name: '提交回执单' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('网络未连接，回执没有发出。填写的内容和客户签字已保存在本机');
      const kept = JSON.parse(window.localStorage.getItem(DRAFT) ?? 'null');
      expect(kept.values).toMatchObject({ faultComponent: 'controller', acceptance: { signature: PNG_DATA_URL } });

      online = true;
      await user.click(within(alert).getByRole('button', { name: '重试' }));
      await screen.findByRole('button', { name: '提交三包索赔' });
      expect(sent).toBe(1);
      expect(window.localStorage.getItem(DRAFT)).toBeNull();
    });

    it('takes a retry refused as already completed for done when the lost first attempt went through', async () => {
      const user = userEvent.setup();
      let received = false;
      server.use(
        http.get(ORDER, () => HttpResponse.json(received ? completed() : onSite())),
        http.post(`${ORDER}/receipt`, () => {
          if (received) {
            return HttpResponse.json(apiError(409, 'WORK_ORDER_WRONG_STATE', '工单状态不允许此操作', 'Wrong state'), { status: 409 });
          }
          received = true;
          return HttpResponse.error();
        }),
      );
      renderApp('/work-orders/WO-202406-00001/receipt');
      await fillIn(user);
      sign(screen.getByRole('img', { name: '客户签字' }));
      await user.click(screen.getByRole('button', { name: '提交回执单' }));
      await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: '重试' }));
      await screen.findByRole('button', { name: '提交三包索赔' });
      expect(window.localStorage.getItem(DRAFT)).toBeNull();
    });

    it('starts blank once the restored draft is discarded, and an untouched form leaves no draft', async () => {
      const user = userEvent.setup();
      server.use(http.get(ORDER, () => HttpResponse.json(onSite())));
      await typeAndSignThenLeave(user);

      const second = renderApp('/work-orders/WO-202406-00001/receipt');
      await user.click(await screen.findByRole('button', { name: '放弃草稿' }));
      expect(screen.queryByText('已恢复未提交的回执草稿')).not.toBeInTheDocument();
      expect(screen.getByLabelText('故障部件代码')).toHaveValue('');
      expect(screen.getByText('请客户在框内用手指签字')).toBeInTheDocument();
      expect(window.localStorage.getItem(DRAFT)).toBeNull();
      second.unmount();

      renderApp('/work-orders/WO-202406-00001/receipt');
      expect(await screen.findByLabelText('故障部件代码')).toHaveValue('');
      expect(screen.queryByText('已恢复未提交的回执草稿')).not.toBeInTheDocument();
    });
  });

  it('is not offered before the technician is on site', async () => {
    server.use(http.get(ORDER, () => HttpResponse.json(workOrder({ status: 'accepted' }))));
    renderApp('/work-orders/WO-202406-00001/receipt');
    expect(await screen.findByText('到达现场后才能填写回执单')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交回执单' })).not.toBeInTheDocument();
  });
});
