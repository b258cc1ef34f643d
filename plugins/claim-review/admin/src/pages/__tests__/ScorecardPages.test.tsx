import { screen, within } from '@testing-library/react';
import { ScorecardPage } from '../scorecards/ScorecardPage';
import { SpotChecksPage } from '../scorecards/SpotChecksPage';
import { renderPage } from '../../../tests/render';
import { API, HttpResponse, errorBody, http, server } from '../../../tests/server';

const CHECK = {
  id: 7, claimNumber: 'CR-202612-00004', dealer: { code: 'SD-WF', name: '潍坊金穗' }, payable: 2000, claimStatus: 'ready_to_settle',
  status: 'pending', drawnAt: '2026-12-03T16:01:00.000Z', shareBp: 1000, reviewer: null, note: null, decidedAt: null,
};
const page = (data: unknown[]) => ({ data, meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total: data.length } } });

const CARD = {
  dealer: { code: 'SC-MY', name: '蜀丰商行', nameEn: null, region: '四川', tier: 3, grade: 'C', suspended: false },
  period: { from: '2025-12-05', to: '2026-12-04' },
  claims: { filed: 5, decided: 4, approved: 2, partiallyApproved: 1, rejected: 1, autoApproved: 0 },
  approvalRate: { numerator: 3, denominator: 4, rate: 0.75 },
  adjustmentRate: { numerator: 1, denominator: 3, rate: 1 / 3 },
  anomalyFlags: { looked: 1, flaggedClaims: 0, byCode: {} },
  overdueReturns: 0,
  spotChecks: { pending: 0, passed: 0, failed: 0 },
  flagged: false,
  gradeHistory: [] as unknown[],
};

describe('spot checks', () => {
  it('fails a check only with a note, and shows the server\'s refusal of a settled claim', async () => {
    const sent: unknown[] = [];
    server.use(
      http.get(`${API}/spot-checks`, () => HttpResponse.json(page([CHECK]))),
      http.post(`${API}/spot-checks/7/decision`, async ({ request }) => {
        const body = (await request.json()) as { note?: string };
        sent.push(body);
        if (!body.note) return errorBody(400, 'VALIDATION_FAILED', '输入有误', 'Invalid input', { fields: { note: 'required' } });
        return errorBody(409, 'CONFLICT', '该索赔单已列入核销通知，不能撤销审批', 'The claim is already in a settlement', { reason: 'CLAIM_IN_SETTLEMENT' });
      }),
    );
    const { user } = renderPage(<SpotChecksPage />, { at: '/plugins/claim-review/spot-checks', path: '/plugins/claim-review/spot-checks', role: 'reviewer' });
    const row = (await screen.findByRole('link', { name: 'CR-202612-00004' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('待抽查')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: '不合格' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '不合格' }));
    expect(await within(dialog).findByText('必填')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox'), '维修记录不实');
    await user.click(within(dialog).getByRole('button', { name: '不合格' }));
    expect(await within(dialog).findByText('该索赔单已列入核销通知，不能撤销审批')).toBeInTheDocument();
    expect(sent).toEqual([{ result: 'failed' }, { result: 'failed', note: '维修记录不实' }]);
  });
});

describe('a dealer\'s scorecard', () => {
  it('changes the grade with a reason, and shows the change in the history', async () => {
    let card = CARD;
    const sent: unknown[] = [];
    server.use(
      http.get(`${API}/scorecards/SC-MY`, () => HttpResponse.json(card)),
      http.post(`${API}/dealers/SC-MY/grade`, async ({ request }) => {
        const body = (await request.json()) as { grade: string; reason: string };
        sent.push(body);
        card = { ...CARD, dealer: { ...CARD.dealer, grade: body.grade }, gradeHistory: [{ from: 'C', to: body.grade, reason: body.reason, by: '业务员', at: '2026-12-03T08:00:00.000Z' }] };
        return HttpResponse.json({ dealer: 'SC-MY', grade: body.grade, history: card.gradeHistory });
      }),
    );
    const { user } = renderPage(<ScorecardPage />, { at: '/plugins/claim-review/scorecards/SC-MY', path: '/plugins/claim-review/scorecards/:code', role: 'coordinator' });
    expect(await screen.findByText('75.0 % (3/4)')).toBeInTheDocument();
    expect(screen.getByText('尚未在此调整过等级。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '调整等级' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox'));
    await user.click(await screen.findByRole('option', { name: 'D 级' }));
    await user.type(within(dialog).getByRole('textbox'), '虚报三包索赔，降级');
    await user.click(within(dialog).getByRole('button', { name: '保存等级' }));
    expect(await screen.findByText('虚报三包索赔，降级')).toBeInTheDocument();
    expect(sent).toEqual([{ grade: 'D', reason: '虚报三包索赔，降级' }]);
  });

  it('offers no grade change to a role without dealers.grade', async () => {
    server.use(http.get(`${API}/scorecards/SC-MY`, () => HttpResponse.json(CARD)));
    renderPage(<ScorecardPage />, { at: '/plugins/claim-review/scorecards/SC-MY', path: '/plugins/claim-review/scorecards/:code', role: 'reviewer' });
    expect(await screen.findByText('75.0 % (3/4)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '调整等级' })).not.toBeInTheDocument();
  });
});
