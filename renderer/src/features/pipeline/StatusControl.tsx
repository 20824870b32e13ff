import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, type ArticleStatus, type Publication } from '../../../../core/model/article.js';
import { useClaims } from '../claims/store.js';
import { FormDialog } from '../catalog/FormDialog.js';
import { TextField } from '../forms/TextField.js';
import { DateField } from '../forms/DateField.js';
import { describeFailure } from '../forms/failure.js';
import { updateOpenArticle } from './update.js';
import { useSettableStatuses } from '../team/can.js';

/** Asks where and when the article came out (all optional) before it is marked published. */
function PublishDialog(props: { publication: Publication | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [outlet, setOutlet] = useState(props.publication?.outlet ?? '');
  const [date, setDate] = useState(props.publication?.date ?? new Date().toLocaleDateString('sv'));
  const [url, setUrl] = useState(props.publication?.url ?? '');
  const labels: Record<string, string> = {
    'publication.outlet': t('pipeline.outlet'),
    'publication.date': t('pipeline.date'),
    'publication.url': t('pipeline.url'),
  };
  return (
    <FormDialog
      title={t('pipeline.publishTitle')}
      submitLabel={t('pipeline.publish')}
      onClose={props.onClose}
      fieldLabel={(path) => labels[path]}
      onSubmit={async () => {
        await updateOpenArticle({ status: 'published', publication: { outlet, date, url } });
        void useClaims.getState().load();
      }}
    >
      <p className="muted">{t('pipeline.publishHint')}</p>
      <TextField label={t('pipeline.outlet')} value={outlet} onChange={setOutlet} maxLength={500} />
      <DateField label={t('pipeline.date')} value={date} onChange={setDate} />
      <TextField label={t('pipeline.url')} kind="url" value={url} onChange={setUrl} />
    </FormDialog>
  );
}

/**
 * The article's editorial status (idea → … → published, archived);
 * publishing asks for outlet, date and URL. A team writer is offered only
 * the statuses the role may set; an article already approved or published
 * shows its status and cannot be moved (the server refuses it).
 */
export function StatusControl(props: { status: ArticleStatus; publication: Publication | null }) {
  const { t } = useTranslation();
  const settable = useSettableStatuses();
  const [publishing, setPublishing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = (status: ArticleStatus) => {
    if (status === props.status) return;
    if (status === 'published') {
      setPublishing(true);
      return;
    }
    setError(null);
    updateOpenArticle({ status })
      .then(() => useClaims.getState().load())
      .catch((failure: unknown) => setError(describeFailure(t, failure)));
  };
  return (
    <>
      <label className="field inline status-control">
        <span>{t('pipeline.status')}</span>
        <select
          aria-label={t('pipeline.articleStatus')}
          value={props.status}
          disabled={!settable.includes(props.status)}
          className={`status-${props.status}`}
          onChange={(event) => choose(event.target.value as ArticleStatus)}
        >
          {ARTICLE_STATUSES.filter((status) => status === props.status || settable.includes(status)).map(
            (status) => (
              <option key={status} value={status} disabled={!settable.includes(status)}>
                {t(`pipeline.statuses.${status}`)}
              </option>
            ),
          )}
        </select>
      </label>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
      {publishing && <PublishDialog publication={props.publication} onClose={() => setPublishing(false)} />}
    </>
  );
}
