import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';

const KNOWN = new Set([
  'NETWORK',
  'SERVER_ERROR',
  'RATE_LIMITED',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECHECK_FAILED',
]);

/** The server's own bilingual words when it sent them, else the portal's text for the code. */
export function useErrorText(): (e: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (e: unknown) => {
      if (isApiError(e)) {
        if (e.serverMessage) return i18n.language === 'en' ? e.serverMessage.en : e.serverMessage.zh;
        return t(`errors.${KNOWN.has(e.code) ? e.code : 'SERVER_ERROR'}`);
      }
      return t('errors.SERVER_ERROR');
    },
    [t, i18n.language],
  );
}
