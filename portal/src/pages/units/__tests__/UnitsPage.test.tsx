import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay } from 'msw';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { UNIT } from '../../../test/fixtures';

describe('units', () => {
  it('starts with a hint, looks a serial up and shows coverage dates and history', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/claim-review/units/:serial', async ({ params }) => {
        await delay(30);
        return params.serial === 'ET2024000123' ? HttpResponse.json(UNIT) : new HttpResponse(null, { status: 404 });
      }),
    );
    renderApp('/units');
    expect(await screen.findByText('输入产品编号，查看三包有效期和维修记录。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('产品编号（机号 / 车架号）'), 'et2024000123');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('正在加载…')).toBeInTheDocument();
    const card = await screen.findByRole('article');
    expect(within(card).getByText('保修卡已登记')).toBeInTheDocument();
    expect(within(card).getByText('整机三包有效期至').nextSibling).toHaveTextContent('2025-03-01');
    expect(within(card).getByText('主要部件三包有效期至').nextSibling).toHaveTextContent('2026-03-01');
    expect(within(card).getByRole('link', { name: 'C-2024-0007' })).toBeInTheDocument();
    expect(within(card).getByText('已核销')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '新建索赔' })).toHaveAttribute('href', '/claims/new?serial=ET2024000123');
  });

  it('says so when the serial is unknown, and offers registration for an unregistered unit', async () => {
    server.use(http.get('*/api/claim-review/units/:serial', () => new HttpResponse(null, { status: 404 })));
    const first = renderApp('/units/NOPE');
    expect(await screen.findByText('未找到产品 NOPE')).toBeInTheDocument();
    first.unmount();
    server.use(
      http.get('*/api/claim-review/units/:serial', () =>
        HttpResponse.json({ ...UNIT, registered: false, saleDate: null, registrationDate: null, claims: [] }),
      ),
    );
    renderApp('/units/ET2024000123');
    expect(await screen.findByText('该产品还没有三包索赔')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '登记保修卡' })).toHaveAttribute('href', '/registrations/new?serial=ET2024000123');
  });

  it('shows an error state in English too', async () => {
    window.localStorage.setItem('sanbao.lang', 'en');
    const i18n = (await import('../../../i18n')).default;
    await i18n.changeLanguage('en');
    server.use(http.get('*/api/claim-review/units/:serial', () => HttpResponse.json({}, { status: 503 })));
    renderApp('/units/X1');
    expect(await screen.findByText('Could not load')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
