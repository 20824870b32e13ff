import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenTagTree, normalizeTag } from '../../../../core/tags/index.js';
import { fold } from '../../../../core/text/fold.js';
import { errorMessage } from '../../api/index.js';
import { updateOpenArticle } from '../pipeline/update.js';
import { useTags } from './store.js';

/** The article header's tags: chips with a remove button, and a box that adds one with autocomplete of existing (nested) tags. */
export function TagsEditor({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation();
  const tree = useTags((state) => state.tree);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const known = useMemo(() => flattenTagTree(tree).map((node) => node.path), [tree]);
  const suggestions = useMemo(() => {
    const query = fold(text.trim());
    return known
      .filter((tag) => !tags.includes(tag) && (query === '' || fold(tag).includes(query)))
      .slice(0, 20);
  }, [known, tags, text]);

  const save = async (next: string[]) => {
    setError(null);
    try {
      await updateOpenArticle({ tags: next });
      void useTags.getState().load();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const add = () => {
    if (text.trim() === '') return;
    let tag: string;
    try {
      tag = normalizeTag(text);
    } catch (failure) {
      setError(errorMessage(failure));
      return;
    }
    setText('');
    if (!tags.includes(tag)) void save([...tags, tag]);
  };

  return (
    <div className="tags-editor" role="group" aria-label={t('tags.articleTags')}>
      <ul className="chips">
        {tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('tags.remove', { tag })}
              onClick={() => void save(tags.filter((item) => item !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="chip-input"
        aria-label={t('tags.add')}
        placeholder={t('tags.addPlaceholder')}
        list={listId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add();
          }
        }}
      />
      <datalist id={listId}>
        {suggestions.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
