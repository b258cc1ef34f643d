import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './SignInForm';
import { useSession } from './session';

/**
 * Shown over the page when the token expires, so a half-filled claim stays where it is:
 * the dealer signs in again and carries on.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const { me } = useSession();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    return () => previous?.focus?.();
  }, []);

  return (
    <div className="overlay">
      <div ref={ref} className="dialog card" role="dialog" aria-modal="true" aria-labelledby="expired-title" aria-describedby="expired-desc">
        <h2 id="expired-title">{t('auth.expiredTitle')}</h2>
        <p id="expired-desc" className="muted">{t('auth.expiredBody')}</p>
        <SignInForm username={me?.user.username} />
      </div>
    </div>
  );
}
