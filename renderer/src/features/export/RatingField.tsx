import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/index.js';
import { updateOpenArticle } from '../pipeline/update.js';
import { usePublishing } from './publishing.js';

/** The article's verdict on the claims it answers, on the workspace's rating scale: what ClaimReview publishes. */
export function RatingField({ rating }: { rating: number | null }) {
  const { t } = useTranslation();
  const scale = usePublishing((state) => state.publishing.ratingScale);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void usePublishing.getState().load();
  }, []);
  return (
    <label className="field inline">
      <span>{t('publishing.rating')}</span>
      <select
        value={rating ?? ''}
        onChange={(event) => {
          setError(null);
          const value = event.target.value === '' ? null : Number(event.target.value);
          updateOpenArticle({ rating: value }).catch((failure: unknown) => setError(errorMessage(failure)));
        }}
      >
        <option value="">{t('publishing.noRating')}</option>
        {scale.map((step) => (
          <option key={step.value} value={step.value}>
            {step.label}
          </option>
        ))}
        {rating !== null && !scale.some((step) => step.value === rating) && (
          <option value={rating}>{t('publishing.offScale', { value: rating })}</option>
        )}
      </select>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
