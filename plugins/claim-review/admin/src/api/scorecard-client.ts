import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DealerGrade, DealerScorecard, DealerScorecardRow, GradeChangeAnswer, ListAnswer, SpotCheckAnswer } from '../../../shared';
import { withQuery } from './client';

type Params = Record<string, string | number | boolean | null | undefined>;
const seg = (value: string) => encodeURIComponent(value);

export type ScorecardList = ListAnswer<DealerScorecardRow> & { meta: { period: { from: string; to: string } } };

/** Dealer scorecards' staff API (docs/api.md, Dealer scorecards) through the admin's authenticated fetch client. */
export function useScorecardApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (params: Params) => (await get<ScorecardList>(withQuery('/scorecards', params))).data,
      card: async (code: string, params: Params = {}) => (await get<DealerScorecard>(withQuery(`/scorecards/${seg(code)}`, params))).data,
      setGrade: async (code: string, body: { grade: DealerGrade; reason: string }) =>
        (await post<{ dealer: string; grade: DealerGrade; history: GradeChangeAnswer[] }>(withQuery(`/dealers/${seg(code)}/grade`), body)).data,
      spotChecks: async (params: Params) => (await get<ListAnswer<SpotCheckAnswer>>(withQuery('/spot-checks', params))).data,
      decideSpotCheck: async (id: number, body: { result: 'passed' | 'failed'; note?: string }) =>
        (await post<SpotCheckAnswer>(withQuery(`/spot-checks/${id}/decision`), body)).data,
    }),
    [get, post],
  );
}
