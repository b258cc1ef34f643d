import type { ComplaintChannel, ComplaintDocument, ComplaintSeverity, ComplaintStatus, ComplaintSubject, IsoDateTime, Pagination, ServiceTimer } from '../../../shared';

/** Complaints (投诉) as the staff API answers them (docs/api.md, "Complaints"). */
export type { ComplaintChannel, ComplaintDocument, ComplaintSeverity, ComplaintStatus, ComplaintSubject };

export interface ComplaintSummary {
  number: string;
  status: ComplaintStatus;
  version: number;
  channel: ComplaintChannel;
  severity: ComplaintSeverity;
  subject: { kind: ComplaintSubject; code: string };
  dealer: { code: string; name: string } | null;
  links: { serviceRequest: string | null; claim: string | null; unit: string | null };
  complainant: { name: string; phone: string };
  description: string;
  receivedAt: IsoDateTime;
  owner: { id: number | null; name: string | null };
  mine: boolean;
  timer: ServiceTimer;
  readOnly: boolean;
}

export interface ComplaintNotice {
  id: number;
  complaint: string;
  department: { code: string; zh: string; en: string };
  note: string | null;
  sentAt: IsoDateTime;
  sentBy: { name: string };
  email: { to: string[]; status: 'pending' | 'sent' | 'not_sent' | 'failed' };
  read: { at: IsoDateTime; by: { name: string } } | null;
}

export interface ComplaintView extends ComplaintSummary {
  model: string | null;
  fromFollowUp: boolean;
  allowedEvents: string[];
  resolution: { text: string; at: IsoDateTime; documents: number[] } | null;
  closedAt: IsoDateTime | null;
  documents: ComplaintDocument[];
  notices: ComplaintNotice[];
  departments: Array<{ code: string; zh: string; en: string }>;
  timeline: Array<{ at: IsoDateTime; event: string; from: string | null; to: string | null; actor: { kind: string; name: string }; note: string | null }>;
}

export interface ComplaintList<T> {
  data: T[];
  meta: { pagination: Pagination };
}

export interface NoticeInbox extends ComplaintList<ComplaintNotice> {
  unread: number;
}
