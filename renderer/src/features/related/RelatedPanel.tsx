import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/store.js';
import { useSettings } from '../settings/store.js';
import { useRelated } from './store.js';

const open = (id: string): void => void useEditor.getState().open(id);

/** The five most similar earlier articles and the other articles answering the same claims. */
export function RelatedPanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const related = useRelated((state) => state.related);
  const error = useRelated((state) => state.error);
  const savedAt = useEditor((state) => state.save.savedAt);
  const language = useSettings((state) => state.language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });

  useEffect(() => {
    void useRelated.getState().load(articleId);
  }, [articleId, savedAt]);

  if (error) {
    return (
      <p className="save-error" role="alert">
        {t('related.loadFailed', { reason: error })}
      </p>
    );
  }
  if (!related) return null;
  return (
    <div className="related">
      <section aria-labelledby="related-similar">
        <h3 id="related-similar">{t('related.similar')}</h3>
        {related.similar.length === 0 ? (
          <p className="panel-empty">{t('related.noneSimilar')}</p>
        ) : (
          <ol className="related-list" aria-labelledby="related-similar">
            {related.similar.map((article) => (
              <li key={article.id}>
                <button type="button" className="link-button" onClick={() => open(article.id)}>
                  {article.title || t('article.untitled')}
                </button>
                <span className="related-score" title={t('related.scoreHint')}>
                  {percent.format(article.score)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="related-claims">
        <h3 id="related-claims">{t('related.sameClaims')}</h3>
        {related.sameClaims.length === 0 ? (
          <p className="panel-empty">{t('related.noneSameClaims')}</p>
        ) : (
          <ul className="related-list" aria-labelledby="related-claims">
            {related.sameClaims.map((article) => (
              <li key={article.id}>
                <button type="button" className="link-button" onClick={() => open(article.id)}>
                  {article.title || t('article.untitled')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
