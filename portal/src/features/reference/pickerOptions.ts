import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelReference, ModelSummary } from '../../api';
import { useFormat } from '../../i18n/format';
import type { ComboOption } from '../../ui/Combobox';

/**
 * The pickers' options in the page's language; each is also found by its name in the
 * other language, so "后桥" and "rear axle" both find `rear_axle`.
 */
export function usePickerOptions(ref: ModelReference | null, price: 'dealer' | 'guide' = 'dealer') {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const en = i18n.language.startsWith('en');
  return useMemo(() => {
    const pick = (zh: string | null, english: string | null) => (en ? english || zh : zh || english) ?? '';
    const other = (zh: string | null, english: string | null) => (en ? zh : english);
    const components: ComboOption[] = (ref?.components ?? []).map((c) => ({
      value: c.code,
      label: pick(c.name, c.nameEn),
      keywords: [other(c.name, c.nameEn)],
      detail: c.main ? t('picker.mainComponent') : undefined,
    }));
    const parts: ComboOption[] = (ref?.parts ?? []).map((p) => {
      const amount = price === 'dealer' ? p.dealerPrice : p.guidePrice;
      const facts = [
        p.core ? t('picker.core') : amount === null ? t('picker.noPrice') : fmt.money(amount),
        p.mustReturn ? t('lines.mustReturn') : null,
        other(p.name, p.nameEn),
      ].filter(Boolean);
      return { value: p.number, label: pick(p.name, p.nameEn), keywords: [other(p.name, p.nameEn), p.component], detail: facts.join(' · '), warn: p.core };
    });
    const operations: ComboOption[] = (ref?.operations ?? []).map((o) => ({
      value: o.code,
      label: pick(o.description, o.descriptionEn),
      keywords: [other(o.description, o.descriptionEn)],
      detail: [t('picker.standardHours', { hours: o.standardHours }), other(o.description, o.descriptionEn)].filter(Boolean).join(' · '),
    }));
    return { components, parts, operations };
  }, [ref, en, t, fmt, price]);
}

export function useModelOptions(models: ModelSummary[] | undefined): ComboOption[] {
  const { i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  return useMemo(
    () => (models ?? []).map((m) => ({ value: m.code, label: (en ? m.nameEn || m.name : m.name) ?? m.code, keywords: [en ? m.name : m.nameEn] })),
    [models, en],
  );
}
