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

/** The days of a calendar, without its hours: what decides whether a date is worked. */
export type RestDayCalendar = Pick<WorkingCalendar, 'weekdays' | 'holidays' | 'workdays'>;

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

const DAY = 86_400_000;
const epochDay = (date: IsoDate) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
};
/** 1 January 1970 was a Thursday (ISO 4). */
const weekdayOfEpochDay = (day: number) => (((day + 3) % 7) + 7) % 7 + 1;

export function isWorkingDay(date: IsoDate, calendar: RestDayCalendar): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  return calendar.weekdays.includes(weekdayOfEpochDay(epochDay(date)));
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

/**
 * The office hours of one local date as [start, end) instants, whether or not the day is
 * worked. Memoised per periods list, zone and date: a queue page times claims that are
 * months old, and each day costs two Intl look-ups otherwise.
 */
const boundsMemo = new WeakMap<WorkingCalendar['periods'], Map<string, Array<[number, number]>>>();
const MEMO_LIMIT = 50_000;

function boundsOn(date: IsoDate, calendar: WorkingCalendar): Array<[number, number]> {
  let byDay = boundsMemo.get(calendar.periods);
  if (!byDay) boundsMemo.set(calendar.periods, (byDay = new Map()));
  const key = `${calendar.timeZone}|${date}`;
  let bounds = byDay.get(key);
  if (!bounds) {
    const [y, m, d] = date.split('-').map(Number);
    const noon = Date.UTC(y, m - 1, d, 12);
    // Offsets change at night where they change at all: the day's noon offset serves its office hours.
    const offset = zoneOffset(noon - zoneOffset(noon, calendar.timeZone), calendar.timeZone);
    const at = (clock: string) => Date.UTC(y, m - 1, d) + minutesOf(clock) * 60_000 - offset;
    bounds = calendar.periods.map(([from, to]) => [at(from), at(to)]);
    if (byDay.size >= MEMO_LIMIT) byDay.clear();
    byDay.set(key, bounds);
  }
  return bounds;
}

/** The working periods of one local date; none on a day off. */
function periodsOn(date: IsoDate, calendar: WorkingCalendar): Array<[number, number]> {
  return isWorkingDay(date, calendar) ? boundsOn(date, calendar) : [];
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


/** Working days from one date to another, both included, without walking the days between. */
function workingDaysIn(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  const first = epochDay(from);
  const last = epochDay(to);
  if (last < first) return 0;
  const span = last - first + 1;
  const weeks = Math.floor(span / 7);
  let count = weeks * calendar.weekdays.length;
  for (let day = first + weeks * 7; day <= last; day += 1) if (calendar.weekdays.includes(weekdayOfEpochDay(day))) count += 1;
  for (const holiday of calendar.holidays) {
    const day = epochDay(holiday);
    if (day >= first && day <= last && calendar.weekdays.includes(weekdayOfEpochDay(day)) && !calendar.workdays.includes(holiday)) count -= 1;
  }
  for (const workday of calendar.workdays) {
    const day = epochDay(workday);
    if (day >= first && day <= last && !calendar.weekdays.includes(weekdayOfEpochDay(day))) count += 1;
  }
  return count;
}

/**
 * Working days after `from` up to and including `to` in the office calendar: public
 * holidays off and make-up days (调休) on. 0 when `to` is not after `from`.
 */
export function workingDaysAfter(from: IsoDate, to: IsoDate, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): number {
  return workingDaysIn(addDaysIso(from, 1), to, calendar);
}

/** Working time of one day's periods that falls between two instants. */
function overlapOn(date: IsoDate, from: number, to: number, calendar: WorkingCalendar): number {
  let total = 0;
  for (const [a, b] of periodsOn(date, calendar)) {
    const s = Math.max(a, from);
    const e = Math.min(b, to);
    if (e > s) total += e - s;
  }
  return total;
}

/**
 * Working time between two instants, in ms (0 when `end` is not after `start`): the first
 * and last days by their periods, the whole days between by counting working days, so a
 * claim that has waited a year costs no more than one that has waited a day.
 */
export function workingMsBetween(start: Date, end: Date, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): number {
  const from = start.getTime();
  const to = end.getTime();
  if (to <= from) return 0;
  const firstDate = businessDate(start, calendar.timeZone);
  const lastDate = businessDate(end, calendar.timeZone);
  if (firstDate === lastDate) return overlapOn(firstDate, from, to, calendar);
  // Office periods are wall-clock times: a working day holds the same time whatever the date.
  const dayMs = calendar.periods.reduce((sum, [a, b]) => sum + (minutesOf(b) - minutesOf(a)) * 60_000, 0);
  const between = workingDaysIn(addDaysIso(firstDate, 1), addDaysIso(lastDate, -1), calendar);
  return overlapOn(firstDate, from, Infinity, calendar) + between * dayMs + overlapOn(lastDate, -Infinity, to, calendar);
}
