import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { delay } from 'msw';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import { claim } from '../../../test/fixtures';
import i18n from '../../../i18n';

const URL_ = '*/api/claim-review/claims/C-2024-0042';

describe('claim detail', () => {
  beforeAll(async () => {
    await import('../ClaimDetailPage');
  });

  it('shows loading, then lines, amounts, findings, questions, timeline', async () => {
    server.use(
      http.get(URL_, async () => {
        await delay(30);
        return HttpResponse.json(claim());
      }),
    );
    renderApp('/claims/C-2024-0042');
    expect(await screen.findByText('正在加载…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '索赔单 C-2024-0042' })).toBeInTheDocument();
    expect(screen.getAllByText('待补充资料').length).toBeGreaterThan(0);
    const lines = screen.getByRole('region', { name: '费用明细' });
    expect(within(lines).getByText('电机控制器')).toBeInTheDocument();
    expect(within(lines).getAllByText('¥234.50').length).toBeGreaterThan(0);
    expect(within(lines).getAllByText('¥324.50').length).toBeGreaterThan(0);
    expect(screen.getByText('工时 3 小时超过标准工时 2 小时')).toBeInTheDocument();
    expect(screen.getByText('请补充控制器烧毁部位的照片')).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: '处理记录' });
    expect(within(timeline).getByText('审核员提问')).toBeInTheDocument();
    // 02:00Z is 10:00 in the company's zone.
    expect(within(timeline).getByText('2024-06-05 10:00')).toBeInTheDocument();
  });

  it('shows the payable as pending until the reviewer decides, then the amount paid and the travel cap', async () => {
    const travel = { id: 3, kind: 'travel' as const, ref: 'travel', km: 180, unitPrice: 200, amount: 20000, payable: 20000 };
    server.use(http.get(URL_, () => HttpResponse.json(claim({ status: 'in_review', lines: [...claim().lines, travel], totals: { parts: 23450, labour: 9000, travel: 20000, total: 52450, payable: 52450 } }))));
    const first = renderApp('/claims/C-2024-0042');
    const lines = await screen.findByRole('region', { name: '费用明细' });
    // Three lines and the total: none of them is an amount yet.
    expect(within(lines).getAllByText('待核定')).toHaveLength(4);
    // 180 km claimed at 2.00 a km, 200.00 priced: the rate caps it at 100 km.
    expect(within(lines).getByText('按上限付 100 km')).toBeInTheDocument();
    first.unmount();

    const decided = claim({
      status: 'partially_approved',
      lines: [
        { ...claim().lines[0], decision: 'accept' },
        { ...claim().lines[1], decision: 'reject', payable: 0, reasonCode: 'NOT_COVERED' },
        { ...travel, decision: 'accept' },
      ],
      totals: { parts: 23450, labour: 9000, travel: 20000, total: 52450, payable: 43450 },
    });
    server.use(http.get(URL_, () => HttpResponse.json(decided)));
    renderApp('/claims/C-2024-0042');
    const after = await screen.findByRole('region', { name: '费用明细' });
    expect(within(after).queryByText('待核定')).not.toBeInTheDocument();
    expect(within(after).getByText('¥434.50')).toBeInTheDocument();
    expect(within(after).getByText('¥0.00')).toBeInTheDocument();
  });

  it('answers a question and shows the claim back in review', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.get(URL_, () => HttpResponse.json(claim())),
      http.post(`${URL_}/answers`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          claim({
            status: 'in_review',
            version: 4,
            questions: [{ id: 9, message: '请补充控制器烧毁部位的照片', askedAt: '2024-06-05T02:00:00.000Z', answer: '已上传照片', answeredAt: '2024-06-05T03:00:00.000Z' }],
          }),
        );
      }),
    );
    renderApp('/claims/C-2024-0042');
    const box = await screen.findByLabelText('您的答复');
    await user.click(screen.getByRole('button', { name: '发送答复' }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    await user.type(box, '已上传照片');
    await user.click(screen.getByRole('button', { name: '发送答复' }));
    expect(await screen.findByText('已上传照片')).toBeInTheDocument();
    expect(body).toEqual({ message: '已上传照片' });
    expect(screen.getAllByText('审核中').length).toBeGreaterThan(0);
    expect(screen.queryByLabelText('您的答复')).not.toBeInTheDocument();
  });

  it('has a not-found state and an error state', async () => {
    server.use(http.get(URL_, () => HttpResponse.json({ error: { status: 404, code: 'NOT_FOUND', message: { zh: '未找到', en: 'Not found' }, details: {} } }, { status: 404 })));
    const first = renderApp('/claims/C-2024-0042');
    expect(await screen.findByText('未找到索赔单 C-2024-0042')).toBeInTheDocument();
    first.unmount();
    server.use(http.get(URL_, () => HttpResponse.error()));
    renderApp('/claims/C-2024-0042');
    expect(await screen.findByText('无法连接服务器，请检查网络后重试')).toBeInTheDocument();
  });

  it('refuses a wrong file type or an oversize photo before uploading, and uploads the rest with progress', async () => {
    const uploads: string[] = [];
    server.use(
      http.get(URL_, () => HttpResponse.json(claim())),
      http.post(`${URL_}/attachments`, async ({ request }) => {
        const form = await request.formData();
        uploads.push(...form.getAll('files').map((f) => (f as File).name));
        return HttpResponse.json([{ id: 1, name: 'a.jpg', mime: 'image/jpeg', size: 3, url: '/uploads/a.jpg' }], { status: 201 });
      }),
    );
    renderApp('/claims/C-2024-0042');
    const input = (await screen.findByLabelText('选择照片或 PDF')) as HTMLInputElement;
    const big = new File(['x'], 'big.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    const exe = new File(['x'], 'virus.exe', { type: 'application/x-msdownload' });
    // Node's File: the test environment's FormData is Node's (for fetch), as in a browser
    // where FormData and File come from the same realm.
    const ok = new NodeFile(['abc'], 'a.jpg', { type: 'image/jpeg' }) as unknown as File;
    fireEvent.change(input, { target: { files: [big, exe, ok] } });
    expect(await screen.findByText('big.jpg：超过 10 MB')).toBeInTheDocument();
    expect(screen.getByText('virus.exe：只支持 jpg、png、webp、pdf')).toBeInTheDocument();
    expect(screen.getByText(/a\.jpg · 1 KB/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '上传 1 个文件' }));
    await waitFor(() => expect(uploads).toEqual(['a.jpg']));
  });

  it('submits and deletes a draft', async () => {
    const user = userEvent.setup();
    let deleted = false;
    server.use(
      http.get(URL_, () => HttpResponse.json(claim({ status: 'draft', questions: [] }))),
      http.post(`${URL_}/submit`, () => HttpResponse.json(claim({ status: 'in_review', version: 4, questions: [] }))),
      http.delete(URL_, () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('*/api/claim-review/claims', () => HttpResponse.json({ data: [], meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total: 0 } } })),
    );
    const view = renderApp('/claims/C-2024-0042');
    await user.click(await screen.findByRole('button', { name: '提交审核' }));
    expect(await screen.findByText('审核中')).toBeInTheDocument();
    view.unmount();

    renderApp('/claims/C-2024-0042');
    await user.click(await screen.findByRole('button', { name: '删除草稿' }));
    await user.click(screen.getByRole('button', { name: '确认删除' }));
    expect(await screen.findByText('还没有三包索赔单')).toBeInTheDocument();
    expect(deleted).toBe(true);
  });

  describe('removing a saved photo', () => {
    const PHOTO = { id: 7, name: 'burnt.jpg', mime: 'image/jpeg', size: 2048, url: '/uploads/burnt.jpg' };
    const OTHER = { id: 8, name: 'plate.jpg', mime: 'image/jpeg', size: 1024, url: '/uploads/plate.jpg' };
    const WRONG_STATE = {
      error: {
        status: 409,
        code: 'CONFLICT',
        message: { zh: '索赔单已在审核中，不能删除附件', en: 'The claim is in review; its files can no longer be removed' },
        details: { reason: 'WRONG_STATE' },
      },
    };

    it('asks first, sends DELETE for that file, then shows the claim without it', async () => {
      const user = userEvent.setup();
      const deleted: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      server.use(
        http.get(URL_, () => HttpResponse.json(claim({ status: 'draft', questions: [], attachments: [PHOTO, OTHER] }))),
        http.delete(`${URL_}/attachments/:id`, async ({ request }) => {
          deleted.push(new URL(request.url).pathname);
          await held;
          return HttpResponse.json(
            claim({
              status: 'draft',
              version: 4,
              questions: [],
              attachments: [OTHER],
              timeline: [{ at: '2024-06-06T02:00:00.000Z', actor: 'dealer', event: 'attachment_removed' }],
            }),
          );
        }),
      );
      renderApp('/claims/C-2024-0042');
      await user.click(await screen.findByRole('button', { name: '删除 burnt.jpg' }));
      const ask = screen.getByRole('group', { name: '删除这张照片？' });
      expect(deleted).toEqual([]);
      await user.click(within(ask).getByRole('button', { name: '确认删除' }));
      expect(await within(ask).findByRole('button', { name: '正在删除…' })).toBeDisabled();
      // Another removal meanwhile would race this one's answer.
      expect(screen.getByRole('button', { name: '删除 plate.jpg' })).toBeDisabled();
      release();
      await waitFor(() => expect(screen.queryByRole('img', { name: 'burnt.jpg' })).not.toBeInTheDocument());
      expect(deleted).toEqual(['/api/claim-review/claims/C-2024-0042/attachments/7']);
      expect(screen.getByRole('img', { name: 'plate.jpg' })).toBeInTheDocument();
      expect(within(screen.getByRole('region', { name: '处理记录' })).getByText('删除照片或附件')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '删除 plate.jpg' })).toBeEnabled();
    });

    it('cancelling the question sends nothing', async () => {
      const user = userEvent.setup();
      let calls = 0;
      server.use(
        http.get(URL_, () => HttpResponse.json(claim({ attachments: [PHOTO] }))),
        http.delete(`${URL_}/attachments/:id`, () => {
          calls += 1;
          return HttpResponse.json(claim());
        }),
      );
      renderApp('/claims/C-2024-0042');
      await user.click(await screen.findByRole('button', { name: '删除 burnt.jpg' }));
      await user.click(within(screen.getByRole('group', { name: '删除这张照片？' })).getByRole('button', { name: '取消' }));
      expect(screen.queryByRole('group', { name: '删除这张照片？' })).not.toBeInTheDocument();
      expect(screen.getByRole('img', { name: 'burnt.jpg' })).toBeInTheDocument();
      expect(calls).toBe(0);
    });

    it('offers no removal once the claim is in review', async () => {
      server.use(http.get(URL_, () => HttpResponse.json(claim({ status: 'in_review', questions: [], attachments: [PHOTO] }))));
      renderApp('/claims/C-2024-0042');
      expect(await screen.findByRole('img', { name: 'burnt.jpg' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: '删除 burnt.jpg' })).not.toBeInTheDocument();
    });

    it("shows the server's message for a 409 in the current language, and reloads the claim", async () => {
      const user = userEvent.setup();
      let loads = 0;
      server.use(
        http.get(URL_, () => {
          loads += 1;
          // The reviewer took the claim between the page's load and the click.
          return HttpResponse.json(claim({ status: loads === 1 ? 'info_requested' : 'in_review', version: loads === 1 ? 3 : 4, attachments: [PHOTO] }));
        }),
        http.delete(`${URL_}/attachments/:id`, () => HttpResponse.json(WRONG_STATE, { status: 409 })),
      );
      await i18n.changeLanguage('en');
      renderApp('/claims/C-2024-0042');
      await user.click(await screen.findByRole('button', { name: 'Delete burnt.jpg' }));
      await user.click(within(screen.getByRole('group', { name: 'Delete this photo?' })).getByRole('button', { name: 'Delete' }));
      expect(await screen.findByText('The claim is in review; its files can no longer be removed')).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete burnt.jpg' })).not.toBeInTheDocument());
      expect(screen.getByRole('img', { name: 'burnt.jpg' })).toBeInTheDocument();
      expect(screen.getByText('The claim is in review; its files can no longer be removed')).toBeInTheDocument();
    });
  });
});
