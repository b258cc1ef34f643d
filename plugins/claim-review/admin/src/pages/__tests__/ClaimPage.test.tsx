import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { ClaimPage } from '../claim/ClaimPage';
import { renderPage } from '../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../tests/server';
import { REASONS, claimDetail } from '../../../tests/fixtures';
import type { ReviewLine } from '../../api/types';

const AT = '/plugins/claim-review/claims/CR-202611-00001';
const PATH = '/plugins/claim-review/claims/:number';

let decisions: Array<{ body: any; ifMatch: string | null }>;
let loads: number;

beforeEach(() => {
  decisions = [];
  loads = 0;
  server.use(
    http.get(`${API}/claims/CR-202611-00001`, () => {
      loads += 1;
      return HttpResponse.json(claimDetail());
    }),
    http.get(`${API}/reason-codes`, () => HttpResponse.json({ data: REASONS })),
    http.post(`${API}/claims/CR-202611-00001/decision`, async ({ request }) => {
      const body = await request.json();
      decisions.push({ body, ifMatch: request.headers.get('if-match') });
      const lines: ReviewLine[] = claimDetail().lines.map((l) => ({ ...l, decision: 'accept' as const, payable: l.amount }));
      lines[1] = { ...lines[1], decision: 'adjust', adjustedHours: 2, reasonCode: 'OVER_STANDARD_HOURS', payable: 8000 };
      return HttpResponse.json(claimDetail({ status: 'awaiting_parts', version: 6, allowedDecisions: [], lines, totals: { ...claimDetail().totals, payable: 115250 } }));
    }),
  );
});

const row = (ref: string) => screen.getByRole('row', { name: new RegExp(`明细 ${ref}`) });

