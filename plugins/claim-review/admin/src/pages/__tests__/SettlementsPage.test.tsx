import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { SettlementPage } from '../SettlementPage';
import { SettlementsPage } from '../SettlementsPage';
import { renderPage } from '../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../tests/server';
import { DEALERS, settlement } from '../../../tests/fixtures';

const BASE = '/plugins/claim-review/settlements';
const Pages = () => (
  <Routes>
    <Route index element={<SettlementsPage />} />
    <Route path=":number" element={<SettlementPage />} />
  </Routes>
);

beforeEach(() => {
  server.use(
    http.get(`${API}/dealers`, () => HttpResponse.json({ data: DEALERS, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 2 } } })),
    http.get(`${API}/settlements`, () =>
      HttpResponse.json({
        data: [{ ...settlement({ status: 'acknowledged', number: 'SD-202610-0003', issuedAt: '2026-11-02T02:00:00.000Z', acknowledgedAt: '2026-11-03T02:00:00.000Z' }), claimCount: 4 }],
        meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total: 1 } },
      }),
    ),
  );
});

describe('settlements', () => {
  it('lists notices with their totals and acknowledgement; a new one goes from dealer and period to a draft preview', async () => {
    let created: unknown = null;
    server.use(
      http.post(`${API}/settlements`, async ({ request }) => {
        created = await request.json();
        return HttpResponse.json(settlement(), { status: 201 });
      }),
      http.get(`${API}/settlements/SD-202611-0001`, () => HttpResponse.json(settlement())),
    );
    const { user } = renderPage(<Pages />, { at: BASE, path: `${BASE}/*`, role: 'finance' });
    const row = await screen.findByRole('row', { name: /SD-202610-0003/ });
    expect(within(row).getByText('¥1,188.00')).toBeInTheDocument();
    expect(within(row).getByText('经销商已确认')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '新建核销通知' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: '经销商' }));
    await user.click(await screen.findByRole('option', { name: /SD-WF/ }));
    const from = within(dialog).getByLabelText('核销期间起');
    const to = within(dialog).getByLabelText('核销期间止');
    await user.clear(from);
    await user.type(from, '2026-11-01');
    await user.clear(to);
    await user.type(to, '2026-11-30');
    await user.click(within(dialog).getByRole('button', { name: '生成草稿预览' }));

    await waitFor(() => expect(created).toEqual({ dealer: 'SD-WF', periodStart: '2026-11-01', periodEnd: '2026-11-30' }));
    expect(await screen.findByRole('heading', { name: '三包费用核销通知 SD-202611-0001' })).toBeInTheDocument();
    expect(screen.getByText('CR-202611-00005')).toBeInTheDocument();
    expect(screen.getAllByText('¥1,188.00').length).toBeGreaterThan(0);
  });

  it('says so when the dealer has nothing to settle', async () => {
    server.use(http.post(`${API}/settlements`, () => errorBody(409, 'CONFLICT', '该经销商在此期间没有可核销的索赔单', 'The dealer has no claims ready to settle in this period', { reason: 'NOTHING_TO_SETTLE' })));
    const { user } = renderPage(<Pages />, { at: BASE, path: `${BASE}/*`, role: 'finance', locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'New settlement' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: 'Dealer' }));
    await user.click(await screen.findByRole('option', { name: /HN-ZK/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Preview draft' }));
    expect(await within(dialog).findByText('The dealer has no claims ready to settle in this period')).toBeInTheDocument();
  });

  it('issues a draft after a confirmation, then shows it issued and awaiting acknowledgement; downloads its PDF', async () => {
    let issued = 0;
    server.use(
      http.get(`${API}/settlements/SD-202611-0001`, () => HttpResponse.json(settlement())),
      http.post(`${API}/settlements/SD-202611-0001/issue`, () => {
        issued += 1;
        return HttpResponse.json(settlement({ status: 'issued', issuedAt: '2026-11-25T03:00:00.000Z' }));
      }),
      http.get(`${API}/settlements/SD-202611-0001/pdf`, () =>
        new HttpResponse(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="SD-202611-0001.pdf"' } }),
      ),
    );
    const { user } = renderPage(<Pages />, { at: `${BASE}/SD-202611-0001`, path: `${BASE}/*`, role: 'finance' });
    expect(await screen.findByText(/草稿：请核对明细和合计后发出/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '发出' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(within(confirm).getByText(/¥1,188.00 将从我公司应收 潍坊金穗农机 的货款中扣除/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '确认发出' }));
    await waitFor(() => expect(issued).toBe(1));
    expect(await screen.findByText('待经销商确认')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '发出' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下载 PDF' }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
  });

  it('shows no issue or delete to a role that may only read', async () => {
    server.use(http.get(`${API}/settlements/SD-202611-0001`, () => HttpResponse.json(settlement())));
    renderPage(<Pages />, { at: `${BASE}/SD-202611-0001`, path: `${BASE}/*`, role: 'coordinator' });
    expect(await screen.findByRole('button', { name: '预览 PDF' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '发出' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除草稿' })).not.toBeInTheDocument();
  });
});
