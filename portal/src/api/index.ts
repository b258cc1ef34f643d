import type {
  ListAnswer,
  Me,
  PrecheckAnswer,
  RegistrationAnswer,
  UnitAnswer,
} from '@shared/contracts/answers';
import type { Claim, ClaimLine, ClaimStatus, ClaimSummary } from '@shared/contracts/claim';
import type { Quote } from '@shared/contracts/quote';
import type { Settlement } from '@shared/contracts/settlement';
import type { Shipment } from '@shared/contracts/shipment';
import type { IsoDateTime } from '@shared/contracts/money';
import type { ClaimInput, QuoteInput, RegistrationInput, ShipmentInput } from '@shared/contracts/inputs';
import { request, requestBlob } from './client';

/** The typed dealer API of docs/api.md ("Dealer API"), base /api/claim-review. */

const BASE = '/api/claim-review';

/**
 * Photos are not in docs/api.md's Claim yet; the portal reads them from `attachments` on the
 * claim answer (see the portal's report for the fields it expects).
 */
export interface Attachment {
  id: string | number;
  name: string;
  mime: string;
  size: number;
  url: string;
  createdAt?: IsoDateTime;
}

/**
 * The server adds to part lines: `mustReturn` (the part goes back to the manufacturer,
 * 旧件返回) and `causal` (the part that caused the failure, as the dealer declared it).
 */
export type PortalClaimLine = ClaimLine & { mustReturn?: boolean; causal?: boolean };

export type PortalClaim = Omit<Claim, 'lines'> & { lines: PortalClaimLine[]; attachments?: Attachment[] };

/**
 * GET /units/:serial as the server answers it: docs/api.md's fields plus the model's English
 * name and main components (the codes `fault.component` is matched against), and the
 * warranty-card deadline in days of the policy in force (for an unsold unit, today's).
 */
export type PortalUnit = Omit<UnitAnswer, 'model'> & {
  model: UnitAnswer['model'] & { nameEn?: string | null; mainComponents?: string[] };
  registrationDays?: number | null;
  registrationLate?: boolean;
};

export interface SignInAnswer {
  jwt: string;
  user: { id: number; username: string; email: string };
}

export interface ClaimListQuery {
  status?: ClaimStatus | '';
  q?: string;
  page?: number;
  pageSize?: number;
}

export type { ClaimInput, QuoteInput, RegistrationInput, ShipmentInput };

const enc = encodeURIComponent;

function ifMatch(version: number | undefined): Record<string, string> {
  return version ? { 'If-Match': String(version) } : {};
}

// Dealer portal reference (issue #18): what the pickers offer, and the dealer's own units.
export interface ModelPart {
  number: string;
  name: string;
  nameEn: string | null;
  category: 'standard' | 'wear' | 'main_component' | 'core';
  component: string | null;
  core: boolean;
  mustReturn: boolean;
  dealerPrice: number | null;
  guidePrice: number | null;
}
export interface ModelOperation {
  code: string;
  description: string | null;
  descriptionEn: string | null;
  standardHours: number;
  model: string | null;
}
export interface ModelComponent {
  code: string;
  name: string;
  nameEn: string;
  main: boolean;
}
export interface ModelReference {
  model: { code: string; name: string; nameEn: string | null };
  date: string;
  components: ModelComponent[];
  parts: ModelPart[];
  operations: ModelOperation[];
}
export interface ModelSummary {
  code: string;
  name: string;
  nameEn: string | null;
}
export interface UnitSummary {
  serial: string;
  model: ModelSummary;
  buildDate: string | null;
  registered: boolean;
  saleDate: string | null;
  registrationDate: string | null;
}

