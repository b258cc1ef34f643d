import { useTranslation } from 'react-i18next';

/** One click to the other language; i18next's detector remembers the choice. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const next = english ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="btn btn-ghost lang-toggle"
      lang={next}
      aria-label={t('app.switchLanguage')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {english ? '中文' : 'English'}
    </button>
  );
}
