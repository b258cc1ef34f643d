import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { businessDate } from '@shared/calendar/business-date';
import { addDaysIso } from '@shared/calendar/date-only';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { UNIT, list } from '../../../test/fixtures';

const today = businessDate(new Date());
const MODEL = { code: 'ET-200', name: '电动三轮车 ET-200', nameEn: 'Electric tricycle ET-200' };

// The page's chunk compiles once here, not inside the first test's wait.
beforeAll(async () => {
  await import('../UnitsPage');
});

describe('coverage today on the unit card (issue #18)', () => {
  it('says the unit is covered today, with days left per period', async () => {
    server.use(
      http.get('*/api/claim-review/units/:serial', () =>
        HttpResponse.json({
          ...UNIT,
          coverage: { ...UNIT.coverage, wholeUnitUntil: addDaysIso(today, 40), mainComponentsUntil: addDaysIso(today, 400), refundUntil: addDaysIso(today, -3), replacementUntil: today },
        }),
      ),
    );
    renderApp('/units/ET2024000123');
    const card = await screen.findByRole('article');
    expect(within(card).getByText('今日在三包期内')).toBeInTheDocument();
    expect(within(card).getByText('整机三包有效期至').nextSibling).toHaveTextContent('剩 40 天');
    expect(within(card).getByText('主要部件三包有效期至').nextSibling).toHaveTextContent('剩 400 天');
    expect(within(card).getByText('包换期至').nextSibling).toHaveTextContent('剩 0 天');
    expect(within(card).getByText('包退期至').nextSibling).toHaveTextContent('已过期');
  });

  it('says when only the main components are still covered, and when nothing is', async () => {
    server.use(
      http.get('*/api/claim-review/units/:serial', ({ params }) =>
        HttpResponse.json({
          ...UNIT,
          serial: params.serial,
          coverage: { ...UNIT.coverage, wholeUnitUntil: addDaysIso(today, -1), mainComponentsUntil: params.serial === 'A1' ? addDaysIso(today, 10) : addDaysIso(today, -1) },
        }),
      ),
    );
    const first = renderApp('/units/A1');
    expect(await screen.findByText('今日仅主要部件在三包期内')).toBeInTheDocument();
    first.unmount();
    renderApp('/units/B2');
    expect(await screen.findByText('已过三包期')).toBeInTheDocument();
  });

  it('offers a new claim, prefilled, on a registered unit and the card on an unregistered one', async () => {
    server.use(http.get('*/api/claim-review/units/:serial', () => HttpResponse.json(UNIT)));
    const first = renderApp('/units/ET2024000123');
    expect(await screen.findByRole('link', { name: '新建索赔' })).toHaveAttribute('href', '/claims/new?serial=ET2024000123');
    first.unmount();
    server.use(http.get('*/api/claim-review/units/:serial', () => HttpResponse.json({ ...UNIT, registered: false, saleDate: null, registrationDate: null })));
    renderApp('/units/ET2024000123');
    expect(await screen.findByText('保修卡未登记，不享受三包')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '登记保修卡' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '新建索赔' })).not.toBeInTheDocument();
  });
});

describe('the dealer\'s own units (issue #18)', () => {
  it('lists registered and unregistered units with what to do next, and filters them', async () => {
    const user = userEvent.setup();
    const queries: URLSearchParams[] = [];
    const units = [
      { serial: 'ET2024000123', model: MODEL, buildDate: '2024-01-10', registered: true, saleDate: '2024-03-01', registrationDate: '2024-03-05' },
      { serial: 'ET2024000124', model: MODEL, buildDate: '2024-01-11', registered: false, saleDate: null, registrationDate: null },
    ];
    server.use(
      http.get('*/api/claim-review/units', ({ request }) => {
        const q = new URL(request.url).searchParams;
        queries.push(q);
        const rows = units.filter((u) => (q.get('registered') ? String(u.registered) === q.get('registered') : true));
        return HttpResponse.json(list(rows));
      }),
    );
    renderApp('/units');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: '新建索赔 ET2024000123' })).toHaveAttribute('href', '/claims/new?serial=ET2024000123');
    expect(within(rows[1]).getByText('未登记')).toBeInTheDocument();
    expect(within(rows[1]).getByRole('link', { name: '登记保修卡 ET2024000124' })).toHaveAttribute('href', '/registrations/new?serial=ET2024000124');
    await user.selectOptions(screen.getByLabelText('保修卡'), '未登记');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(queries.at(-1)?.get('registered')).toBe('false');
    await user.type(screen.getByLabelText('按编号筛选'), '124');
    await waitFor(() => expect(queries.at(-1)?.get('q')).toBe('124'));
  });
});
