import { screen, within } from '@testing-library/react';
import type { DealerScorecard } from '@shared/scorecard';
import { HttpResponse, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render';
import i18n from '../../../i18n';

const CARD = '*/api/claim-review/scorecard';

const card = (overrides: Partial<DealerScorecard> = {}): DealerScorecard => ({
  dealer: { code: 'D-EAST', name: '华东测试经销商', nameEn: 'East Test Dealer', region: '华东', tier: 2, grade: 'D', suspended: false },
  period: { from: '2025-12-04', to: '2026-12-03' },
  claims: { filed: 12, decided: 10, approved: 6, partiallyApproved: 2, rejected: 2, autoApproved: 3 },
  approvalRate: { numerator: 8, denominator: 10, rate: 0.8 },
  adjustmentRate: { numerator: 2, denominator: 8, rate: 0.25 },
  anomalyFlags: { looked: 2, flaggedClaims: 1, byCode: { DEALER_SPOT_CHECK_FAILED: 1 } },
  overdueReturns: 1,
  spotChecks: { pending: 0, passed: 2, failed: 1 },
  flagged: true,
  gradeHistory: [{ from: 'A', to: 'D', reason: '抽查发现虚报三包索赔，降级', at: '2026-11-20T02:00:00.000Z' }],
  ...overrides,
});

describe('my scorecard', () => {
  beforeAll(async () => {
    await import('../ScorecardPage');
  });

  it('shows the dealer its grade, what the grade means, its figures and why the grade changed', async () => {
    server.use(http.get(CARD, () => HttpResponse.json(card())));
    renderApp('/scorecard');
    expect(await screen.findByRole('heading', { level: 1, name: '我的评级' })).toBeInTheDocument();
    expect(screen.getByLabelText('信用等级 D')).toHaveTextContent('D 级');
    expect(screen.getByText('最低等级：无论金额大小，每单索赔均需审核。')).toBeInTheDocument();
    expect(screen.getByText('您有索赔抽查不合格：您的索赔将逐单审核。')).toBeInTheDocument();
    const facts = screen.getByText('通过率').closest('dl') as HTMLElement;
    expect(within(facts).getByText('80.0%')).toBeInTheDocument();
    expect(within(facts).getByText('25.0%')).toBeInTheDocument();
    expect(within(facts).getByText('合格 2 · 不合格 1')).toBeInTheDocument();
    expect(screen.getByText('A → D')).toBeInTheDocument();
    expect(screen.getByText('抽查发现虚报三包索赔，降级')).toBeInTheDocument();
    // 02:00Z is 10:00 in the company's zone.
    expect(screen.getByText('2026-11-20 10:00')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '我的评级' })).toHaveAttribute('aria-current', 'page');
  });

  it('speaks English, and says when nothing was counted or changed', async () => {
    server.use(
      http.get(CARD, () =>
        HttpResponse.json(card({ dealer: { ...card().dealer, grade: 'A' }, flagged: false, gradeHistory: [], approvalRate: { numerator: 0, denominator: 0, rate: null } })),
      ),
    );
    await i18n.changeLanguage('en');
    renderApp('/scorecard');
    expect(await screen.findByRole('heading', { level: 1, name: 'My scorecard' })).toBeInTheDocument();
    expect(screen.getByText(/Top grade: small claims with no finding may be approved at once/)).toBeInTheDocument();
    expect(screen.getByText('Approved').nextSibling).toHaveTextContent('—');
    expect(screen.getByText('Your grade has not been changed.')).toBeInTheDocument();
    expect(screen.queryByText(/spot check of one of your claims failed/)).not.toBeInTheDocument();
  });

  it('offers to try again when the card cannot be loaded', async () => {
    server.use(http.get(CARD, () => HttpResponse.json({ error: { status: 500, code: 'SERVER_ERROR', message: { zh: '服务器错误', en: 'Server error' }, details: {} } }, { status: 500 })));
    renderApp('/scorecard');
    expect(await screen.findByRole('button', { name: /重试|再试/ })).toBeInTheDocument();
  });
});
