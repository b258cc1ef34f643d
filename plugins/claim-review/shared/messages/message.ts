import type { Bilingual, Locale } from '../contracts/money';
import { CATALOGUE, type MessageKey } from './catalogue';

/** A Bilingual parameter lets one call fill each language with its own words (e.g. a policy's name). */
export type MessageParam = string | number | Bilingual | null | undefined;
export type MessageParams = Record<string, MessageParam>;

function pick(value: MessageParam, locale: Locale): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return value[locale];
  return String(value);
}

/** Unknown placeholders stay visible, so a missing parameter shows in tests rather than as blank text. */
export function interpolate(template: string, params: MessageParams, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => pick(params[name], locale) ?? whole);
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, key);
}

export function message(key: MessageKey, params: MessageParams = {}): Bilingual {
  const t: Bilingual = CATALOGUE[key];
  return { zh: interpolate(t.zh, params, 'zh'), en: interpolate(t.en, params, 'en') };
}
