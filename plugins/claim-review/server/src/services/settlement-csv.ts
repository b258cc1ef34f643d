import type { Core } from '@strapi/strapi';
import type { IsoDate } from '../../../shared';
import { formatYuan } from '../../../shared';
import { numeric, writeCsvDocument } from './csv-writer';
import type { SettlementRow } from './settlement-view';

/** Stable column keys: the ERP maps them once; the README lists them. */
export const CSV_COLUMNS = ['number', 'dealerCode', 'dealerName', 'period', 'issuedDate', 'totalYuan', 'acknowledgedDate'] as const;

/** 123456 fen → "1234.56": two decimals, no grouping, a minus sign for a negative total. */
export const yuanPlain = (fen: number) => formatYuan(fen).replace(/,/g, '');

/**
 * The receivables export of issued settlements for the ERP: one row per notice, the
 * period as an ISO 8601 interval (2026-05-01/2026-05-31), dates as business dates.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async issuedCsv(from?: IsoDate, to?: IsoDate): Promise<string> {
    const rows: Array<{ row: SettlementRow; issuedDate: string; acknowledgedDate: string | null }> = await strapi
      .plugin('claim-review')
      .service('settlements')
      .issuedBetween(from, to);
    return writeCsvDocument(
      [...CSV_COLUMNS],
      rows.map(({ row, issuedDate, acknowledgedDate }) => [
        row.number,
        row.dealerCode,
        row.dealer?.name ?? '',
        `${String(row.periodStart).slice(0, 10)}/${String(row.periodEnd).slice(0, 10)}`,
        issuedDate,
        numeric(yuanPlain(row.total)),
        acknowledgedDate ?? '',
      ]),
    );
  },
});
