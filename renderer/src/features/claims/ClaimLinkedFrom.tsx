import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleLinkButton } from '../catalog/ArticleLinks.js';
import { useClaims } from './store.js';

/**
 * The places in articles that link to the claim (`[[claim:…]]`), each with
 * its article and the sentence around the link; loaded again when the
 * statement changes (a rename rewrites those sentences).
 */
export function ClaimLinkedFrom({ id, statement }: { id: string; statement: string }) {
  const { t } = useTranslation();
  const links = useClaims((state) => (state.linkedFrom?.id === id ? state.linkedFrom.links : null));
  useEffect(() => {
    void useClaims
      .getState()
      .loadLinkedFrom(id)
      .catch(() => undefined);
  }, [id, statement]);
  return (
    <>
      <h3 id="claim-linked-from">{t('claims.linkedFrom')}</h3>
      {links === null ? (
        <p className="muted">{t('claims.loading')}</p>
      ) : links.length === 0 ? (
        <p className="muted">{t('claims.noLinks')}</p>
      ) : (
        <ul aria-labelledby="claim-linked-from" className="claim-linked-from">
          {links.map((link) => (
            <li key={`${link.sourceId}:${link.from}`}>
              <ArticleLinkButton id={link.sourceId} title={link.sourceTitle} />{' '}
              <span className="muted">
                {link.context.clippedStart ? '…' : ''}
                {link.context.text}
                {link.context.clippedEnd ? '…' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
