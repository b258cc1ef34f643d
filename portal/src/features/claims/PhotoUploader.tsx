import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentsUrl, type Attachment } from '../../api';
import { uploadFiles } from '../../api/upload';
import { useErrorText } from '../../ui/errors';
import {
  MAX_PHOTOS_PER_CLAIM,
  PHOTO_ACCEPT,
  formatSize,
  isImage,
  screenPhotos,
  type PhotoProblem,
} from './photoRules';

/** Some old embedded browsers lack object URLs; the file name then stands in for the picture. */
function previewUrl(file: File): string | null {
  try {
    return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null;
  } catch {
    return null;
  }
}

function revoke(url: string): void {
  try {
    URL.revokeObjectURL(url);
  } catch {
    // nothing held
  }
}

interface Pending {
  file: File;
  preview: string | null;
}

/** Photos and scans of a claim: the existing ones, and new ones checked, previewed and uploaded. */
export function PhotoUploader({
  claimNumber,
  attachments,
  canUpload,
  onUploaded,
}: {
  claimNumber: string;
  attachments: Attachment[];
  canUpload: boolean;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [refused, setRefused] = useState<{ name: string; problem: PhotoProblem }[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abortRef = useRef<(() => void) | null>(null);

  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  useEffect(
    () => () => {
      abortRef.current?.();
      pendingRef.current.forEach((p) => p.preview && revoke(p.preview));
    },
    [],
  );

  function drop(index: number | 'all') {
    setPending((all) =>
      all.filter((p, j) => {
        const gone = index === 'all' || j === index;
        if (gone && p.preview) revoke(p.preview);
        return !gone;
      }),
    );
  }

  function onPick(list: FileList | null) {
    const files = list ? Array.from(list) : [];
    const { ok, refused: bad } = screenPhotos(files, attachments.length + pending.length);
    setRefused(bad.map((r) => ({ name: r.file.name, problem: r.problem })));
    setError(null);
    setPending((p) => [
      ...p,
      ...ok.map((file) => ({ file, preview: isImage(file.type || file.name) ? previewUrl(file) : null })),
    ]);
    if (inputRef.current) inputRef.current.value = '';
  }

  async function upload() {
    if (pending.length === 0) return;
    setProgress(0);
    setError(null);
    const job = uploadFiles(
      attachmentsUrl(claimNumber),
      pending.map((p) => p.file),
      setProgress,
    );
    abortRef.current = job.abort;
    try {
      await job.promise;
      drop('all');
      onUploaded();
    } catch (e) {
      if ((e as Error)?.name !== 'AbortError') setError(e);
    } finally {
      abortRef.current = null;
      setProgress(null);
    }
  }

  const full = attachments.length + pending.length >= MAX_PHOTOS_PER_CLAIM;
  const busy = progress !== null;

  return (
    <div className="photos">
      {attachments.length === 0 && pending.length === 0 && <p className="muted">{t('photos.none')}</p>}
      <ul className="photo-grid">
        {attachments.map((a) => (
          <li key={a.id} className="photo">
            <a href={a.url} target="_blank" rel="noreferrer">
              {isImage(a.mime || a.name) ? (
                <img src={a.url} alt={a.name} loading="lazy" />
              ) : (
                <span className="photo-doc" aria-hidden="true">PDF</span>
              )}
              <span className="photo-name">{a.name}</span>
            </a>
          </li>
        ))}
        {pending.map((p, i) => (
          <li key={`${p.file.name}-${i}`} className="photo photo-pending">
            {p.preview ? <img src={p.preview} alt={p.file.name} /> : <span className="photo-doc" aria-hidden="true">PDF</span>}
            <span className="photo-name">
              {p.file.name} · {formatSize(p.file.size)}
            </span>
            {!busy && (
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('photos.remove', { name: p.file.name })}
                onClick={() => drop(i)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>

      {canUpload && (
        <div className="stack">
          <div className="field">
            <label htmlFor={inputId}>{t('photos.pick')}</label>
            <input
              ref={inputRef}
              id={inputId}
              type="file"
              accept={PHOTO_ACCEPT}
              multiple
              disabled={busy || full}
              aria-describedby={`${inputId}-hint`}
              onChange={(e) => onPick(e.target.files)}
            />
            <p id={`${inputId}-hint`} className="hint">
              {t('photos.rules', { max: MAX_PHOTOS_PER_CLAIM })}
            </p>
          </div>
          {refused.length > 0 && (
            <ul className="field-errors" role="alert">
              {refused.map((r, i) => (
                <li key={`${r.name}-${i}`}>{t(`photos.problem.${r.problem}`, { name: r.name, max: MAX_PHOTOS_PER_CLAIM })}</li>
              ))}
            </ul>
          )}
          {busy && (
            <div className="progress-row">
              <progress max={100} value={Math.round((progress ?? 0) * 100)} aria-label={t('photos.uploading')} />
              <span aria-live="polite">{Math.round((progress ?? 0) * 100)}%</span>
              <button type="button" className="btn btn-small" onClick={() => abortRef.current?.()}>
                {t('common.cancel')}
              </button>
            </div>
          )}
          {!!error && (
            <p className="alert alert-error" role="alert">
              {errorText(error)}
            </p>
          )}
          {pending.length > 0 && !busy && (
            <button type="button" className="btn btn-primary" onClick={() => void upload()}>
              {t('photos.upload', { count: pending.length })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
