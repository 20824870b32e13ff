import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/store.js';
import { Excerpt } from './Excerpt.js';
import { mentionKey, useBacklinks } from './store.js';

/** Opens the article a backlink or mention is in. */
const open = (id: string): void => void useEditor.getState().open(id);

/** Linked mentions of the open article (with their sentence) and unlinked ones, each with "Link it". */
export function BacklinksPanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const links = useBacklinks((state) => state.links);
  const error = useBacklinks((state) => state.error);
  const linking = useBacklinks((state) => state.linking);
  const savedAt = useEditor((state) => state.save.savedAt);

  useEffect(() => {
    void useBacklinks.getState().load(articleId);
  }, [articleId, savedAt]);

  if (error) {
    return (
      <p className="save-error" role="alert">
        {t('backlinks.loadFailed', { reason: error })}{' '}
        <button
          type="button"
          className="button small"
          onClick={() => void useBacklinks.getState().load(articleId)}
        >
          {t('status.retry')}
        </button>
      </p>
    );
  }
  if (!links) return null;
  return (
    <div className="backlinks">
      <section aria-labelledby="backlinks-linked">
        <h3 id="backlinks-linked">{t('backlinks.linked', { count: links.backlinks.length })}</h3>
        {links.backlinks.length === 0 ? (
          <p className="panel-empty">{t('backlinks.noneLinked')}</p>
        ) : (
          <ul className="mention-list" aria-labelledby="backlinks-linked">
            {links.backlinks.map((backlink) => (
              <li key={`${backlink.sourceId}:${backlink.from}`}>
                <button type="button" className="link-button" onClick={() => open(backlink.sourceId)}>
                  {backlink.sourceTitle || t('article.untitled')}
                </button>
                <Excerpt context={backlink.context} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="backlinks-unlinked">
        <h3 id="backlinks-unlinked">{t('backlinks.unlinked', { count: links.mentions.length })}</h3>
        {links.mentions.length === 0 ? (
          <p className="panel-empty">{t('backlinks.noneUnlinked')}</p>
        ) : (
          <ul className="mention-list" aria-labelledby="backlinks-unlinked">
            {links.mentions.map((mention) => (
              <li key={mentionKey(mention)}>
                <button type="button" className="link-button" onClick={() => open(mention.sourceId)}>
                  {mention.sourceTitle || t('article.untitled')}
                </button>
                <Excerpt context={mention.context} />
                <button
                  type="button"
                  className="button small"
                  disabled={linking !== null}
                  aria-label={t('backlinks.linkItIn', {
                    title: mention.sourceTitle || t('article.untitled'),
                  })}
                  onClick={() => void useBacklinks.getState().linkMention(mention)}
                >
                  {t('backlinks.linkIt')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
