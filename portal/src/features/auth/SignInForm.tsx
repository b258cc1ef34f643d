import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { NotADealerError, useSession } from './session';

function signInErrorKey(e: unknown): string {
  if (e instanceof NotADealerError) return e.reason === 'suspended' ? 'auth.suspended' : 'auth.notDealer';
  if (isApiError(e)) {
    // users-permissions answers a wrong name or password with a 400 ValidationError.
    if (e.status === 400 || e.status === 401) return 'auth.invalid';
    if (e.status === 429) return 'auth.rateLimited';
    if (e.code === 'NETWORK') return 'errors.NETWORK';
  }
  return 'errors.SERVER_ERROR';
}

export function SignInForm({ autoFocus = true, username }: { autoFocus?: boolean; username?: string }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const id = useId();
  const [identifier, setIdentifier] = useState(username ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!identifier.trim() || !password) {
      setError('auth.missing');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(identifier.trim(), password);
    } catch (err) {
      setError(signInErrorKey(err));
      setBusy(false);
      return;
    }
    setBusy(false);
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-describedby={error ? `${id}-err` : undefined}>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('auth.identifier')}</label>
        <input
          id={`${id}-user`}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoFocus={autoFocus && !username}
          value={identifier}
          onChange={(e) => setIdentifier(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pw`}>{t('auth.password')}</label>
        <input
          id={`${id}-pw`}
          name="password"
          type="password"
          autoComplete="current-password"
          autoFocus={autoFocus && !!username}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      {error && (
        <p id={`${id}-err`} className="alert alert-error" role="alert">
          {t(error)}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </button>
    </form>
  );
}
