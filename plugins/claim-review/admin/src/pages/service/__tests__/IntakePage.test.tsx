import { screen, waitFor, within } from '@testing-library/react';
import { IntakePage } from '../IntakePage';
import { renderPage } from '../../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../../tests/server';
import { lookupAnswer, serviceRequest } from '../../../../tests/service-fixtures';

const AT = '/plugins/claim-review/service/intake';
const lookups: URL[] = [];
let created: any[];

beforeEach(() => {
  lookups.length = 0;
  created = [];
  server.use(
    http.get(`${API}/service/lookup`, ({ request }) => {
      lookups.push(new URL(request.url));
      return HttpResponse.json(lookupAnswer());
    }),
    http.post(`${API}/service/requests`, async ({ request }) => {
      created.push(await request.json());
      return HttpResponse.json(serviceRequest({ number: 'SR-202611-00042' }), { status: 201 });
    }),
  );
});

const render = () => renderPage(<IntakePage />, { at: AT, path: AT });

async function fillCaller(user: ReturnType<typeof render>['user']) {
  await user.type(screen.getByLabelText(/^客户姓名/), '王建国');
  await user.type(screen.getByLabelText(/^联系电话/), '138-1234-5678');
  await user.type(screen.getByLabelText(/^所在地区/), '山东省潍坊市');
  await user.type(screen.getByLabelText(/^详细地址/), '寒亭区民主街 18 号');
  await user.type(screen.getByLabelText(/^故障现象/), '电机异响，无法启动');
}

describe('registering a call', () => {
  it('shows the caller’s units, earlier requests and claims once a phone number is typed, and picking a unit fills the serial', async () => {
    const { user } = render();
    expect(screen.getByText(/输入电话号码或产品编号/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^联系电话/), '138 1234 5678');
    await waitFor(() => expect(lookups).toHaveLength(1));
    expect(lookups[0].searchParams.get('phone')).toBe('13812345678');

    const units = await screen.findByRole('list', { name: '产品（1）' });
    expect(within(units).getByText('DZ150 · DZ150 电动三轮车')).toBeInTheDocument();
    expect(within(units).getByText('三包期内')).toBeInTheDocument();
    expect(within(units).getByText(/2026-11-19 售出 · SD-WF/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: '以往报修（1）' })).getByRole('link', { name: 'SR-202610-00007' })).toHaveAttribute('href', '/plugins/claim-review/service/requests/SR-202610-00007');
    expect(within(screen.getByRole('list', { name: '索赔记录（1）' })).getByRole('link', { name: 'CR-202610-00009' })).toHaveAttribute('href', '/plugins/claim-review/claims/CR-202610-00009');

    expect(screen.getByLabelText(/^机型/)).toBeInTheDocument();
    await user.click(within(units).getByRole('button', { name: '选用此产品' }));
    expect(screen.getByLabelText(/^产品编号/)).toHaveValue('LSBDZ15026109001');
    expect(screen.queryByLabelText(/^机型/)).not.toBeInTheDocument();
  });

  it('looks a caller up by serial, and not for a phone number that cannot be one', async () => {
    const { user } = render();
    await user.type(screen.getByLabelText(/^联系电话/), '12345');
    await new Promise((r) => setTimeout(r, 600));
    expect(lookups).toHaveLength(0);
    await user.type(screen.getByLabelText(/^产品编号/), 'LSBDZ15026109001');
    await waitFor(() => expect(lookups).toHaveLength(1));
    expect(lookups[0].searchParams.get('serial')).toBe('LSBDZ15026109001');
  });

  it('sends the call as ServiceRequestInput and opens the new request', async () => {
    const { user } = render();
    await fillCaller(user);
    await user.type(screen.getByLabelText(/^机型/), 'DZ150');
    await user.type(screen.getByLabelText(/^购买日期/), '2026-11-01');
    await user.click(screen.getByRole('button', { name: '登记' }));

    await waitFor(() => expect(created).toHaveLength(1));
    const body = created[0];
    expect(body).toMatchObject({
      channel: 'phone',
      caller: { name: '王建国', phone: '138-1234-5678', address: { region: '山东省潍坊市', line: '寒亭区民主街 18 号' } },
      unit: { model: 'DZ150', purchaseDate: '2026-11-01' },
      symptom: '电机异响，无法启动',
    });
    expect(body.unit.serial).toBeUndefined();
    expect(Math.abs(Date.parse(body.receivedAt) - Date.now())).toBeLessThan(2 * 60_000);
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(screen.getByText('服务单 SR-202611-00042 已登记')).toBeInTheDocument();
  });

  it('shows the server’s coded field errors next to their fields, in the admin’s language', async () => {
    server.use(
      http.post(`${API}/service/requests`, () =>
        errorBody(400, 'VALIDATION_FAILED', '输入有误', 'Invalid input', { fields: { 'unit.serial': 'not_found', 'caller.phone': 'phone_invalid' } }),
      ),
    );
    const { user } = renderPage(<IntakePage />, { at: AT, path: AT, locale: 'en' });
    await user.type(screen.getByRole('textbox', { name: /^Caller/ }), '王建国');
    await user.type(screen.getByRole('textbox', { name: /^Phone/ }), '13812345678');
    await user.type(screen.getByRole('textbox', { name: /^Region/ }), '山东省潍坊市');
    await user.type(screen.getByRole('textbox', { name: /^Address/ }), '寒亭区');
    await user.type(screen.getByRole('textbox', { name: /^Unit serial/ }), 'LSBNOSUCH0001');
    await user.type(screen.getByRole('textbox', { name: /^Symptom/ }), '不转');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByText('Not found')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Unit serial/ })).toHaveAccessibleDescription(/Not found/);
    expect(screen.getByRole('textbox', { name: /^Phone/ })).toHaveAccessibleDescription(/Not a Chinese mobile or landline number/);
    expect(screen.getByText('Invalid input')).toBeInTheDocument();
    expect(screen.queryByText('elsewhere')).not.toBeInTheDocument();
  });

  it('checks the form before sending: missing caller and unit are marked, nothing is sent', async () => {
    const { user } = render();
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('请更正标出的字段。')).toBeInTheDocument();
    expect(screen.getByLabelText(/^客户姓名/)).toHaveAccessibleDescription(/必填/);
    expect(screen.getByLabelText(/^机型/)).toHaveAccessibleDescription(/必填/);
    expect(created).toHaveLength(0);
  });
});
