import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { businessDate } from '@shared/calendar/business-date';
import { addDaysIso } from '@shared/calendar/date-only';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { PRECHECK_OK } from '../../../test/fixtures';

const today = businessDate(new Date());

function setValue(label: string, value: string, index = 0) {
  const el = screen.getAllByLabelText(label)[index];
  fireEvent.change(el, { target: { value } });
  fireEvent.blur(el);
}

describe('drafts and empty rows (issue #18)', () => {
  let prechecks: any[];
  let posts: number;

  beforeAll(async () => {
    await import('../ClaimFormPage');
  });

  beforeEach(() => {
    prechecks = [];
    posts = 0;
    server.use(
      http.post('*/api/claim-review/claims/precheck', async ({ request }) => {
        prechecks.push(await request.json());
        return HttpResponse.json(PRECHECK_OK);
      }),
      http.post('*/api/claim-review/claims', () => {
        posts += 1;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
  });

  it('keeps a draft with only a serial in the browser, says so, and shows no wall of errors', async () => {
    const user = userEvent.setup();
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    setValue('产品编号', 'ET2024000123');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText(/草稿暂存在本页/)).toBeInTheDocument();
    expect(screen.getByText(/还有 \d+ 项未填或有误/)).toBeInTheDocument();
    expect(posts).toBe(0);
    expect(screen.queryByText('必填')).not.toBeInTheDocument();
    expect(JSON.parse(window.sessionStorage.getItem('sanbao.claimForm.new') ?? '{}').values.serial).toBe('ET2024000123');
  });

  it('leaves the empty labour row a new form starts with out of the precheck instead of blocking it', async () => {
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    setValue('产品编号', 'ET2024000123');
    setValue('故障日期', addDaysIso(today, -1));
    setValue('维修日期', today);
    setValue('故障部件', 'controller');
    setValue('配件编号', 'MC-100');
    // 工时 left as the form opened it: one empty row.
    expect(screen.getByLabelText('工时代码')).toHaveValue('');
    await waitFor(() => expect(prechecks).toHaveLength(1), { timeout: 3000 });
    expect(prechecks[0].labour).toEqual([]);
    expect(prechecks[0].parts).toEqual([{ partNumber: 'MC-100', qty: 1, causal: true }]);
    expect(screen.queryByText('必填')).not.toBeInTheDocument();
  });

  it('says "required" only once a field was left empty, and takes it back when it is filled', async () => {
    const user = userEvent.setup();
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    await user.click(screen.getByRole('button', { name: '+ 添加配件' }));
    const row = screen.getByRole('group', { name: '配件 2' });
    // A new row is not an error before anyone typed in it.
    expect(within(row).queryByText('必填')).not.toBeInTheDocument();
    const qty = within(row).getByLabelText('数量');
    await user.clear(qty);
    await user.type(qty, '2');
    await user.tab();
    const part = within(row).getByRole('combobox', { name: '配件编号' });
    await user.click(part);
    await user.tab();
    expect(await within(row).findByText('必填')).toBeInTheDocument();
    await user.type(part, 'MC-200');
    await waitFor(() => expect(within(row).queryByText('必填')).not.toBeInTheDocument());
  });
});
