import type { DealerScorecard } from '@shared/scorecard';
import { request } from './client';

/** The dealer's own scorecard (docs/api.md, Dealer scorecards): the caller's, never another dealer's. */
export type { DealerScorecard } from '@shared/scorecard';

export const scorecardApi = {
  mine: (signal?: AbortSignal) => request<DealerScorecard>('GET', '/api/claim-review/scorecard', { signal }),
};
