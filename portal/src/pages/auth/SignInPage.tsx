import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { LanguageToggle } from '../../app/LanguageToggle';
import { SignInForm } from '../../features/auth/SignInForm';
import { useSession } from '../../features/auth/session';
import { Loading } from '../../ui/States';

/** Only same-app paths are followed after sign-in, never an address someone put in a link. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/claims';
}

export default function SignInPage() {
  const { t } = useTranslation();
  const { status } = useSession();
  const [params] = useSearchParams();

  useEffect(() => {
    document.title = `${t('auth.signIn')} · ${t('app.portal')}`;
  }, [t]);

  if (status === 'checking') return <Loading />;
  if (status === 'signed-in') return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <div className="signin-page">
      <div className="signin-top">
        <LanguageToggle />
      </div>
      <main className="signin-card card" id="main">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">三包</span>
          <div>
            <h1>{t('app.portal')}</h1>
            <p className="muted">{t('auth.tagline')}</p>
          </div>
        </div>
        <SignInForm />
        <p className="muted small">{t('auth.help')}</p>
      </main>
    </div>
  );
}
