import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { SettlementPage } from '../SettlementPage';
import { SettlementsPage } from '../SettlementsPage';
import { renderPage } from '../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../tests/server';
import { DEALERS, settlement } from '../../../tests/fixtures';

const BASE = '/plugins/claim-review/settlements';
const READY = [
  { dealer: { code: 'HN-ZK', name: '周口丰收农机', nameEn: null }, claims: 1, payable: 32000, readyFrom: '2026-11-03', readyTo: '2026-11-20' },
  { dealer: { code: 'SD-WF', name: '潍坊金穗农机', nameEn: 'Weifang Jinsui' }, claims: 2, payable: 118800, readyFrom: '2026-11-01', readyTo: '2026-11-30' },
];
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
      http.get(`${API}/settlements/ready`, () => HttpResponse.json({ data: READY })),
    );
    const { user } = renderPage(<Pages />, { at: BASE, path: `${BASE}/*`, role: 'finance' });
    const row = await screen.findByRole('row', { name: /SD-202610-0003/ });
    expect(within(row).getByText('¥1,188.00')).toBeInTheDocument();
    expect(within(row).getByText('经销商已确认')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '新建核销通知' }));
    const dialog = await screen.findByRole('dialog');
    // The first dealer with claims ready is chosen, with the period its claims became ready in.
    expect(await within(dialog).findByLabelText('核销期间起')).toHaveValue('2026-11-03');
    expect(within(dialog).getByLabelText('核销期间止')).toHaveValue('2026-11-20');
    await user.click(within(dialog).getByRole('combobox', { name: '经销商' }));
    await user.click(await screen.findByRole('option', { name: /SD-WF · 潍坊金穗农机 — 2 张，¥1,188.00/ }));
    expect(within(dialog).getByLabelText('核销期间起')).toHaveValue('2026-11-01');
    expect(within(dialog).getByLabelText('核销期间止')).toHaveValue('2026-11-30');
    await user.click(within(dialog).getByRole('button', { name: '生成草稿预览' }));

    await waitFor(() => expect(created).toEqual({ dealer: 'SD-WF', periodStart: '2026-11-01', periodEnd: '2026-11-30' }));
    expect(await screen.findByRole('heading', { name: '三包费用核销通知 SD-202611-0001' })).toBeInTheDocument();
    expect(screen.getByText('CR-202611-00005')).toBeInTheDocument();
    expect(screen.getAllByText('¥1,188.00').length).toBeGreaterThan(0);
  });

  it('says plainly when nothing is ready to settle, and offers no form that could only fail', async () => {
    server.use(http.get(`${API}/settlements/ready`, () => HttpResponse.json({ data: [] })));
    const { user } = renderPage(<Pages />, { at: BASE, path: `${BASE}/*`, role: 'finance', locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'New settlement' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/Nothing to settle right now/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Preview draft' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('combobox', { name: 'Dealer' })).not.toBeInTheDocument();
  });

  it('still shows the server\'s words when a period chosen by hand holds nothing', async () => {
    server.use(
      http.get(`${API}/settlements/ready`, () => HttpResponse.json({ data: READY })),
      http.post(`${API}/settlements`, () => errorBody(409, 'CONFLICT', '该经销商在此期间没有可核销的索赔单', 'The dealer has no claims ready to settle in this period', { reason: 'NOTHING_TO_SETTLE' })),
    );
    const { user } = renderPage(<Pages />, { at: BASE, path: `${BASE}/*`, role: 'finance', locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'New settlement' }));
    const dialog = await screen.findByRole('dialog');
    const from = await within(dialog).findByLabelText('Period from');
    await user.clear(from);
    await user.type(from, '2026-11-19');
    await user.click(within(dialog).getByRole('button', { name: 'Preview draft' }));
    expect(await within(dialog).findByText('The dealer has no claims ready to settle in this period')).toBeInTheDocument();
  });

  it('adds an adjustment typed in yuan to a draft as exact fen, and names the field the server refused', async () => {
    const sent: unknown[] = [];
    server.use(
      http.get(`${API}/settlements/SD-202611-0001`, () => HttpResponse.json(settlement())),
      http.post(`${API}/settlements/SD-202611-0001/adjustments`, async ({ request }) => {
        const body = (await request.json()) as { claimNumber: string | null };
        sent.push(body);
        if (body.claimNumber === 'CR-202611-00099') return errorBody(400, 'VALIDATION_FAILED', '请检查输入', 'Check the input', { fields: { claimNumber: 'not_settled' } });
        return HttpResponse.json(settlement({ total: 113800, lines: [...settlement().lines, { kind: 'adjustment', claimNumber: null, parts: 0, labour: 0, travel: 0, amount: -5000, reason: '运费多报' }] }));
      }),
    );
    const { user } = renderPage(<Pages />, { at: `${BASE}/SD-202611-0001`, path: `${BASE}/*`, role: 'finance' });
    const form = await screen.findByRole('form', { name: '添加调整项' });
    await user.click(within(form).getByRole('button', { name: '添加调整项' }));
    expect(within(form).getAllByText('必填')).toHaveLength(2);
    expect(sent).toEqual([]);

    await user.type(within(form).getByLabelText(/索赔单号/), 'CR-202611-00099');
    await user.type(within(form).getByLabelText(/金额（元）/), '-50.00');
    await user.type(within(form).getByLabelText(/调整原因/), '运费多报');
    await user.click(within(form).getByRole('button', { name: '添加调整项' }));
    expect(await within(form).findByText('只能调整本经销商已由核销通知结算的索赔单')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText(/索赔单号/));
    await user.click(within(form).getByRole('button', { name: '添加调整项' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ claimNumber: null, amount: -5000, reason: '运费多报' });
    expect(await screen.findByText(/运费多报/)).toBeInTheDocument();
    expect(screen.getAllByText('¥1,138.00').length).toBeGreaterThan(0);
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
