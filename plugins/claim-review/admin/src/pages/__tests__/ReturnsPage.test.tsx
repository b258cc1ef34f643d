import { screen, waitFor, within } from '@testing-library/react';
import { ReturnsPage } from '../ReturnsPage';
import { renderPage } from '../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../tests/server';
import { queueAnswer, shipment } from '../../../tests/fixtures';

const AT = '/plugins/claim-review/returns';
const list = (data: unknown[]) => HttpResponse.json({ data, meta: { pagination: { page: 1, pageSize: 10, pageCount: 1, total: data.length } } });

describe('returned parts', () => {
  it('receives a shipment on the way, then inspects its part', async () => {
    let inspected: unknown = null;
    server.use(
      http.get(`${API}/shipments`, ({ request }) => list(new URL(request.url).searchParams.get('status') === 'shipped' ? [shipment()] : [])),
      http.post(`${API}/shipments/5/receive`, () => HttpResponse.json(shipment({ status: 'received', receivedAt: new Date().toISOString() }))),
      http.post(`${API}/returned-parts/51/inspection`, async ({ request }) => {
        inspected = await request.json();
        return HttpResponse.json(
          shipment({
            status: 'received',
            parts: [{ id: 51, claimNumber: 'CR-202611-00004', partNumber: 'DZ-CT-6024', qty: 1, inspection: { result: 'no_fault', disposition: 'reusable', note: '通电测试正常', inspectedAt: new Date().toISOString() } }],
          }),
        );
      }),
    );
    const { user } = renderPage(<ReturnsPage />, { at: AT, path: AT, role: 'reviewer' });
    const card = await screen.findByRole('article', { name: '发运单 SH-202611-00001' });
    expect(within(card).getByText('在途')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '检验 CR-202611-00004 的 DZ-CT-6024' })).toBeDisabled();

    await user.click(within(card).getByRole('button', { name: '签收' }));
    expect(await within(card).findByText('已签收')).toBeInTheDocument();
    expect(screen.getByText('发运单 SH-202611-00001 已签收。')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: '检验 CR-202611-00004 的 DZ-CT-6024' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: '未发现故障' }));
    await user.click(within(dialog).getByRole('radio', { name: '可再利用' }));
    await user.type(within(dialog).getByRole('textbox', { name: '备注' }), '通电测试正常');
    await user.click(within(dialog).getByRole('button', { name: '保存检验结果' }));
    await waitFor(() => expect(inspected).toEqual({ result: 'no_fault', disposition: 'reusable', note: '通电测试正常' }));
    expect(await within(card).findByText(/未发现故障 · 可再利用 · 通电测试正常/)).toBeInTheDocument();
  });

  it('keeps the form open with the server’s reason when an inspection is refused', async () => {
    server.use(
      http.get(`${API}/shipments`, () => list([shipment({ status: 'received' })])),
      http.post(`${API}/returned-parts/51/inspection`, () => errorBody(409, 'CONFLICT', '索赔单当前状态不允许此操作', "The claim's current status does not allow this", { reason: 'WRONG_STATE' })),
    );
    const { user } = renderPage(<ReturnsPage />, { at: AT, path: AT, role: 'reviewer' });
    await user.click(await screen.findByRole('button', { name: '检验 CR-202611-00004 的 DZ-CT-6024' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '保存检验结果' }));
    expect(await screen.findByText('索赔单当前状态不允许此操作')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('lists claims still owing parts by their cut-off, the late ones first and marked', async () => {
    const rows = queueAnswer().data.map((r, i) => ({ ...r, status: 'awaiting_parts' as const, returnDueDate: i === 0 ? '2026-06-30' : '2099-12-31', returnOverdue: i === 0 }));
    let asked: URL | null = null;
    server.use(
      http.get(`${API}/shipments`, () => list([])),
      http.get(`${API}/claims`, ({ request }) => {
        asked = new URL(request.url);
        return HttpResponse.json({ ...queueAnswer(), data: rows.reverse() });
      }),
    );
    const { user } = renderPage(<ReturnsPage />, { at: AT, path: AT, role: 'reviewer', locale: 'en' });
    expect(await screen.findByText('No shipments on the way.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Overdue by cut-off' }));
    const late = await screen.findByRole('row', { name: /2026-06-30/ });
    expect(within(late).getByText(/days late/)).toBeInTheDocument();
    expect(asked!.searchParams.get('status')).toBe('awaiting_parts');
    const order = screen.getAllByRole('row').slice(1).map((r) => within(r).queryByText(/CR-/)?.textContent);
    expect(order).toEqual(['CR-202611-00001', 'CR-202611-00002']);
  });
});
