/** Display formatting for the PDFs. Money stays integer fen until it becomes text. */
import { formatYuan } from '../../../shared/pricing/fen';

export function assertFen(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(`${what} must be an integer amount in fen, got ${value}`);
  }
}

/** "1,234,567.89" from integer fen: the shared helper, so the PDF and the portal agree. */
export { formatYuan };

/** Signed form for adjustments, where "+" tells the reader the dealer is credited. */
export function formatSignedYuan(fen: number): string {
  return fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen);
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `YYYY-MM-DD` as given; an instant becomes its calendar date in China (UTC+8, no DST),
 * so a notice issued at 2025-01-31T20:00Z reads 2025-02-01 as the finance office saw it.
 */
export function formatDate(value: string): string {
  if (DATE_ONLY.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new TypeError(`not a date: ${JSON.stringify(value)}`);
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant for PDF metadata; a date-only value is taken as midnight in China. */
export function toInstant(value: string): Date {
  const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00+08:00` : value);
  if (Number.isNaN(ms)) throw new TypeError(`not a date: ${JSON.stringify(value)}`);
  return new Date(ms);
}

/** Quantities and hours are not money: trim to at most two decimals for display. */
export function formatQuantity(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded);
}
