import type { IsoDate } from '../contracts/money';
import { addDaysIso } from './date-only';
import { businessDate, DEFAULT_TIME_ZONE } from './business-date';

/**
 * The office calendar service levels run on ("review within 48 working hours"): working
 * periods of the local day, the working weekdays, public holidays off and make-up days
 * (调休) on. Wall-clock times are read in `timeZone`, so a reviewer in Shanghai and a
 * server in UTC agree on when 17:30 is.
 */
export interface WorkingCalendar {
  timeZone: string;
  /** Local 'HH:MM' start and end of each working period of a working day, in order. */
  periods: ReadonlyArray<readonly [string, string]>;
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** Dates off although their weekday is worked (法定节假日). */
  holidays: readonly IsoDate[];
  /** Dates worked although their weekday is not (调休上班). */
  workdays: readonly IsoDate[];
}

/** 8 hours a day, Monday to Friday, with a lunch break: the company office of the seeds. */
export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = {
  timeZone: DEFAULT_TIME_ZONE,
  periods: [
    ['08:30', '12:00'],
    ['13:00', '17:30'],
  ],
  weekdays: [1, 2, 3, 4, 5],
  holidays: [],
  workdays: [],
};

const HOUR = 3_600_000;
/** Ten years of days: far beyond any service level, and a guard against a calendar with no working time. */
const MAX_DAYS = 3660;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Why a calendar cannot be used, or null. Start-up reports it instead of hanging on it. */
export function calendarProblem(calendar: WorkingCalendar): string | null {
  if (calendar.periods.length === 0) return 'a working day needs at least one period';
  let previousEnd = -1;
  for (const [from, to] of calendar.periods) {
    if (!CLOCK.test(from) || !CLOCK.test(to)) return `period ${from}–${to} is not HH:MM–HH:MM`;
    const a = minutesOf(from);
    const b = minutesOf(to);
    if (b <= a || a < previousEnd) return `periods must be in order and not overlap (${from}–${to})`;
    previousEnd = b;
  }
  if (calendar.weekdays.length === 0 && calendar.workdays.length === 0) return 'no weekday is worked';
  if (calendar.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return 'weekdays are 1 (Monday) to 7 (Sunday)';
  return null;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

function isoWeekday(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  return calendar.weekdays.includes(isoWeekday(date));
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in ms at an instant (DST-aware through Intl). */
function zoneOffset(instant: number, timeZone: string): number {
  let fmt = offsetFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormats.set(timeZone, fmt);
  }
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(instant))) p[part.type] = Number(part.value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** The working periods of one local date as [start, end) instants; none on a day off. */
function periodsOn(date: IsoDate, calendar: WorkingCalendar): Array<[number, number]> {
  if (!isWorkingDay(date, calendar)) return [];
  const [y, m, d] = date.split('-').map(Number);
  const noon = Date.UTC(y, m - 1, d, 12);
  // Offsets change at night where they change at all: the day's noon offset serves its office hours.
  const offset = zoneOffset(noon - zoneOffset(noon, calendar.timeZone), calendar.timeZone);
  const at = (clock: string) => Date.UTC(y, m - 1, d) + minutesOf(clock) * 60_000 - offset;
  return calendar.periods.map(([from, to]) => [at(from), at(to)]);
}

/** The instant `hours` of working time after `start`; a period's end counts as within it. */
export function addWorkingHours(start: Date, hours: number, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): Date {
  let remaining = Math.round(hours * HOUR);
  const from = start.getTime();
  if (remaining <= 0) return new Date(from);
  let date = businessDate(start, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i += 1, date = addDaysIso(date, 1)) {
    for (const [a, b] of periodsOn(date, calendar)) {
      if (b <= from) continue;
      const s = Math.max(a, from);
      if (remaining <= b - s) return new Date(s + remaining);
      remaining -= b - s;
    }
  }
  throw new Error('The working calendar has no working time in ten years.');
}

/** Working time between two instants, in ms (0 when `end` is not after `start`). */
export function workingMsBetween(start: Date, end: Date, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): number {
  const from = start.getTime();
  const to = end.getTime();
  if (to <= from) return 0;
  let total = 0;
  let date = businessDate(start, calendar.timeZone);
  const last = businessDate(end, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS && date <= last; i += 1, date = addDaysIso(date, 1)) {
    for (const [a, b] of periodsOn(date, calendar)) {
      const s = Math.max(a, from);
      const e = Math.min(b, to);
      if (e > s) total += e - s;
    }
  }
  return total;
}
