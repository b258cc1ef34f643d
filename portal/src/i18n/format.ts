import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Fen, IsoDateTime } from '@shared/contracts/money';
import { formatYuan } from '@shared/pricing/fen';

const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/**
 * Every number and date the portal shows goes through here, so both languages agree:
 * money from integer fen (string math in the shared core, never a float), business dates
 * as the server sends them (YYYY-MM-DD), instants in the company's zone.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';

  const stamp = useMemo(
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: BUSINESS_TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    [],
  );

  const dateTime = useCallback(
    (iso: IsoDateTime | null | undefined): string => {
      if (!iso) return '—';
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return iso;
      const p: Record<string, string> = {};
      for (const part of stamp.formatToParts(d)) p[part.type] = part.value;
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    },
    [stamp],
  );

  return useMemo(
    () => ({
      english,
      money: (fen: Fen | null | undefined): string => (fen === null || fen === undefined ? '—' : formatYuan(fen, { symbol: true })),
      date: (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '—'),
      dateTime,
      text: (b: Bilingual | null | undefined): string => (b ? (english ? b.en : b.zh) : ''),
      /** Master data names its records in Chinese (`name`) and optionally in English (`nameEn`). */
      name: (r: { name: string; nameEn?: string | null } | null | undefined): string => (r ? (english && r.nameEn ? r.nameEn : r.name) : ''),
      /** Labour hours carry one decimal; a whole number shows without one. */
      hours: (h: number | null | undefined): string => (h === null || h === undefined ? '—' : String(h)),
    }),
    [english, dateTime],
  );
}

export type Format = ReturnType<typeof useFormat>;