describe('claim review', () => {
  it('shows the unit, its earlier claims, findings, photos, questions and the audit trail', async () => {
    const { user } = renderPage(<ClaimPage />, { at: AT, path: PATH });
    expect(await screen.findByRole('heading', { name: '索赔单 CR-202611-00001' })).toBeInTheDocument();
    expect(screen.getByText('LSBDZ15026109001')).toBeInTheDocument();
    expect(screen.getByText('DZ150 · DZ150 电动三轮车')).toBeInTheDocument();
    expect(screen.getByText('CR-202610-00009')).toBeInTheDocument();
    expect(screen.getByText(/超过标准工时 2 小时/)).toBeInTheDocument();
    expect(screen.getByText('请补充电机铭牌照片', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('已上传')).toBeInTheDocument();
    const trail = screen.getByRole('list', { name: '审核记录' });
    expect(within(trail).getByText('要求补充资料')).toBeInTheDocument();
    expect(within(trail).getByText(/李工/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '查看照片 motor-1.png' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('motor-1.png (1/2)')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '下一张' }));
    expect(within(dialog).getByText('motor-2.png (2/2)')).toBeInTheDocument();
    expect(within(dialog).getByRole('img', { name: 'motor-2.png' })).toHaveAttribute('src', 'http://localhost:1337/api/claim-review/evidence/2?expires=1900000000&signature=b2');
    expect(within(dialog).getByText('上传后已被改动')).toBeInTheDocument();
  });

  it('badges each photo with whether it still matches the SHA-256 taken at upload', async () => {
    renderPage(<ClaimPage />, { at: AT, path: PATH });
    await screen.findByRole('heading', { name: '索赔单 CR-202611-00001' });
    const [first, second] = ['motor-1.png', 'motor-2.png'].map((name) => screen.getByRole('button', { name: `查看照片 ${name}` }).parentElement!);
    expect(within(first).getByText('与 SHA-256 一致')).toBeInTheDocument();
    expect(within(second).getByText('上传后已被改动')).toBeInTheDocument();
  });

  it('shows a refund with its hand-over dates, unit price, usage charge and net value', async () => {
    server.use(
      http.get(`${API}/claims/CR-202611-00001`, () =>
        HttpResponse.json(
          claimDetail({
            remedy: 'refund',
            repair: { handedOverAt: '2026-10-01', returnedAt: '2026-10-03' },
            remedyValue: { remedy: 'refund', unitPrice: 10_000_000, km: 20000, rateBp: 50, usageCharge: 1_000_000, free: null, net: 9_000_000 },
          }),
        ),
      ),
    );
    renderPage(<ClaimPage />, { at: AT, path: PATH });
    expect(await screen.findByRole('heading', { name: '退货金额' })).toBeInTheDocument();
    expect(screen.getByText('2026-10-01 – 2026-10-03')).toBeInTheDocument();
    expect(screen.getByText(/100,000\.00/)).toBeInTheDocument();
    expect(screen.getByText(/10,000\.00.*20000 公里 ÷ 1000 × 0\.5%/)).toBeInTheDocument();
    expect(screen.getByText(/90,000\.00/)).toBeInTheDocument();
  });

  it('decides line by line: adjusts the labour with a reason, approves partially with the version it loaded', async () => {
    const { user } = renderPage(<ClaimPage />, { at: AT, path: PATH });
    await screen.findByRole('heading', { name: '索赔单 CR-202611-00001' });

    await user.click(within(row('DZ-MOTOR-R')).getByRole('button', { name: '调整' }));
    const hours = within(row('DZ-MOTOR-R')).getByRole('textbox', { name: 'DZ-MOTOR-R 的核定数量' });
    await user.clear(hours);
    await user.type(hours, '2');
    await user.click(within(row('DZ-MOTOR-R')).getByRole('combobox', { name: 'DZ-MOTOR-R 的原因' }));
    await user.click(await screen.findByRole('option', { name: '超标准工时' }));
    // The payable preview is the domain core's: 2 h × ¥40.00.
    await waitFor(() => expect(within(row('DZ-MOTOR-R')).getByText('¥80.00')).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: '批准' }));
    expect(await screen.findByText('有明细被调整或不予认可，请选择“部分批准”。')).toBeInTheDocument();
    expect(decisions).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '部分批准' }));
    await waitFor(() => expect(decisions).toHaveLength(1));
    expect(decisions[0].ifMatch).toBe('3');
    expect(decisions[0].body).toEqual({
      decision: 'partial',
      comment: '',
      lines: [
        { id: 11, action: 'accept' },
        { id: 12, action: 'adjust', hours: 2, reasonCode: 'OVER_STANDARD_HOURS' },
        { id: 13, action: 'accept' },
      ],
    });
    expect(await screen.findByText('索赔单 CR-202611-00001 已部分批准。')).toBeInTheDocument();
    expect(screen.getByText('待旧件返回')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '部分批准' })).not.toBeInTheDocument();
  });

  it('asks for a reason and a comment before sending', async () => {
    const { user } = renderPage(<ClaimPage />, { at: AT, path: PATH });
    await screen.findByRole('heading', { name: '索赔单 CR-202611-00001' });
    await user.click(screen.getByRole('button', { name: '拒绝索赔' }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    await user.click(within(row('travel')).getByRole('button', { name: '不予认可' }));
    await user.click(screen.getByRole('button', { name: '部分批准' }));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(decisions).toHaveLength(0);
  });

  it('on 409 says someone else changed the claim, keeps the input, and reloads on request', async () => {
    server.use(
      http.post(`${API}/claims/CR-202611-00001/decision`, () =>
        errorBody(409, 'CONFLICT', '索赔单已被他人修改，请刷新后重试', 'The claim was changed by someone else; reload and try again', { reason: 'STALE_VERSION' }),
      ),
    );
    const { user } = renderPage(<ClaimPage />, { at: AT, path: PATH, locale: 'en' });
    await screen.findByRole('heading', { name: 'Claim CR-202611-00001' });
    await user.click(within(screen.getByRole('row', { name: /Line travel/ })).getByRole('button', { name: 'Reject' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Travel not needed for this repair');
    await user.click(screen.getByRole('button', { name: 'Reject claim' }));

    expect(await screen.findByText('Changed by someone else')).toBeInTheDocument();
    // Said where the reviewer pressed, not a screen above: inside the decision block, with focus on it.
    const decision = screen.getByRole('region', { name: 'Decision' });
    expect(within(decision).getByText('Changed by someone else')).toBeInTheDocument();
    await waitFor(() => expect(decision).toContainElement(document.activeElement as HTMLElement));
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Travel not needed for this repair');
    expect(within(screen.getByRole('row', { name: /Line travel/ })).getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(loads).toBe(2));
    expect(screen.queryByText('Changed by someone else')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Travel not needed for this repair');
    expect(within(screen.getByRole('row', { name: /Line travel/ })).getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('approves and opens the next claim waiting in review, or goes back to the queue when none is left', async () => {
    const queue = (numbers: string[]) => ({ data: numbers.map((n) => ({ ...claimDetail(), number: n })), meta: { pagination: { page: 1, pageSize: 5, pageCount: 1, total: numbers.length }, counts: {} } });
    let waiting = ['CR-202611-00001', 'CR-202611-00007'];
    server.use(
      http.get(`${API}/claims`, ({ request }) => {
        expect(new URL(request.url).searchParams.get('status')).toBe('in_review');
        return HttpResponse.json(queue(waiting));
      }),
      http.get(`${API}/claims/CR-202611-00007`, () => HttpResponse.json(claimDetail({ number: 'CR-202611-00007' }))),
      http.post(`${API}/claims/CR-202611-00007/decision`, () => HttpResponse.json(claimDetail({ number: 'CR-202611-00007', status: 'ready_to_settle', allowedDecisions: [] }))),
    );
    const Pages = () => (
      <Routes>
        <Route path=":number" element={<ClaimPage />} />
        <Route index element={<p>the queue</p>} />
      </Routes>
    );
    const { user } = renderPage(<Pages />, { at: AT, path: '/plugins/claim-review/claims/*' });
    await screen.findByRole('heading', { name: '索赔单 CR-202611-00001' });
    await user.click(screen.getByRole('button', { name: '批准并打开下一张' }));
    await waitFor(() => expect(decisions).toHaveLength(1));
    expect(decisions[0].body.decision).toBe('approve');
    expect(await screen.findByRole('heading', { name: '索赔单 CR-202611-00007' }, { timeout: 5000 })).toBeInTheDocument();

    waiting = ['CR-202611-00007'];
    await user.click(screen.getByRole('button', { name: '批准并打开下一张' }));
    expect(await screen.findByText('the queue', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('is read-only for a claim already decided, or for a role that may not review', async () => {
    server.use(http.get(`${API}/claims/CR-202611-00001`, () => HttpResponse.json(claimDetail({ status: 'settled', allowedDecisions: [] }))));
    renderPage(<ClaimPage />, { at: AT, path: PATH, role: 'coordinator' });
    await screen.findByRole('heading', { name: '索赔单 CR-202611-00001' });
    expect(screen.queryByRole('button', { name: '批准' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '调整' })).not.toBeInTheDocument();
  });

  it('shows the payable as pending to a reader before the decision, and a capped travel line with the km paid', async () => {
    // 180 km claimed at 1.50 a km; the rate caps at 100 km, so 150.00 is priced.
    const lines = claimDetail().lines.map((l) => (l.kind === 'travel' ? { ...l, km: 180, amount: 15000, payable: 15000 } : { ...l, payable: l.amount }));
    server.use(http.get(`${API}/claims/CR-202611-00001`, () => HttpResponse.json(claimDetail({ allowedDecisions: [], lines }))));
    renderPage(<ClaimPage />, { at: AT, path: PATH, role: 'coordinator' });
    await screen.findByRole('heading', { name: '索赔单 CR-202611-00001' });
    expect(within(row('travel')).getByText('按上限付 100 公里')).toBeInTheDocument();
    expect(within(row('travel')).getByText('待核定')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: '合计' })).getByText('待核定')).toBeInTheDocument();
  });

  it('reads the audit trail\'s changes as labels, not as raw keys', async () => {
    const decided = {
      at: '2026-11-22T02:00:00.000Z', actor: 'reviewer', event: 'approve_partially', from: 'in_review', to: 'partially_approved', by: '李工',
      before: { status: 'in_review', lines: [{ id: 12, ref: 'DZ-MOTOR-R', decision: null, reasonCode: null, payable: 10000 }] },
      after: { status: 'partially_approved', lines: [{ id: 12, ref: 'DZ-MOTOR-R', decision: 'adjust', reasonCode: 'OVER_STANDARD_HOURS', payable: 8000 }] },
    };
    server.use(http.get(`${API}/claims/CR-202611-00001`, () => HttpResponse.json(claimDetail({ timeline: [...claimDetail().timeline, decided] } as never))));
    renderPage(<ClaimPage />, { at: AT, path: PATH });
    const trail = await screen.findByRole('list', { name: '审核记录' });
    expect(within(trail).getByText('明细 DZ-MOTOR-R · 鉴定结论: — → 调整')).toBeInTheDocument();
    expect(within(trail).getByText('明细 DZ-MOTOR-R · 核定金额: ¥100.00 → ¥80.00')).toBeInTheDocument();
    expect(within(trail).getByText('状态: 鉴定中 → 部分批准')).toBeInTheDocument();
    expect(within(trail).queryByText(/lines\./)).not.toBeInTheDocument();
  });

  it('shows a 404 as the server words it', async () => {
    server.use(http.get(`${API}/claims/CR-202611-00001`, () => errorBody(404, 'NOT_FOUND', '未找到', 'Not found')));
    renderPage(<ClaimPage />, { at: AT, path: PATH });
    expect(await screen.findByText('未找到')).toBeInTheDocument();
  });
});
