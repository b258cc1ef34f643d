import { act, renderHook } from '@testing-library/react';
import i18n from '..';
import en from '../en.json';
import zhCN from '../zh-CN.json';
import { useFormat } from '../format';
import { SERVICE_TIMELINE_EVENTS } from '@shared/service';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(one|other)$/, '')}`],
  );
}

describe('i18n', () => {
  it('has the same keys in Chinese and English', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(zhCN))].sort());
  });

  it('labels every event of a work order timeline, in both languages', () => {
    for (const messages of [en, zhCN]) {
      expect(SERVICE_TIMELINE_EVENTS.filter((e) => !(e in messages.workOrders.events))).toEqual([]);
    }
  });

  it('defaults to zh-CN whatever the browser says', () => {
    expect(i18n.language).toBe('zh-CN');
  });

  it('formats fen as yuan with two decimals and instants in the company zone, in both languages', async () => {
    const { result, rerender } = renderHook(() => useFormat());
    expect(result.current.money(123450)).toBe('¥1,234.50');
    expect(result.current.money(-5)).toBe('-¥0.05');
    expect(result.current.money(null)).toBe('—');
    expect(result.current.dateTime('2024-12-31T16:30:00.000Z')).toBe('2025-01-01 00:30');
    expect(result.current.text({ zh: '错误', en: 'Error' })).toBe('错误');
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    rerender();
    expect(result.current.money(123450)).toBe('¥1,234.50');
    expect(result.current.text({ zh: '错误', en: 'Error' })).toBe('Error');
  });
});
