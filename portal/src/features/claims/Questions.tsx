import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@shared/contracts/claim';
import { api, type PortalClaim } from '../../api';
import { useFormat } from '../../i18n/format';
import { useErrorText } from '../../ui/errors';
import { useValidationText } from '../../ui/validation';

const MAX_TEXT = 2000;

/** The reviewer's questions (补充资料) and the dealer's answers. */
export function Questions({
  claimNumber,
  questions,
  canAnswer,
  onAnswered,
}: {
  claimNumber: string;
  questions: Question[];
  canAnswer: boolean;
  onAnswered: (claim: PortalClaim) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const validationText = useValidationText();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = questions.some((q) => !q.answer);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const message = text.trim();
    if (!message) {
      setError(validationText('required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const claim = await api.answer(claimNumber, message);
      setText('');
      onAnswered(claim);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="questions">
      {questions.length === 0 && <p className="muted">{t('questions.none')}</p>}
      <ol className="qa">
        {questions.map((q) => (
          <li key={q.id}>
            <p className="q">
              <span className="qa-tag">{t('questions.asked')}</span> {q.message}
              <time className="muted small" dateTime={q.askedAt}> {fmt.dateTime(q.askedAt)}</time>
            </p>
            {q.answer ? (
              <p className="a">
                <span className="qa-tag">{t('questions.answered')}</span> {q.answer}
                {q.answeredAt && <time className="muted small" dateTime={q.answeredAt}> {fmt.dateTime(q.answeredAt)}</time>}
              </p>
            ) : (
              <p className="a muted">{t('questions.awaiting')}</p>
            )}
          </li>
        ))}
      </ol>
      {canAnswer && open && (
        <form className="stack" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor={id}>{t('questions.answerLabel')}</label>
            <textarea
              id={id}
              rows={4}
              maxLength={MAX_TEXT}
              value={text}
              aria-invalid={!!error || undefined}
              aria-describedby={error ? `${id}-err` : `${id}-hint`}
              onChange={(e) => setText(e.target.value)}
            />
            {error ? (
              <p id={`${id}-err`} className="field-error" role="alert">
                {error}
              </p>
            ) : (
              <p id={`${id}-hint`} className="hint">
                {t('questions.hint', { used: text.length, max: MAX_TEXT })}
              </p>
            )}
          </div>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.sending') : t('questions.send')}
          </button>
        </form>
      )}
    </div>
  );
}
