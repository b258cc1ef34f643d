import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE } from '@shared/messages/catalogue';

/**
 * Field-level codes (`validation.required`, `validation.too_long`…) read from the shared
 * bilingual catalogue, the same words the server puts in `details.fields`.
 */
export function useValidationText(): (code: string | undefined) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (code: string | undefined) => {
      const key = code?.startsWith('validation.') ? code : `validation.${code ?? 'invalid'}`;
      const entry = (CATALOGUE as Record<string, { zh: string; en: string }>)[key] ?? CATALOGUE['validation.invalid'];
      return english ? entry.en : entry.zh;
    },
    [english],
  );
}
