import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE } from '../../../../core/model/article.js';
import { createArticle, purgeArticle, restoreArticle, trashOpenArticle } from '../library/commands.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { ArticleActions } from '../export/ArticleActions.js';
import { PanelToggles } from '../panels/PanelToggles.js';
import { ArticleMeta } from '../pipeline/ArticleMeta.js';
import { SidePanel } from '../panels/SidePanel.js';
import { Preview } from '../preview/Preview.js';
import { usePreview } from '../preview/store.js';
import { PublicationLine } from '../progress/PublicationLine.js';
import { useFocusMode } from '../focus/store.js';
import { FocusExit } from '../focus/FocusExit.js';
import { useSettings } from '../settings/store.js';
import { StatusBar } from '../status/StatusBar.js';
import { MarkdownEditor } from './MarkdownEditor.js';
import { ModeSwitch } from './ModeSwitch.js';
import { useEditor } from './store.js';

/** The article pane: header (title, view mode, trash), editor and/or preview, footer. */
export function ArticlePane() {
  const { t } = useTranslation();
  const article = useEditor((state) => state.article);
  const loading = useEditor((state) => state.loading);
  const loadError = useEditor((state) => state.loadError);

  if (loadError) {
    return (
      <div className="empty-state" role="alert">
        <p>{t('article.loadFailed', { reason: loadError })}</p>
      </div>
    );
  }
  if (!article) {
    return loading ? null : (
      <div className="empty-state">
        <p>{t('article.none')}</p>
        <button type="button" className="button primary" onClick={() => void createArticle()}>
          {t('article.createFirst')}
        </button>
      </div>
    );
  }
  return article.deletedAt ? <TrashedArticle /> : <OpenArticle />;
}

function OpenArticle() {
  const { t } = useTranslation();
  const articleId = useEditor((state) => state.article?.id ?? '');
  const session = useEditor((state) => state.session);
  const title = useEditor((state) => state.title);
  const titleCut = useEditor((state) => state.titleCut);
  const editTitle = useEditor((state) => state.editTitle);
  const sections = usePreview((state) => state.sections);
  const mode = useSettings((state) => state.viewMode);
  const article = useEditor((state) => state.article);
  const focusing = useFocusMode((state) => state.on);
  if (!session) return null;

  return (
    <>
      <header className="article-header">
        <input
          className="title-input"
          aria-label={t('article.title')}
          aria-describedby={titleCut ? 'title-cut' : undefined}
          placeholder={t('article.titlePlaceholder')}
          value={title}
          onChange={(event) => editTitle(event.target.value)}
          onBlur={() => void useEditor.getState().commitTitle()}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            event.preventDefault();
            void useEditor.getState().commitTitle();
            session.attached?.focus();
          }}
        />
        <ModeSwitch />
        <PanelToggles />
        <ArticleActions />
        <button type="button" className="button ghost" onClick={() => void trashOpenArticle()}>
          {t('article.trash')}
        </button>
      </header>
      {article && <PublicationLine article={article} />}
      {titleCut && (
        <p id="title-cut" className="field-note" role="alert">
          {t('article.titleCut', { count: MAX_TITLE })}
        </p>
      )}
      <ArticleMeta />
      <div className="article-row">
        <div className={`article-body mode-${focusing ? 'editor' : mode}`}>
          {focusing && <FocusExit />}
          {(focusing || mode !== 'preview') && (
            <MarkdownEditor key={session.id} session={session} autoFocus={session.doc.length === 0} />
          )}
          {!focusing && mode !== 'editor' && <Preview sections={sections} />}
        </div>
        <SidePanel articleId={articleId} />
      </div>
      <StatusBar />
    </>
  );
}

function TrashedArticle() {
  const { t } = useTranslation();
  const article = useEditor((state) => state.article)!;
  const sections = usePreview((state) => state.sections);
  const [confirming, setConfirming] = useState(false);
  const title = article.title || t('article.untitled');

  return (
    <>
      <header className="article-header">
        <h2 className="title-static">{title}</h2>
        <span className="badge">{t('trash.badge')}</span>
        <button type="button" className="button" onClick={() => void restoreArticle(article.id)}>
          {t('trash.restore')}
        </button>
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t('trash.purge')}
        </button>
      </header>
      <div className="article-body mode-preview">
        <Preview sections={sections} />
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          message={t('trash.confirmMessage', { title })}
          confirmLabel={t('trash.purgeConfirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void purgeArticle(article.id);
          }}
        />
      )}
    </>
  );
}
