import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../forms/Modal.js';
import { MAX_RATING_STEPS, type PublishingSettings } from '../../../../core/model/settings.js';
import { usePublishing } from './publishing.js';

/** The publishing settings: the author named on exports, the organisation of ClaimReview, the rating scale. */
export function PublishingDialog() {
  const { t } = useTranslation();
  const visible = usePublishing((state) => state.visible);
  const stored = usePublishing((state) => state.publishing);
  if (!visible) return null;
  return (
    <Modal
      className="dialog wide"
      aria-labelledby="publishing-title"
      onDismiss={() => usePublishing.getState().hide()}
    >
      <h2 id="publishing-title">{t('publishing.title')}</h2>
      <PublishingForm key={JSON.stringify(stored)} stored={stored} />
    </Modal>
  );
}

/** The form, made afresh whenever the stored settings change (so it always starts from them). */
function PublishingForm({ stored }: { stored: PublishingSettings }) {
  const { t } = useTranslation();
  const error = usePublishing((state) => state.error);
  const [draft, setDraft] = useState<PublishingSettings>(stored);
  const field = (key: 'author' | 'organisation' | 'organisationUrl', type = 'text') => (
    <label className="field">
      <span>{t(`publishing.${key}`)}</span>
      <input
        type={type}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      />
    </label>
  );
  const steps = draft.ratingScale;
  const setSteps = (labels: string[]) =>
    setDraft({ ...draft, ratingScale: labels.map((label, i) => ({ value: i + 1, label })) });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void usePublishing
          .getState()
          .save({ ...draft, ratingScale: steps.map((step) => ({ ...step, label: step.label.trim() })) })
          .then((saved) => saved && usePublishing.getState().hide());
      }}
    >
      <p>{t('publishing.intro')}</p>
      {field('author')}
      {field('organisation')}
      {field('organisationUrl', 'url')}
      <fieldset>
        <legend>{t('publishing.scale')}</legend>
        <p className="field-note">{t('publishing.scaleHint')}</p>
        <ol className="rating-steps">
          {steps.map((step, i) => (
            <li key={step.value}>
              <input
                aria-label={t('publishing.stepLabel', { value: step.value })}
                value={step.label}
                required
                onChange={(event) => setSteps(steps.map((s, j) => (j === i ? event.target.value : s.label)))}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button small"
          disabled={steps.length >= MAX_RATING_STEPS}
          onClick={() => setSteps([...steps.map((s) => s.label), ''])}
        >
          {t('publishing.addStep')}
        </button>{' '}
        <button
          type="button"
          className="button small"
          disabled={steps.length <= 2}
          onClick={() => setSteps(steps.slice(0, -1).map((s) => s.label))}
        >
          {t('publishing.removeStep')}
        </button>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {t('publishing.failed', { reason: error })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => usePublishing.getState().hide()}>
          {t('publishing.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('publishing.save')}
        </button>
      </div>
    </form>
  );
}
