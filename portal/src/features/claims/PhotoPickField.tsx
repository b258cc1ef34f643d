import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS_PER_CLAIM, PHOTO_ACCEPT, type PhotoProblem } from './photoRules';

export interface RefusedPhoto {
  name: string;
  problem: PhotoProblem;
}

/**
 * The photo picker with its rules, and the files it refused named with their reason, for
 * both the claim page's uploader and the form's queue. The input is emptied after each
 * pick, so picking the same file again (after removing it) fires again.
 */
export function PhotoPickField({ disabled, refused, onPick }: { disabled: boolean; refused: RefusedPhoto[]; onPick: (files: File[]) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <div className="field">
        <label htmlFor={inputId}>{t('photos.pick')}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept={PHOTO_ACCEPT}
          multiple
          disabled={disabled}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            onPick(e.target.files ? Array.from(e.target.files) : []);
            if (inputRef.current) inputRef.current.value = '';
          }}
        />
        <p id={`${inputId}-hint`} className="hint">
          {t('photos.rules', { max: MAX_PHOTOS_PER_CLAIM })}
        </p>
      </div>
      {refused.length > 0 && (
        <div role="alert">
          <ul className="field-errors">
            {refused.map((r, i) => (
              <li key={`${r.name}-${i}`}>{t(`photos.problem.${r.problem}`, { name: r.name, max: MAX_PHOTOS_PER_CLAIM })}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
