import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/store.js';
import { useSettings } from '../settings/store.js';
import { setArticleSpelling } from './store.js';

/** The footer's switch for checking the spelling of the open article (shown while spelling is on for the workspace). */
export function SpellingSwitch() {
  const { t } = useTranslation();
  const id = useEditor((state) => state.article?.id ?? null);
  const workspaceOn = useSettings((state) => state.writing.spellcheck);
  const off = useSettings((state) => (id === null ? false : state.writing.spellcheckOff.includes(id)));
  if (id === null || !workspaceOn) return null;
  return (
    <button
      type="button"
      className="button small ghost spelling-switch"
      aria-pressed={!off}
      title={t('spelling.articleHint')}
      onClick={() => void setArticleSpelling(id, off)}
    >
      {t('spelling.article')}
    </button>
  );
}
