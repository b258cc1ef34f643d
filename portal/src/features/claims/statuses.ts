import type { ClaimStatus } from '@shared/contracts/claim';

/** In the order a claim lives them, which is the order the filter offers them. */
export const CLAIM_STATUSES: ClaimStatus[] = [
  'draft',
  'submitted',
  'in_review',
  'info_requested',
  'approved',
  'partially_approved',
  'awaiting_parts',
  'ready_to_settle',
  'settled',
  'rejected',
];

/** API.md: PUT only in draft or info_requested. */
export const EDITABLE: ReadonlySet<ClaimStatus> = new Set(['draft', 'info_requested']);
