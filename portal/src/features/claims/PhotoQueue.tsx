import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentsUrl } from '../../api';
import { uploadFiles } from '../../api/upload';
import { useErrorText } from '../../ui/errors';
import { MAX_PHOTOS_PER_CLAIM, formatSize, screenPhotos, type PhotoProblem } from './photoRules';
import { PhotoPickField } from './PhotoPickField';

export type QueuedState = { kind: 'waiting' } | { kind: 'uploading'; fraction: number } | { kind: 'done' } | { kind: 'refused'; error: unknown };

export interface Queued {
  id: number;
  file: File;
  state: QueuedState;
}

/**
 * Photos picked while the claim is being filled in. The attachments API takes files for
 * a saved claim only (POST /claims/:number/attachments), so they wait here and go up,
 * one request per file with its own progress, right after the save: a refused file is
 * named with its reason and the others stay attached.
 */
export function usePhotoQueue() {
  const [items, setItems] = useState<Queued[]>([]);
  const [refusedLocally, setRefusedLocally] = useState<{ name: string; problem: PhotoProblem }[]>([]);
  const next = useRef(1);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const set = (id: number, state: QueuedState) => setItems((all) => all.map((q) => (q.id === id ? { ...q, state } : q)));

  const add = useCallback((files: File[]) => {
    const { ok, refused } = screenPhotos(files, itemsRef.current.length);
    setRefusedLocally(refused.map((r) => ({ name: r.file.name, problem: r.problem })));
    setItems((all) => [...all, ...ok.map((file) => ({ id: next.current++, file, state: { kind: 'waiting' } as QueuedState }))]);
  }, []);

  const remove = useCallback((id: number) => setItems((all) => all.filter((q) => q.id !== id)), []);

  /** Uploads what is not up yet; resolves to the number of files the server refused. */
  const uploadAll = useCallback(async (claimNumber: string): Promise<number> => {
    let refused = 0;
    for (const q of itemsRef.current.filter((i) => i.state.kind !== 'done')) {
      set(q.id, { kind: 'uploading', fraction: 0 });
      try {
        await uploadFiles(attachmentsUrl(claimNumber), [q.file], (fraction) => set(q.id, { kind: 'uploading', fraction })).promise;
        set(q.id, { kind: 'done' });
      } catch (error) {
        refused += 1;
        set(q.id, { kind: 'refused', error });
      }
    }
    return refused;
  }, []);

  return { items, refusedLocally, add, remove, uploadAll };
}

export function PhotoQueue({ queue, busy }: { queue: ReturnType<typeof usePhotoQueue>; busy: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const full = queue.items.length >= MAX_PHOTOS_PER_CLAIM;
  return (
    <div className="stack">
      <p className="hint">{t('photos.queueHint')}</p>
      {queue.items.length > 0 && (
        <ul className="photo-queue" aria-label={t('photos.queued')}>
          {queue.items.map((q) => (
            <li key={q.id} className={`photo-queue-item is-${q.state.kind}`}>
              <span className="photo-name">
                {q.file.name} · {formatSize(q.file.size)}
              </span>
              <QueuedStatus state={q.state} name={q.file.name} errorText={errorText} />
              {!busy && q.state.kind !== 'done' && (
                <button type="button" className="btn btn-small" aria-label={t('photos.remove', { name: q.file.name })} onClick={() => queue.remove(q.id)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <PhotoPickField disabled={busy || full} refused={queue.refusedLocally} onPick={queue.add} />
    </div>
  );
}

function QueuedStatus({ state, name, errorText }: { state: QueuedState; name: string; errorText: (e: unknown) => string }) {
  const { t } = useTranslation();
  if (state.kind === 'waiting') return <span className="muted small">{t('photos.waiting')}</span>;
  if (state.kind === 'done') return <span className="ok small">{t('photos.uploaded')}</span>;
  if (state.kind === 'refused') {
    return (
      <span className="field-error" role="alert">
        {t('photos.refusedBy', { name, reason: errorText(state.error) })}
      </span>
    );
  }
  const pct = Math.round(state.fraction * 100);
  return (
    <span className="progress-row">
      <progress max={100} value={pct} aria-label={t('photos.progressOf', { name })} />
      <span>{pct}%</span>
    </span>
  );
}
