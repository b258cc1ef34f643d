import type { ListAnswer } from '@shared/contracts/answers';
import type { ComplaintChannel, ComplaintSeverity, ComplaintStatus, ComplaintSubject } from '@shared/service';
import { request } from './client';

/** Complaints (投诉) that count against the dealer: read-only, the complainant's phone masked (docs/api.md "Complaints"). */
export interface DealerComplaint {
  number: string;
  status: ComplaintStatus;
  channel: ComplaintChannel;
  severity: ComplaintSeverity;
  subject: { kind: ComplaintSubject };
  complainant: { name: string; phone: string };
  description: string;
  receivedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
}

export const complaintsApi = {
  list: (query: { page?: number; pageSize?: number }, signal?: AbortSignal) =>
    request<ListAnswer<DealerComplaint>>('GET', '/api/claim-review/complaints', { query: { ...query }, signal }),
};
