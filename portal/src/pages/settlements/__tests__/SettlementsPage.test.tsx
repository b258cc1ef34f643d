import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay } from 'msw';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { SETTLEMENT, list } from '../../../test/fixtures';

const ONE = `*/api/claim-review/settlements/${SETTLEMENT.number}`;

describe('settlements', () => {
  it('lists notices after a loading state', async () => {
    server.use(
      http.get('*/api/claim-review/settlements', async () => {
        await delay(30);
        return HttpResponse.json(list([SETTLEMENT]));
      }),
    );
    renderApp('/settlements');
    expect(await screen.findByText('正在加载…')).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: SETTLEMENT.number })).closest('tr') as HTMLElement;
    expect(within(row).getByText('¥1,574.06')).toBeInTheDocument();
    expect(within(row).getByText('2024-06-01 – 2024-06-30')).toBeInTheDocument();
    expect(within(row).getByText('已发出')).toBeInTheDocument();
    expect(within(row).getByText('2024-07-02 16:00')).toBeInTheDocument();
  });

  it('has empty and error states', async () => {
    server.use(http.get('*/api/claim-review/settlements', () => HttpResponse.json(list([]))));
    const first = renderApp('/settlements');
    expect(await screen.findByText('还没有核销通知')).toBeInTheDocument();
    first.unmount();
    server.use(http.get('*/api/claim-review/settlements', () => HttpResponse.json({}, { status: 500 })));
    renderApp('/settlements');
    expect(await screen.findByText('加载失败')).toBeInTheDocument();
  });

  it('shows a notice with its lines, downloads the PDF and acknowledges it after a confirmation', async () => {
    const user = userEvent.setup();
    let pdfAuth: string | null = null;
    let acked = 0;
    server.use(
      http.get(ONE, () => HttpResponse.json(SETTLEMENT)),
      http.get(`${ONE}/pdf`, ({ request }) => {
        pdfAuth = request.headers.get('Authorization');
        return new HttpResponse(new Uint8Array([37, 80, 68, 70]), { headers: { 'Content-Type': 'application/pdf' } });
      }),
      http.post(`${ONE}/acknowledge`, () => {
        acked += 1;
        return HttpResponse.json({ ...SETTLEMENT, status: 'acknowledged', acknowledgedAt: '2024-07-03T01:00:00.000Z' });
      }),
    );
    const createObjectURL = jest.fn(() => 'blob:pdf');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    renderApp(`/settlements/${SETTLEMENT.number}`);
    expect(await screen.findByRole('heading', { name: `三包费用核销通知 ${SETTLEMENT.number}` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'C-2024-0008' })).toBeInTheDocument();
    expect(screen.getByText('¥1,234.56')).toBeInTheDocument();
    expect(screen.getByText('上述三包费用合计金额，冲抵贵单位应付我公司货款。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下载 PDF' }));
    await screen.findByRole('button', { name: '下载 PDF' });
    expect(pdfAuth).toBe('Bearer test-jwt');
    expect(click).toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '确认核销' }));
    expect(screen.getByText('确认核销金额 ¥1,574.06？确认后不能撤销。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '确认' }));
    expect(await screen.findByText('已于 2024-07-03 09:00 确认')).toBeInTheDocument();
    expect(acked).toBe(1);
    click.mockRestore();
  });

  it('says when a notice does not exist', async () => {
    server.use(http.get(ONE, () => HttpResponse.json({ error: { status: 404, code: 'NOT_FOUND', message: { zh: '未找到', en: 'Not found' }, details: {} } }, { status: 404 })));
    renderApp(`/settlements/${SETTLEMENT.number}`);
    expect(await screen.findByText(`未找到核销通知 ${SETTLEMENT.number}`)).toBeInTheDocument();
  });
});
