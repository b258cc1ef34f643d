import { screen, waitFor, within } from '@testing-library/react';
import { PriceListPage } from '../PriceListPage';
import { renderPage } from '../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../tests/server';
import { pricePreview } from '../../../tests/fixtures';

const AT = '/plugins/claim-review/price-list';
// Node's File: the fetch under test is Node's, and its FormData takes only Node's Blobs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NodeFile: typeof File = require('node:buffer').File;
const file = () => new NodeFile(['配件编号,经销商结算价\nDZ-MT-601200,1250.50\n'], 'prices.csv', { type: 'text/csv' });

describe('price-list import', () => {
  it('previews every row with its errors and will not import until the file is clean', async () => {
    let sent: FormData | null = null;
    server.use(
      http.post(`${API}/price-lists/preview`, async ({ request }) => {
        sent = await request.formData();
        return HttpResponse.json(pricePreview());
      }),
    );
    const { user, container } = renderPage(<PriceListPage />, { at: AT, path: AT });
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file());
    expect(screen.getByText('prices.csv')).toBeInTheDocument();
    const date = screen.getByLabelText('生效日期');
    await user.clear(date);
    await user.type(date, '2027-01-01');
    await user.click(screen.getByRole('button', { name: '预览校验' }));

    const bad = await screen.findByRole('row', { name: /DZ-NEW-2/ });
    expect(within(bad).getByText(/经销商结算价: 金额须以元为单位/)).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /DZ-MT-601200/ })).getByText('¥1,250.50')).toBeInTheDocument();
    expect(screen.getByText('1 行有错误')).toBeInTheDocument();
    expect(screen.getByText('未使用的列：备注')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导入 2 行' })).toBeDisabled();
    expect(sent!.get('effectiveFrom')).toBe('2027-01-01');
    expect((sent!.get('file') as File).name).toBe('prices.csv');
  });

  it('imports a clean file after confirmation and says what it wrote', async () => {
    let imported = 0;
    const clean = pricePreview({ rows: [pricePreview().rows[0]], summary: { rows: 1, valid: 1, invalid: 0, newParts: 0, newPrices: 1, replacedPrices: 0 } });
    server.use(
      http.post(`${API}/price-lists/preview`, () => HttpResponse.json(clean)),
      http.post(`${API}/price-lists/import`, () => {
        imported += 1;
        return HttpResponse.json({ effectiveFrom: '2027-01-01', format: 'csv', summary: clean.summary });
      }),
    );
    const { user, container } = renderPage(<PriceListPage />, { at: AT, path: AT, locale: 'en' });
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file());
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    await user.click(await screen.findByRole('button', { name: 'Import 1 rows' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(imported).toBe(1));
    expect(await screen.findByText('1 rows imported, effective 2027-01-01: 0 new parts, 1 prices.')).toBeInTheDocument();
  });

  it('names a file it cannot use', async () => {
    server.use(http.post(`${API}/price-lists/preview`, () => errorBody(400, 'VALIDATION_FAILED', '提交的数据有误', 'The request has invalid fields', { fields: { file: 'no_number_column' } })));
    const { user, container } = renderPage(<PriceListPage />, { at: AT, path: AT });
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file());
    await user.click(screen.getByRole('button', { name: '预览校验' }));
    expect(await screen.findByText('未找到配件编号列（配件编号 / number）。')).toBeInTheDocument();
  });

  it('exports the list valid on a date in the admin’s language', async () => {
    let asked: URL | null = null;
    server.use(
      http.get(`${API}/price-lists/export`, ({ request }) => {
        asked = new URL(request.url);
        return new HttpResponse('配件编号\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="price-list_2026-11-25.csv"' } });
      }),
    );
    const { user } = renderPage(<PriceListPage />, { at: AT, path: AT });
    await user.click(screen.getByRole('button', { name: 'XLSX' }));
    await waitFor(() => expect(asked).not.toBeNull());
    expect(asked!.searchParams.get('format')).toBe('xlsx');
    expect(asked!.searchParams.get('lang')).toBe('zh');
  });
});