export const api = {
  signIn: (identifier: string, password: string) =>
    request<SignInAnswer>('POST', '/api/auth/local', { body: { identifier, password } }),

  me: (signal?: AbortSignal) => request<Me>('GET', `${BASE}/me`, { signal }),

  /** users-permissions' own route; the answer carries a new token (the old one is refused from now on). */
  changePassword: (currentPassword: string, password: string) =>
    request<SignInAnswer>('POST', '/api/auth/change-password', { body: { currentPassword, password, passwordConfirmation: password } }),

  /** Ends every session of the account on the server; `token` is sent even though the session already dropped it. */
  logout: (token: string) => request<void>('POST', `${BASE}/logout`, { headers: { Authorization: `Bearer ${token}` } }),

  unit: (serial: string, signal?: AbortSignal) =>
    request<PortalUnit>('GET', `${BASE}/units/${enc(serial)}`, { signal }),

  register: (input: RegistrationInput) =>
    request<RegistrationAnswer>('POST', `${BASE}/registrations`, { body: input }),

  precheck: (input: ClaimInput, signal?: AbortSignal) =>
    request<PrecheckAnswer>('POST', `${BASE}/claims/precheck`, { body: input, signal }),

  /** The key makes a double click or a retry answer the first claim instead of filing twice. */
  createClaim: (input: ClaimInput, opts: { submit: boolean; idempotencyKey: string }) =>
    request<PortalClaim>('POST', `${BASE}/claims`, {
      body: { ...input, submit: opts.submit },
      headers: { 'Idempotency-Key': opts.idempotencyKey },
    }),

  claims: (query: ClaimListQuery, signal?: AbortSignal) =>
    request<ListAnswer<ClaimSummary>>('GET', `${BASE}/claims`, { query: { ...query }, signal }),

  claim: (number: string, signal?: AbortSignal) =>
    request<PortalClaim>('GET', `${BASE}/claims/${enc(number)}`, { signal }),

  /** `version` goes out as If-Match, so an edit never overwrites a change made meanwhile. */
  updateClaim: (number: string, input: ClaimInput, version?: number) =>
    request<PortalClaim>('PUT', `${BASE}/claims/${enc(number)}`, { body: input, headers: ifMatch(version) }),

  deleteClaim: (number: string) => request<void>('DELETE', `${BASE}/claims/${enc(number)}`),

  submitClaim: (number: string, version?: number) =>
    request<PortalClaim>('POST', `${BASE}/claims/${enc(number)}/submit`, { headers: ifMatch(version) }),

  answer: (number: string, message: string) =>
    request<PortalClaim>('POST', `${BASE}/claims/${enc(number)}/answers`, { body: { message } }),

  /**
   * Answers the whole claim, version bumped, so the page shows it without a reload. No
   * If-Match: the server refuses by state alone, and a removal overwrites nothing.
   */
  removeAttachment: (number: string, id: Attachment['id']) =>
    request<PortalClaim>('DELETE', `${BASE}/claims/${enc(number)}/attachments/${enc(String(id))}`),

  createShipment: (input: ShipmentInput) => request<Shipment>('POST', `${BASE}/shipments`, { body: input }),

  shipments: (query: { page?: number; pageSize?: number } = {}, signal?: AbortSignal) =>
    request<ListAnswer<Shipment>>('GET', `${BASE}/shipments`, { query, signal }),

  settlements: (query: { page?: number; pageSize?: number } = {}, signal?: AbortSignal) =>
    request<ListAnswer<Settlement>>('GET', `${BASE}/settlements`, { query, signal }),

  settlement: (number: string, signal?: AbortSignal) =>
    request<Settlement>('GET', `${BASE}/settlements/${enc(number)}`, { signal }),

  settlementPdf: (number: string) => requestBlob(`${BASE}/settlements/${enc(number)}/pdf`),

  acknowledge: (number: string) =>
    request<Settlement>('POST', `${BASE}/settlements/${enc(number)}/acknowledge`),

  quote: (input: QuoteInput) => request<Quote>('POST', `${BASE}/quotes`, { body: input }),
  /** The same quote as the bilingual PDF the server renders (服务收费单), priced again from the input. */
  quotePdf: (input: QuoteInput) => requestBlob(`${BASE}/quotes/pdf`, { body: input }, 'POST'),

  // Dealer portal reference (issue #18).
  models: (signal?: AbortSignal) => request<{ data: ModelSummary[] }>('GET', `${BASE}/models`, { signal }),
  modelReference: (code: string, date?: string, signal?: AbortSignal) =>
    request<ModelReference>('GET', `${BASE}/models/${enc(code)}/reference`, { query: date ? { date } : {}, signal }),
  units: (query: { registered?: 'true' | 'false' | ''; q?: string; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    request<ListAnswer<UnitSummary>>('GET', `${BASE}/units`, { query: { ...query }, signal }),
};

export function attachmentsUrl(number: string): string {
  return `${BASE}/claims/${enc(number)}/attachments`;
}
