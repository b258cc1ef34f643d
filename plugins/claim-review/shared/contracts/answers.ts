import type { IsoDate } from './money';
import type { ClaimLine, ClaimStatus, ClaimTotals, Usage } from './claim';
import type { Finding } from './findings';

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface ListAnswer<T> {
  data: T[];
  meta: { pagination: Pagination };
}

export interface Me {
  user: { username: string; email: string };
  dealer: { code: string; name: string; tier: number; region: string | null };
}

/** `…Until` dates are the last covered day; every field is null when the unit is not sold or no policy applies. */
export interface Coverage {
  wholeUnitUntil: IsoDate | null;
  mainComponentsUntil: IsoDate | null;
  refundUntil: IsoDate | null;
  replacementUntil: IsoDate | null;
  usageCap: Usage | null;
  registrationDeadline: IsoDate | null;
  /** Household vehicles: 包修期 beyond the 三包 period. */
  warrantyUntil: IsoDate | null;
}

export interface UnitAnswer {
  serial: string;
  model: { code: string; name: string };
  registered: boolean;
  saleDate: IsoDate | null;
  registrationDate: IsoDate | null;
  coverage: Coverage;
  claims: { number: string; status: ClaimStatus; repairDate: IsoDate }[];
}

export interface RegistrationAnswer {
  serial: string;
  registrationDate: IsoDate;
  late: boolean;
}

export interface PrecheckAnswer {
  findings: Finding[];
  lines: ClaimLine[];
  totals: ClaimTotals;
}
