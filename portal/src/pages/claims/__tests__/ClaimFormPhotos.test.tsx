import { File as NodeFile } from 'node:buffer';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { businessDate } from '@shared/calendar/business-date';
import { addDaysIso } from '@shared/calendar/date-only';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { PRECHECK_OK, claim } from '../../../test/fixtures';

const today = businessDate(new Date());

function setValue(label: string, value: string) {
  const el = screen.getAllByLabelText(label)[0];
  fireEvent.change(el, { target: { value } });
  fireEvent.blur(el);
}

function fillValidClaim() {
  setValue('产品编号', 'ET2024000123');
  setValue('故障日期', addDaysIso(today, -1));
  setValue('维修日期', today);
  setValue('故障部件', 'gearbox');
  setValue('故障现象与原因', '变速箱异响');
  setValue('配件编号', 'WG-GB-200');
  setValue('工时代码', 'OP-10');
  setValue('工时（小时）', '1.5');
  setValue('用户签字姓名', '李四');
  setValue('签字日期', today);
}

const photo = (name: string) => new NodeFile(['abc'], name, { type: 'image/jpeg' }) as unknown as File;

describe('photos while filling in a claim (issue #18)', () => {
  beforeAll(async () => {
    await import('../ClaimFormPage');
  });

  it('takes photos before the claim exists and uploads each, with its own progress, right after the save', async () => {
    const user = userEvent.setup();
    const uploaded: string[] = [];
    server.use(
      http.post('*/api/claim-review/claims/precheck', () => HttpResponse.json(PRECHECK_OK)),
      http.post('*/api/claim-review/claims', () => HttpResponse.json(claim({ number: 'C-2024-0200', status: 'in_review', questions: [] }), { status: 201 })),
      http.post('*/api/claim-review/claims/C-2024-0200/attachments', async ({ request }) => {
        const form = await request.formData();
        uploaded.push(...form.getAll('files').map((f) => (f as File).name));
        return HttpResponse.json(claim({ number: 'C-2024-0200' }), { status: 200 });
      }),
      http.get('*/api/claim-review/claims/C-2024-0200', () => HttpResponse.json(claim({ number: 'C-2024-0200', status: 'in_review', questions: [] }))),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    const input = screen.getByLabelText('选择照片或 PDF');
    const exe = new File(['x'], 'notes.exe', { type: 'application/x-msdownload' });
    fireEvent.change(input, { target: { files: [photo('gearbox.jpg'), photo('plate.jpg'), exe] } });
    // The refused one is named with its reason; the others wait for the save.
    expect(await screen.findByText('notes.exe：只支持 jpg、png、webp、pdf')).toBeInTheDocument();
    const queue = screen.getByRole('list', { name: '待上传的文件' });
    expect(within(queue).getAllByText('保存后上传')).toHaveLength(2);
    await waitFor(() => expect(screen.getByRole('button', { name: '提交审核' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    await waitFor(() => expect(uploaded).toEqual(['gearbox.jpg', 'plate.jpg']));
    expect(await screen.findByRole('heading', { name: /C-2024-0200/ })).toBeInTheDocument();
  });

  it('names a file the server refuses with its reason, keeps the others and the saved claim', async () => {
    const user = userEvent.setup();
    const uploaded: string[] = [];
    server.use(
      http.post('*/api/claim-review/claims/precheck', () => HttpResponse.json(PRECHECK_OK)),
      http.post('*/api/claim-review/claims', () => HttpResponse.json(claim({ number: 'C-2024-0201', status: 'draft', questions: [] }), { status: 201 })),
      http.post('*/api/claim-review/claims/C-2024-0201/attachments', async ({ request }) => {
        const form = await request.formData();
        const name = (form.get('files') as File).name;
        if (name === 'fake.jpg') {
          return HttpResponse.json(
            { error: { status: 400, code: 'VALIDATION_FAILED', message: { zh: '文件内容不是 jpg、png、webp 或 pdf', en: 'The file is not a jpg, png, webp or pdf' }, details: {} } },
            { status: 400 },
          );
        }
        uploaded.push(name);
        return HttpResponse.json(claim({ number: 'C-2024-0201' }));
      }),
    );
    renderApp('/claims/new');
    await screen.findByRole('heading', { name: '新建三包维修记录' });
    fillValidClaim();
    fireEvent.change(screen.getByLabelText('选择照片或 PDF'), { target: { files: [photo('fake.jpg'), photo('gearbox.jpg')] } });
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('fake.jpg 未上传：文件内容不是 jpg、png、webp 或 pdf')).toBeInTheDocument();
    expect(uploaded).toEqual(['gearbox.jpg']);
    expect(screen.getByText('已上传')).toBeInTheDocument();
    expect(screen.getByText(/索赔单 C-2024-0201 已保存/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看索赔单' })).toHaveAttribute('href', '/claims/C-2024-0201');
  });
});
