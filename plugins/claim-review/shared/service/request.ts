import * as z from 'zod';
import { LIMITS, code, isoDate, name, optionalText, plainString, text } from '../schemas/primitives';
import { instant, phone } from './primitives';

/** How the call came in (seed 000: 来电、来信、来访), and the dealer portal. */
export const SERVICE_CHANNELS = ['phone', 'letter', 'visit', 'portal'] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

export const serviceAddressSchema = z.object({
  /** Province / city / district as the caller names it: what a dealer still sees once the order is closed. */
  region: name(),
  line: plainString().trim().min(1).max(LIMITS.address),
});

/**
 * The unit by its serial (model, sale date and coverage come from its record), or,
 * when the caller has none at hand, its model and purchase date.
 */
export const serviceUnitSchema = z
  .object({
    serial: code().nullish(),
    model: code().nullish(),
    purchaseDate: isoDate().nullish(),
  })
  .superRefine((unit, ctx) => {
    if (unit.serial) return;
    if (!unit.model) ctx.addIssue({ code: 'custom', path: ['model'], message: 'required' });
    if (!unit.purchaseDate) ctx.addIssue({ code: 'custom', path: ['purchaseDate'], message: 'required' });
  });

/** 产品售后服务登记表: the caller, the unit, the symptom, when the call came in. Who took it is the signed-in user. */
export const serviceRequestInputSchema = z.object({
  channel: z.enum(SERVICE_CHANNELS),
  caller: z.object({
    name: name(),
    phone: phone(),
    address: serviceAddressSchema,
  }),
  unit: serviceUnitSchema,
  symptom: text(),
  receivedAt: instant(),
});

export type ServiceRequestInput = z.output<typeof serviceRequestInputSchema>;

/** The triage of a received (or reopened) request. */
export const triageInputSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('guidance'), note: text() }),
  // The dealer by its code, as everywhere in the API (docs/api.md: dealers are named by code).
  z.object({ outcome: z.literal('dispatch'), dealer: code(), note: optionalText() }),
  z.object({ outcome: z.literal('closed'), reason: text() }),
]);

export type TriageInput = z.output<typeof triageInputSchema>;

const NUMBER = /^SR-(\d{4})(0[1-9]|1[0-2])-(\d{5})$/;
const MAX_COUNTER = 99_999;

/**
 * SR-202612-00042: the month of the business date it was received and that month's
 * counter, formatted as claim numbers are (CR-YYYYMM-NNNNN).
 */
export function serviceRequestNumber(businessDate: string, counter: number): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(businessDate);
  if (!m) throw new RangeError(`not a business date: ${businessDate}`);
  if (!Number.isInteger(counter) || counter < 1 || counter > MAX_COUNTER) throw new RangeError(`counter out of range: ${counter}`);
  return `SR-${m[1]}${m[2]}-${String(counter).padStart(5, '0')}`;
}

export function isServiceRequestNumber(value: string): boolean {
  return NUMBER.test(value);
}

export type DealerSuggestion = { dealer: string; basis: 'selling_dealer' | 'region' } | null;

/**
 * Who gets the work order, as a suggestion the coordinator may change: the dealer who
 * sold the unit, if it may still take work; otherwise the first dealer serving the
 * caller's region (the server orders them, e.g. by open workload).
 */
export function suggestDealer(sellingDealer: string | null | undefined, activeDealers: readonly string[], regionDealers: readonly string[]): DealerSuggestion {
  if (sellingDealer && activeDealers.includes(sellingDealer)) return { dealer: sellingDealer, basis: 'selling_dealer' };
  const inRegion = regionDealers.find((c) => activeDealers.includes(c));
  return inRegion ? { dealer: inRegion, basis: 'region' } : null;
}
