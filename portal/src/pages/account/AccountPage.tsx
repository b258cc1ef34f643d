import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api';
import { isApiError } from '../../api/client';
import { useSession } from '../../features/auth/session';
import { useFormat } from '../../i18n/format';

const MIN_PASSWORD = 8;

type Problem = 'missing' | 'tooShort' | 'mismatch' | 'same' | 'wrongCurrent' | 'network' | 'server';

function check(current: string, next: string, confirm: string): Problem | null {
  if (!current || !next || !confirm) return 'missing';
  if (next.length < MIN_PASSWORD) return 'tooShort';
  if (next !== confirm) return 'mismatch';
  if (next === current) return 'same';
  return null;
}

/** users-permissions answers a wrong current password with a 400 ValidationError. */
function problemOf(e: unknown): Problem {
  if (isApiError(e) && e.status === 400) return 'wrongCurrent';
  if (isApiError(e) && e.code === 'NETWORK') return 'network';
  return 'server';
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const { replaceToken } = useSession();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const found = check(current, next, confirm);
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      const { jwt } = await api.changePassword(current, next);
      replaceToken(jwt);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: string, label: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="password" autoComplete={autoComplete} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  );

  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('account.changePassword')}</h2>
      {field('current', t('account.currentPassword'), current, setCurrent, 'current-password')}
      {field('new', t('account.newPassword'), next, setNext, 'new-password')}
      {field('confirm', t('account.confirmPassword'), confirm, setConfirm, 'new-password')}
      <p className="muted small">{t('account.passwordHint', { n: MIN_PASSWORD })}</p>
      {problem && (
        <p className="alert alert-error" role="alert">
          {t(`account.problem.${problem}`, { n: MIN_PASSWORD })}
        </p>
      )}
      {done && (
        <p className="alert alert-ok" role="status">
          {t('account.changed')}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('common.saving') : t('account.savePassword')}
      </button>
    </form>
  );
}

/** The dealer's own account: who is signed in, a new password, and signing out everywhere. */
export default function AccountPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { me, signOut } = useSession();
  const navigate = useNavigate();

  return (
    <section className="page">
      <h1>{t('account.title')}</h1>
      {me && (
        <div className="card">
          <dl className="facts">
            <div>
              <dt>{t('account.username')}</dt>
              <dd>{me.user.username}</dd>
            </div>
            <div className="wide">
              <dt>{t('account.email')}</dt>
              <dd>{me.user.email}</dd>
            </div>
            <div className="wide">
              <dt>{t('account.dealer')}</dt>
              <dd>
                {fmt.name(me.dealer)} · {me.dealer.code}
              </dd>
            </div>
          </dl>
        </div>
      )}
      <ChangePasswordForm />
      <div className="card stack">
        <h2>{t('auth.signOut')}</h2>
        <p className="muted">{t('account.signOutHint')}</p>
        <button type="button" className="btn" onClick={async () => {
            await signOut();
            navigate('/signin', { replace: true });
          }}
        >
          {t('auth.signOut')}
        </button>
      </div>
    </section>
  );
}
