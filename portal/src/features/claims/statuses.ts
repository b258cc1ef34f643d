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

/** docs/api.md: PUT only in draft or info_requested. */
export const EDITABLE: ReadonlySet<ClaimStatus> = new Set(['draft', 'info_requested']);

/**
 * A saved photo can be taken back only while the claim is the dealer's to edit: once the
 * reviewer is deciding, the evidence in front of them must not change (the server refuses).
 */
export const PHOTO_REMOVABLE: ReadonlySet<ClaimStatus> = new Set(['draft', 'info_requested']);
