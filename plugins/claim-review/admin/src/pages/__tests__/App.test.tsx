import { screen, within } from '@testing-library/react';
import { App } from '../App';
import { renderPage, type Role } from '../../../tests/render';
import { API, HttpResponse, http, server } from '../../../tests/server';
import { queueAnswer } from '../../../tests/fixtures';
import en from '../../translations/en.json';
import zh from '../../translations/zh-Hans.json';
import { SERVICE_TIMELINE_EVENTS } from '../../../../shared';

beforeEach(() => {
  server.use(
    http.get(`${API}/claims`, () => HttpResponse.json(queueAnswer())),
    http.get(`${API}/dealers`, () => HttpResponse.json({ data: [], meta: { pagination: { page: 1, pageSize: 100, pageCount: 0, total: 0 } } })),
  );
});

const links = (role: Role) => {
  renderPage(<App />, { at: '/plugins/claim-review/claims', path: '/plugins/claim-review/*', role });
  return within(screen.getByRole('navigation')).getAllByRole('link').map((a) => a.textContent);
};

describe('pages per role', () => {
  it.each<[Role, string[]]>([
    ['reviewer', ['审核队列', '旧件返回', '经销商评级', '抽查']],
    ['finance', ['审核队列', '费用核销', '质量分析', '经销商评级']],
    ['coordinator', ['审核队列', '质量分析', '来电登记', '派工看板', '回访', '经销商评级']],
    ['admin', ['审核队列', '旧件返回', '费用核销', '配件价目表', '质量分析', '来电登记', '派工看板', '回访', '经销商评级', '抽查']],
  ])('%s sees only the pages of its actions', async (role, expected) => {
    expect(links(role)).toEqual(expected);
    expect(await screen.findByRole('heading', { name: '三包索赔审核队列' })).toBeInTheDocument();
  });

  it('lists the service desk in its own section, without the follow-up worklist for a user who may not call back', () => {
    renderPage(<App />, { at: '/plugins/claim-review/claims', path: '/plugins/claim-review/*', role: 'intakeOnly' });
    const desk = screen.getByRole('region', { name: '服务台' });
    expect(within(desk).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['来电登记', '/plugins/claim-review/service/intake'],
      ['派工看板', '/plugins/claim-review/service/board'],
    ]);
  });

  it('refuses the follow-up worklist to a role without service.follow-up', () => {
    renderPage(<App />, { at: '/plugins/claim-review/service/follow-ups', path: '/plugins/claim-review/*', role: 'finance' });
    expect(screen.getByText('No permissions')).toBeInTheDocument();
  });

  it('refuses a page whose action the role lacks', () => {
    renderPage(<App />, { at: '/plugins/claim-review/price-list', path: '/plugins/claim-review/*', role: 'finance' });
    expect(screen.getByText('No permissions')).toBeInTheDocument();
  });
});

describe('translations', () => {
  it('labels every event a service timeline can hold', () => {
    expect(SERVICE_TIMELINE_EVENTS.filter((e) => !(`service.event.${e}` in en))).toEqual([]);
  });

  it('has every English message in Chinese and no more', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(zh)) {
      // An argument is `{name}` or the head of an ICU plural or select: `{name, plural, …}`.
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
      expect([key, placeholders(text)]).toEqual([key, placeholders(en[key as keyof typeof en])]);
    }
  });
});
