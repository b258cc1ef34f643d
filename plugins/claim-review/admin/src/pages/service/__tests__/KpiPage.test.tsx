import { screen, within } from '@testing-library/react';
import { KPI_NAMES, kpiFigure, type KpiName } from '../../../../../shared';
import { KpiPage } from '../KpiPage';
import { renderPage } from '../../../../tests/render';
import { API, HttpResponse, http, server } from '../../../../tests/server';

const AT = '/plugins/claim-review/service/kpis';

/** Every KPI at n of d; `over` sets some. */
const figures = (over: Partial<Record<KpiName, [number, number]>> = {}) => KPI_NAMES.map((k) => kpiFigure(k, { numerator: over[k]?.[0] ?? 0, denominator: over[k]?.[1] ?? 0 }));

let asked: URLSearchParams[];
let drilled: URLSearchParams[];

beforeEach(() => {
  asked = [];
  drilled = [];
  server.use(
    http.get(`${API}/service/kpis`, ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json({
        from: '2026-07-01',
        to: '2026-12-03',
        period: 'month',
        by: 'dealer',
        source: 'aggregate',
        asOf: '2026-12-03T08:00:00.000Z',
        totals: figures({ satisfaction_rate: [49, 50], parts_correct_rate: [90, 100], complaints_per_100: [1, 200] }),
        periods: [
          { key: '2026-11', figures: figures({ satisfaction_rate: [24, 25] }) },
          { key: '2026-12', figures: figures({ satisfaction_rate: [25, 25] }) },
        ],
        groups: [
          { key: 'SD-WF', figures: figures({ satisfaction_rate: [40, 40] }) },
          { key: null, figures: figures({ satisfaction_rate: [9, 10] }) },
        ],
      });
    }),
    http.get(`${API}/service/kpis/records`, ({ request }) => {
      drilled.push(new URL(request.url).searchParams);
      return HttpResponse.json({
        data: [{ kind: 'service', number: 'SR-202611-00007', date: '2026-11-02', dealer: 'SD-WF', region: '山东省潍坊市', model: 'DZ150', numerator: 0, denominator: 1 }],
        meta: { pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 } },
      });
    }),
  );
});

describe('service KPI page', () => {
  it('shows each KPI against its target: met, missed, or no data, with its counts', async () => {
    renderPage(<KpiPage />, { at: AT, path: AT });
    // 49 of 50 is 98.0 %: exactly the seed target, met.
    const satisfaction = await screen.findByRole('group', { name: '服务满意率' });
    expect(within(satisfaction).getByText('98.0%')).toBeInTheDocument();
    expect(within(satisfaction).getByText('达标')).toBeInTheDocument();
    expect(within(satisfaction).getByText(/49 \/ 50/)).toBeInTheDocument();
    const parts = screen.getByRole('group', { name: '配件出货正确率' });
    expect(within(parts).getByText('90.0%')).toBeInTheDocument();
    expect(within(parts).getByText('未达标')).toBeInTheDocument();
    // 1 complaint over 200 services: 0.5 per 100, under the target of 1.
    expect(screen.getByText('0.5')).toBeInTheDocument();
    expect(screen.getAllByText('无数据').length).toBeGreaterThan(0);
    expect(asked[0].get('period')).toBe('month');
    expect(asked[0].get('by')).toBe('dealer');
  });

  it('draws each trend with a title and the same numbers as a table', async () => {
    renderPage(<KpiPage />, { at: AT, path: AT });
    const chart = await screen.findByRole('img', { name: '服务满意率趋势' });
    expect(chart).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '服务满意率趋势' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['2026-1196.0%24/25', '2026-12100.0%25/25']);
  });

  it('opens the records behind a figure and links each to its request', async () => {
    const { user } = renderPage(<KpiPage />, { at: AT, path: AT });
    await user.click(await screen.findByRole('button', { name: '服务满意率明细' }));
    const link = await screen.findByRole('link', { name: 'SR-202611-00007' });
    expect(link).toHaveAttribute('href', expect.stringContaining('/service/requests/SR-202611-00007'));
    expect(drilled[0].get('kpi')).toBe('satisfaction_rate');
    expect(drilled[0].get('group')).toBeNull();
  });

  it('opens a table cell\'s records for that dealer, and records without one as an empty group', async () => {
    const { user } = renderPage(<KpiPage />, { at: AT, path: AT });
    const rows = await screen.findAllByRole('row');
    const none = rows.find((r) => within(r).queryByText('（无）'))!;
    await user.click(within(none).getAllByRole('button')[1]);
    await screen.findByRole('link', { name: 'SR-202611-00007' });
    expect(drilled[0].get('kpi')).toBe('satisfaction_rate');
    expect(drilled[0].get('by')).toBe('dealer');
    expect(drilled[0].get('group')).toBe('');
  });
});
