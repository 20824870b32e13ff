import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/index.js';
import { updateOpenArticle } from './update.js';

/** The article's deadline (a day, or none): what the dashboard's "due within 7 days" reads. */
export function DeadlineField({ deadline }: { deadline: string | null }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return (
    <label className="field inline">
      <span>{t('pipeline.deadline')}</span>
      <input
        type="date"
        value={deadline ?? ''}
        onChange={(event) => {
          setError(null);
          updateOpenArticle({ deadline: event.target.value || null }).catch((failure: unknown) =>
            setError(errorMessage(failure)),
          );
        }}
      />
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
