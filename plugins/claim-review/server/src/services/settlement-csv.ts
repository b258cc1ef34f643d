import type { Core } from '@strapi/strapi';
import type { IsoDate } from '../../../shared';
import { formatYuan } from '../../../shared';

/** Excel reads a UTF-8 file as the local code page unless it starts with the BOM. */
const BOM = '\uFEFF';

/** Stable column keys: the ERP maps them once; the README lists them. */
export const CSV_COLUMNS = ['number', 'dealerCode', 'dealerName', 'period', 'issuedDate', 'totalYuan', 'acknowledgedDate'] as const;

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is defused with a leading quote. */
function cell(value: string, { text }: { text: boolean }): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 123456 fen → "1234.56": two decimals, no grouping, a minus sign for a negative total. */
export const yuanPlain = (fen: number) => formatYuan(fen).replace(/,/g, '');

/**
 * The receivables export of issued settlements for the ERP: one row per notice, the
 * period as an ISO 8601 interval (2026-05-01/2026-05-31), dates as business dates.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async issuedCsv(from?: IsoDate, to?: IsoDate): Promise<string> {
    const rows = await strapi.plugin('claim-review').service('settlements').issuedBetween(from, to);
    const lines = [CSV_COLUMNS.join(',')];
    for (const { row, issuedDate, acknowledgedDate } of rows) {
      lines.push(
        [
          cell(row.number, { text: true }),
          cell(row.dealerCode, { text: true }),
          cell(row.dealer?.name ?? '', { text: true }),
          `${String(row.periodStart).slice(0, 10)}/${String(row.periodEnd).slice(0, 10)}`,
          issuedDate,
          yuanPlain(row.total),
          acknowledgedDate ?? '',
        ].join(','),
      );
    }
    return `${BOM}${lines.join('\r\n')}\r\n`;
  },
});
