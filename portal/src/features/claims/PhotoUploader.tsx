import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, attachmentsUrl, type Attachment, type PortalClaim } from '../../api';
import { isApiError } from '../../api/client';
import { uploadFiles } from '../../api/upload';
import { useErrorText } from '../../ui/errors';
import {
  MAX_PHOTOS_PER_CLAIM,
  formatSize,
  isImage,
  screenPhotos,
  type PhotoProblem,
} from './photoRules';
import { PhotoPickField } from './PhotoPickField';

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
  canRemove = false,
  onRemoved,
  onStale,
}: {
  claimNumber: string;
  attachments: Attachment[];
  canUpload: boolean;
  onUploaded: () => void;
  /** Whether saved files may be deleted: only in the states the server allows it. */
  canRemove?: boolean;
  /** Gets the claim the server answered, so the page shows it (and its new version). */
  onRemoved?: (claim: PortalClaim) => void;
  /** The server refused because the claim or the file changed since the page loaded it. */
  onStale?: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [pending, setPending] = useState<Pending[]>([]);
  const [refused, setRefused] = useState<{ name: string; problem: PhotoProblem }[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abortRef = useRef<(() => void) | null>(null);
  const [confirming, setConfirming] = useState<Attachment['id'] | null>(null);
  const [removing, setRemoving] = useState<Attachment['id'] | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);

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

  function onPick(files: File[]) {
    const { ok, refused: bad } = screenPhotos(files, attachments.length + pending.length);
    setRefused(bad.map((r) => ({ name: r.file.name, problem: r.problem })));
    setError(null);
    setPending((p) => [
      ...p,
      ...ok.map((file) => ({ file, preview: isImage(file.type || file.name) ? previewUrl(file) : null })),
    ]);
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

  async function remove(id: Attachment['id']) {
    setRemoving(id);
    setRemoveError(null);
    try {
      const claim = await api.removeAttachment(claimNumber, id);
      setConfirming(null);
      onRemoved?.(claim);
    } catch (e) {
      setConfirming(null);
      setRemoveError(e);
      // 409: the reviewer took the claim meanwhile; 404: the file is already gone. Either
      // way the page is out of date, and reloading hides what can no longer be removed.
      if (isApiError(e) && (e.status === 409 || e.status === 404)) onStale?.();
    } finally {
      setRemoving(null);
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
            {canRemove && confirming !== a.id && (
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('photos.delete', { name: a.name })}
                // One change at a time: each answers a whole claim, and the last one shown must be the newest.
                disabled={busy || removing !== null}
                onClick={() => {
                  setRemoveError(null);
                  setConfirming(a.id);
                }}
              >
                ×
              </button>
            )}
            {canRemove && confirming === a.id && (
              <ConfirmRemove
                question={t(isImage(a.mime || a.name) ? 'photos.deleteConfirm' : 'photos.deleteConfirmFile')}
                removing={removing === a.id}
                onConfirm={() => void remove(a.id)}
                onCancel={() => setConfirming(null)}
              />
            )}
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
      {!!removeError && (
        <p className="alert alert-error" role="alert">
          {errorText(removeError)}
        </p>
      )}

      {canUpload && (
        <div className="stack">
          <PhotoPickField disabled={busy || full} refused={refused} onPick={onPick} />
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

function ConfirmRemove({
  question,
  removing,
  onConfirm,
  onCancel,
}: {
  question: string;
  removing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const yesRef = useRef<HTMLButtonElement>(null);
  // The × that opened this is gone; keyboard users land on the choice instead of the page top.
  useEffect(() => yesRef.current?.focus(), []);
  return (
    <div className="confirm photo-confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button ref={yesRef} type="button" className="btn btn-small btn-danger" disabled={removing} onClick={onConfirm}>
        {removing ? t('photos.deleting') : t('common.yesDelete')}
      </button>
      <button type="button" className="btn btn-small" disabled={removing} onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
