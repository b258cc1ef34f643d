import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../../i18n';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { PRECHECK_OK, UNIT } from '../../../test/fixtures';
import type { ModelReference } from '../../../api';
import { matchOptions } from '../../../ui/Combobox';

/** What GET /models/:code/reference answers for the fixture unit's model. */
const REFERENCE: ModelReference = {
  model: { code: 'ET-200', name: '电动三轮车 ET-200', nameEn: 'Electric tricycle ET-200' },
  date: '2026-12-01',
  components: [
    { code: 'motor', name: '电机', nameEn: 'Motor', main: true },
    { code: 'rear_axle', name: '后桥', nameEn: 'Rear axle', main: true },
    { code: 'gearbox', name: '变速箱', nameEn: 'Gearbox', main: true },
  ],
  parts: [
    { number: 'ET-MT-100', name: '驱动电机总成', nameEn: 'Drive motor assembly', category: 'main_component', component: 'motor', core: false, mustReturn: true, dealerPrice: 102000, guidePrice: 132600 },
    { number: 'ET-CT-MCU', name: '控制器主控板', nameEn: 'Controller main board', category: 'core', component: 'controller', core: true, mustReturn: true, dealerPrice: null, guidePrice: null },
  ],
  operations: [{ code: 'ET-MOTOR-R', description: '更换驱动电机总成', descriptionEn: 'Replace drive motor assembly', standardHours: 2, model: 'ET-200' }],
};

function withUnitAndReference() {
  server.use(
    http.get('*/api/claim-review/units/:serial', () => HttpResponse.json(UNIT)),
    http.get('*/api/claim-review/models/:code/reference', ({ params }) =>
      params.code === 'ET-200' ? HttpResponse.json(REFERENCE) : HttpResponse.json({ error: { status: 404, code: 'NOT_FOUND', message: { zh: '未找到', en: 'Not found' }, details: {} } }, { status: 404 }),
    ),
    http.post('*/api/claim-review/claims/precheck', () => HttpResponse.json(PRECHECK_OK)),
  );
}

describe('matching', () => {
  const options = [
    { value: 'rear_axle', label: '后桥', keywords: ['Rear axle'] },
    { value: 'DZ-RA-100', label: '后桥总成', keywords: ['Rear axle assembly', 'rear_axle'] },
    { value: 'motor', label: '电机', keywords: ['Motor'] },
  ];
  it('ignores case, finds a code by its name in either language, and puts an exact code first', () => {
    expect(matchOptions(options, 'REAR').map((o) => o.value)).toEqual(['rear_axle', 'DZ-RA-100']);
    expect(matchOptions(options, '后桥').map((o) => o.value)).toEqual(['rear_axle', 'DZ-RA-100']);
    expect(matchOptions(options, 'dz-ra').map((o) => o.value)).toEqual(['DZ-RA-100']);
    expect(matchOptions(options, 'MOTOR').map((o) => o.value)).toEqual(['motor']);
  });
});

describe('claim form pickers, fed by the unit\'s model', () => {
  beforeAll(async () => {
    await import('../../../pages/claims/ClaimFormPage');
  });

  it('finds the fault component by its Chinese name and puts its code in the field, by keyboard', async () => {
    const user = userEvent.setup();
    withUnitAndReference();
    renderApp('/claims/new?serial=ET2024000123');
    const component = await screen.findByRole('combobox', { name: '故障部件' });
    // The unit's model is looked up from the serial; its components come with it.
    await user.click(component);
    const list = await screen.findByRole('listbox');
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    await user.clear(component);
    await user.type(component, '后桥');
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    expect(within(list).getByRole('option')).toHaveTextContent('rear_axle 后桥');
    await user.keyboard('{ArrowDown}');
    expect(component).toHaveAttribute('aria-activedescendant', within(list).getByRole('option').id);
    await user.keyboard('{Enter}');
    expect(component).toHaveValue('rear_axle');
    expect(component).toHaveAttribute('aria-expanded', 'false');
    // The chosen code is shown by its name, never as the bare English code alone.
    expect(component.closest('.combo')).toHaveTextContent('后桥');
  });

  it('offers the model\'s parts with name, price and core flag, found by a lower-case name; a tap picks one', async () => {
    const user = userEvent.setup();
    withUnitAndReference();
    renderApp('/claims/new?serial=ET2024000123');
    const part = await screen.findByRole('combobox', { name: '配件编号' });
    await user.click(part);
    await user.type(part, 'drive motor');
    const option = await screen.findByRole('option', { name: /ET-MT-100/ });
    expect(option).toHaveTextContent('驱动电机总成');
    expect(option).toHaveTextContent('¥1,020.00');
    expect(option).toHaveTextContent('旧件须返回厂家');
    await user.clear(part);
    await user.type(part, 'mcu');
    expect(await screen.findByRole('option', { name: /ET-CT-MCU/ })).toHaveTextContent('核心件，不计价');
    await user.clear(part);
    await user.type(part, 'et-mt');
    await user.click(await screen.findByRole('option', { name: /ET-MT-100/ }));
    expect(part).toHaveValue('ET-MT-100');
  });

  it('offers the model\'s operations with their standard hours; Esc closes the list and keeps the text', async () => {
    const user = userEvent.setup();
    withUnitAndReference();
    renderApp('/claims/new?serial=ET2024000123');
    const op = await screen.findByRole('combobox', { name: '工时代码' });
    await user.click(op);
    await user.type(op, '电机');
    expect(await screen.findByRole('option', { name: /ET-MOTOR-R/ })).toHaveTextContent('标准工时 2 小时');
    await user.keyboard('{Escape}');
    expect(op).toHaveAttribute('aria-expanded', 'false');
    expect(op).toHaveValue('电机');
  });

  it('stays a plain field when no unit is known: a typed code still goes out', async () => {
    renderApp('/claims/new');
    const component = await screen.findByRole('combobox', { name: '故障部件' });
    fireEvent.change(component, { target: { value: 'motor' } });
    expect(component).toHaveValue('motor');
    expect(component).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows component names in English in the English portal', async () => {
    const user = userEvent.setup();
    withUnitAndReference();
    await act(() => i18n.changeLanguage('en'));
    renderApp('/claims/new?serial=ET2024000123');
    const component = await screen.findByRole('combobox', { name: 'Failed component' });
    await user.click(component);
    await user.type(component, '变速');
    expect(await screen.findByRole('option', { name: /gearbox/ })).toHaveTextContent('Gearbox');
    await act(() => i18n.changeLanguage('zh-CN'));
  });
});

describe('quote page pickers', () => {
  it('picks a model by its name, then offers its parts at guide price', async () => {
    const user = userEvent.setup();
    withUnitAndReference();
    server.use(http.get('*/api/claim-review/models', () => HttpResponse.json({ data: [{ code: 'ET-200', name: '电动三轮车 ET-200', nameEn: 'Electric tricycle ET-200' }, { code: 'WG-40', name: '微耕机', nameEn: 'Mini tiller' }] })));
    renderApp('/quotes');
    const model = await screen.findByRole('combobox', { name: '产品型号' });
    await user.click(model);
    await user.type(model, '三轮');
    await user.click(await screen.findByRole('option', { name: /ET-200/ }));
    expect(model).toHaveValue('ET-200');
    const part = screen.getByRole('combobox', { name: '配件编号' });
    await user.click(part);
    expect(await screen.findByRole('option', { name: /ET-MT-100/ })).toHaveTextContent('¥1,326.00');
  });
});
