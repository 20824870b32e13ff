import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../forms/DateField.js';
import { describeFailure } from '../forms/failure.js';
import { updateOpenArticle } from './update.js';

/**
 * The article's deadline (a day, or none): what the dashboard's "due within
 * 7 days" reads. Typed as the UI language writes dates; saved when the
 * writer leaves the field or presses Enter.
 */
export function DeadlineField({ deadline }: { deadline: string | null }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <DateField
        label={t('pipeline.deadline')}
        value={deadline ?? ''}
        commit="blur"
        inline
        onChange={(iso) => {
          setError(null);
          updateOpenArticle({ deadline: iso || null }).catch((failure: unknown) =>
            setError(
              describeFailure(t, failure, (path) =>
                path === 'deadline' ? t('pipeline.deadline') : undefined,
              ),
            ),
          );
        }}
      />
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
