import {
  addDays,
  addMonths,
  differenceInBusinessDays,
  differenceInCalendarDays,
} from 'date-fns';
import type { IsoDate } from '../contracts/money';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A real calendar date `YYYY-MM-DD` (no 30 February, no 2023-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(date: IsoDate): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${String(date)}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Local noon, so neither a DST jump (which happens around midnight) nor the host's
 * zone can move the calendar day date-fns works on. setFullYear keeps years < 100 literal.
 */
function toLocalNoon(date: IsoDate): Date {
  const [y, m, d] = parts(date);
  const dt = new Date(2000, 0, 1, 12, 0, 0, 0);
  dt.setFullYear(y, m - 1, d);
  return dt;
}

function fromLocal(dt: Date): IsoDate {
  const y = String(dt.getFullYear()).padStart(4, '0');
  const m = String(dt.getMonth() + 1).padStart(2, '0');
  const d = String(dt.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return fromLocal(addDays(toLocalNoon(date), days));
}

/** date-fns clamps to the month's last day, which is what Civil Code art. 201 asks for. */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return fromLocal(addMonths(toLocalNoon(date), months));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalNoon(to), toLocalNoon(from));
}

/** Monday–Friday days after `from` up to and including `to`; public holidays are not known here. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInBusinessDays(toLocalNoon(to), toLocalNoon(from));
}

/** 1–12. */
export function monthOf(date: IsoDate): number {
  return parts(date)[1];
}

/** ISO strings of equal length order like the dates they name. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
