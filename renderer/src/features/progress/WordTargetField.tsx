import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/index.js';
import { updateOpenArticle } from '../pipeline/update.js';

/** Largest target the field accepts (the backend's limit). */
const MAX_TARGET = 1_000_000;

/** The article's word target: a number of words, or empty for none. Stored when the field is left or Enter is pressed. */
export function WordTargetField({ target }: { target: number | null }) {
  const { t } = useTranslation();
  const stored = target === null ? '' : String(target);
  // What the writer is typing; null shows the stored target (the article changed, or nothing was typed).
  const [typed, setTyped] = useState<{ for: string; text: string } | null>(null);
  const text = typed !== null && typed.for === stored ? typed.text : stored;
  const setText = (next: string) => setTyped({ for: stored, text: next });
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    const trimmed = text.trim();
    const value = trimmed === '' ? null : Number(trimmed);
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > MAX_TARGET)) {
      setError(t('progress.targetInvalid', { max: MAX_TARGET }));
      return;
    }
    setError(null);
    if (value === target) return;
    updateOpenArticle({ wordTarget: value }).catch((failure: unknown) => setError(errorMessage(failure)));
  };

  return (
    <label className="field inline word-target-field">
      <span>{t('progress.targetField')}</span>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_TARGET}
        step={50}
        value={text}
        placeholder={t('progress.noTarget')}
        aria-invalid={error !== null}
        aria-describedby={error ? 'word-target-error' : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {error && (
        <span id="word-target-error" className="form-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
