import * as React from 'react';
import { useIntl } from 'react-intl';
import type { Bilingual, Fen } from '../../../shared';
import { formatYuan } from '../../../shared';
import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

export type MessageKey = keyof typeof en;
export type Values = Record<string, string | number | React.ReactNode>;

export const getTranslation = (key: string) => `${PLUGIN_ID}.${key}`;

/** "zh" for the admin's Chinese locales, else "en": which side of a server's Bilingual to show. */
export const langOf = (locale: string): 'zh' | 'en' => (locale.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/**
 * The plugin's messages, English as the fallback; also the server's bilingual texts
 * (findings, errors) in the admin's language, money and dates.
 */
export function useT() {
  const intl = useIntl();
  return React.useMemo(() => {
    const lang = langOf(intl.locale);
    const t = (key: MessageKey, values?: Values) =>
      intl.formatMessage({ id: getTranslation(key), defaultMessage: en[key] }, values as Record<string, string>) as string;
    const pick = (text: Bilingual | null | undefined) => (text ? text[lang] || text.zh || text.en : '');
    const money = (fen: Fen | null | undefined) => (fen === null || fen === undefined ? '—' : formatYuan(fen, { symbol: true }));
    const dateTime = (iso: string | null | undefined) =>
      iso ? intl.formatDate(iso, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }) : '—';
    const has = (key: string) => Object.prototype.hasOwnProperty.call(en, key);
    /** A key built from data (a status, an action) that may be unknown to this build. */
    const tAny = (key: string, fallback: string) => (has(key) ? t(key as MessageKey) : fallback);
    return { t, tAny, pick, money, dateTime, lang, locale: intl.locale };
  }, [intl]);
}

/** Hours as "5 h" / "2 d 3 h" (or 小时 / 天), for SLA timers. */
export function useDuration() {
  const { t } = useT();
  return (hours: number) => {
    const h = Math.max(0, Math.round(hours));
    if (h < 48) return t('duration.hours', { hours: h });
    return t('duration.days', { days: Math.floor(h / 24), hours: h % 24 });
  };
}
