import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Quote } from '@shared/contracts/quote';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';

const QUOTE: Quote = {
  lines: [
    { kind: 'part', ref: 'MC-100', qty: 2, label: { zh: '电机控制器', en: 'Motor controller' }, unitPrice: 30000, amount: 60000, tax: 7800 },
    { kind: 'part', ref: 'GR-1', qty: 1, label: { zh: '把套', en: 'Grip' }, unitPrice: 1130, taxIncluded: true, amount: 1000, tax: 130 },
    { kind: 'labour', ref: 'OP-10', hours: 1.5, unitPrice: 8000, amount: 12000, tax: 0 },
    { kind: 'travel', ref: 'travel', km: 20, unitPrice: 150, amount: 3000, tax: 0 },
  ],
  totals: { parts: 61000, tax: 7930, labour: 12000, travel: 3000, logistics: 2000, total: 85930 },
  findings: [
    { code: 'TRAVEL_OVER_CAP', severity: 'warning', field: 'travelKm', message: { zh: '外出里程超过上限', en: 'Travel over the cap' } },
  ],
};

const CORE_FINDING = { code: 'PART_CORE', severity: 'error', field: 'parts.0.partNumber', message: { zh: '核心件 CORE-1 不单独计价', en: 'Core part CORE-1 has no price' } };

describe('out-of-warranty quote', () => {
  beforeAll(async () => {
    await import('../QuotePage');
  });

  it('prices a repair and shows a printable charge sheet', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.post('*/api/claim-review/quotes', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(QUOTE);
      }),
    );
    renderApp('/quotes');
    await user.type(await screen.findByLabelText('产品型号'), 'ET-200');
    await user.type(screen.getByLabelText('配件编号'), 'MC-100');
    await user.clear(screen.getByLabelText('数量'));
    await user.type(screen.getByLabelText('数量'), '２');
    await user.click(screen.getByRole('button', { name: '+ 添加工时' }));
    await user.type(screen.getByLabelText('工时代码'), 'OP-10');
    await user.type(screen.getByLabelText('外出服务里程（公里）'), '20');
    await user.click(screen.getByRole('button', { name: '计算费用' }));

    const sheet = await screen.findByRole('region', { name: '服务收费单' });
    expect(within(sheet).getByTestId('quote-total')).toHaveTextContent('¥859.30');
    expect(within(sheet).getByText('¥79.30', { selector: 'dd' })).toBeInTheDocument();
    expect(within(sheet).getByText('含税价')).toBeInTheDocument();
    expect(within(sheet).getByText('外出里程超过上限')).toBeInTheDocument();
    expect(within(sheet).getByText(/河南郑州农机经销部/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '打印收费单' })).toBeInTheDocument();
    expect(body).toEqual({ model: 'ET-200', parts: [{ partNumber: 'MC-100', qty: 2 }], labour: [{ operation: 'OP-10', hours: null }], travelKm: 20 });
  });

  it('downloads the same quote as the PDF the server renders, and says so when it cannot', async () => {
    const user = userEvent.setup();
    const pdfBodies: unknown[] = [];
    let fail = false;
    server.use(
      http.post('*/api/claim-review/quotes', () => HttpResponse.json(QUOTE)),
      http.post('*/api/claim-review/quotes/pdf', async ({ request }) => {
        pdfBodies.push(await request.json());
        if (fail) return HttpResponse.error();
        return new HttpResponse(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const created = jest.spyOn(URL, 'createObjectURL').mockReturnValue('blob:quote');
    renderApp('/quotes');
    await user.type(await screen.findByLabelText('产品型号'), 'ET-200');
    await user.type(screen.getByLabelText('配件编号'), 'MC-100');
    await user.click(screen.getByRole('button', { name: '计算费用' }));
    await screen.findByRole('region', { name: '服务收费单' });

    await user.click(screen.getByRole('button', { name: '下载 PDF 报价单' }));
    await screen.findByRole('button', { name: '下载 PDF 报价单' });
    // The server prices it again from the same input: the client sends no amount.
    expect(pdfBodies).toEqual([{ model: 'ET-200', parts: [{ partNumber: 'MC-100', qty: 1 }], labour: [], travelKm: null }]);
    expect(created).toHaveBeenCalledTimes(1);

    fail = true;
    await user.click(screen.getByRole('button', { name: '下载 PDF 报价单' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('PDF 未能下载，请检查网络后重试');
    created.mockRestore();
  });

  it('validates before sending and shows a server error', async () => {
    const user = userEvent.setup();
    server.use(http.post('*/api/claim-review/quotes', () => HttpResponse.error()));
    renderApp('/quotes');
    await user.click(await screen.findByRole('button', { name: '计算费用' }));
    expect((await screen.findAllByText('必填')).length).toBeGreaterThanOrEqual(2);
    await user.type(screen.getByLabelText('产品型号'), 'ET-200');
    await user.type(screen.getByLabelText('配件编号'), 'MC-100');
    await user.click(screen.getByRole('button', { name: '计算费用' }));
    expect(await screen.findByText('无法连接服务器，请检查网络后重试')).toBeInTheDocument();
  });

  it('shows why a quote was refused (422 with the findings) and no sheet', async () => {
    const user = userEvent.setup();
    server.use(
      http.post('*/api/claim-review/quotes', () =>
        HttpResponse.json(
          { error: { status: 422, code: 'PRECHECK_FAILED', message: { zh: '预检未通过', en: 'Precheck failed' }, details: { findings: [CORE_FINDING] } } },
          { status: 422 },
        ),
      ),
    );
    renderApp('/quotes');
    await user.type(await screen.findByLabelText('产品型号'), 'ET-200');
    await user.type(screen.getByLabelText('配件编号'), 'CORE-1');
    await user.click(screen.getByRole('button', { name: '计算费用' }));
    expect(await screen.findByText('核心件 CORE-1 不单独计价')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '服务收费单' })).not.toBeInTheDocument();
  });
});
