import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay } from 'msw';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { SHIPMENT, claim, list, summary } from '../../../test/fixtures';

const awaiting = claim({
  number: 'C-2024-0050',
  status: 'awaiting_parts',
  returnDueDate: '2024-06-30',
  lines: [
    { id: 1, kind: 'part', ref: 'MC-100', qty: 2, label: { zh: '电机控制器', en: 'Motor controller' }, unitPrice: 23450, amount: 46900, payable: 46900, mustReturn: true },
    { id: 2, kind: 'part', ref: 'BOLT-8', qty: 4, unitPrice: 50, amount: 200, payable: 200, mustReturn: false },
    { id: 3, kind: 'part', ref: 'HUB-1', qty: 1, unitPrice: 9000, amount: 9000, payable: 0, mustReturn: true, decision: 'reject' },
  ],
});

describe('parts return', () => {
  it('offers the must-return parts of awaiting claims, less what is shipped, and ships a selection', async () => {
    const user = userEvent.setup();
    let body: unknown;
    let shipments = [{ ...SHIPMENT, parts: [{ id: 52, claimNumber: 'C-2024-0050', partNumber: 'MC-100', qty: 1 }], status: 'shipped' as const }];
    server.use(
      http.get('*/api/claim-review/shipments', () => HttpResponse.json(list(shipments))),
      http.get('*/api/claim-review/claims', ({ request }) => {
        expect(new URL(request.url).searchParams.get('status')).toBe('awaiting_parts');
        return HttpResponse.json(list([summary(50, { number: 'C-2024-0050', status: 'awaiting_parts' })]));
      }),
      http.get('*/api/claim-review/claims/C-2024-0050', () => HttpResponse.json(awaiting)),
      http.post('*/api/claim-review/shipments', async ({ request }) => {
        body = await request.json();
        const created = { ...SHIPMENT, id: 6, number: 'R-2024-0006', status: 'shipped' as const, parts: [] };
        shipments = [...shipments, { ...created, parts: [{ id: 53, claimNumber: 'C-2024-0050', partNumber: 'MC-100', qty: 1 }] }];
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    renderApp('/returns');
    const owed = await screen.findByRole('region', { name: '待返回旧件' });
    const rows = within(owed).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]).getByText('MC-100')).toBeInTheDocument();
    expect(within(rows[0]).getByText('2024-06-30')).toBeInTheDocument();
    expect(within(rows[0]).getByText('/ 1')).toBeInTheDocument();

    const ship = screen.getByRole('button', { name: '发运所选 0 项' });
    expect(ship).toBeDisabled();
    await user.click(within(rows[0]).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: '发运所选 1 项' }));
    expect(await screen.findAllByText('必填')).toHaveLength(2);
    expect(screen.getByLabelText('承运商')).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('承运商'), '顺丰速运');
    await user.type(screen.getByLabelText('运单号'), 'SF000111');
    await user.click(screen.getByRole('button', { name: '发运所选 1 项' }));
    expect(await screen.findByText(/发运单 R-2024-0006 已创建/)).toBeInTheDocument();
    expect(body).toEqual({ carrier: '顺丰速运', trackingNumber: 'SF000111', parts: [{ claimNumber: 'C-2024-0050', partNumber: 'MC-100', qty: 1 }] });
    await waitFor(() => expect(screen.getByText('没有待返回的旧件')).toBeInTheDocument());
  });

  it('has a loading state, then empty states for nothing owed and no shipments', async () => {
    server.use(
      http.get('*/api/claim-review/shipments', async () => {
        await delay(30);
        return HttpResponse.json(list([]));
      }),
      http.get('*/api/claim-review/claims', () => HttpResponse.json(list([]))),
    );
    renderApp('/returns');
    expect(await screen.findByText('正在加载…')).toBeInTheDocument();
    expect(await screen.findByText('没有待返回的旧件')).toBeInTheDocument();
    expect(screen.getByText('还没有发运记录')).toBeInTheDocument();
  });

  it('shows inspection results of earlier shipments', async () => {
    server.use(
      http.get('*/api/claim-review/shipments', () => HttpResponse.json(list([SHIPMENT]))),
      http.get('*/api/claim-review/claims', () => HttpResponse.json(list([]))),
    );
    renderApp('/returns');
    expect(await screen.findByText('发运单 R-2024-0005')).toBeInTheDocument();
    expect(screen.getByText('厂家已收货')).toBeInTheDocument();
    expect(screen.getByText(/确认故障 · 报废/)).toBeInTheDocument();
  });

  it('has an error state', async () => {
    server.use(
      http.get('*/api/claim-review/shipments', () => HttpResponse.json({}, { status: 500 })),
      http.get('*/api/claim-review/claims', () => HttpResponse.json(list([]))),
    );
    renderApp('/returns');
    expect(await screen.findByText('加载失败')).toBeInTheDocument();
  });
});
