/** Integer minor units (分). A float never holds money anywhere in Sanbao. */
export type Fen = number;

/** Tenths of an hour as an integer, so 1.5 h is 15 and sums stay exact. */
export type HoursTenths = number;

/** A business date `YYYY-MM-DD`, with no time and no zone. */
export type IsoDate = string;

/** An instant, ISO 8601 with zone (what `Date#toISOString` gives). */
export type IsoDateTime = string;

export type Locale = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}
