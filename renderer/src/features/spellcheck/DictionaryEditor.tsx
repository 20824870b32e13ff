import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpelling } from './store.js';

/** The workspace dictionary in the settings: the words writers added, to remove one or add another. */
export function DictionaryEditor() {
  const { t } = useTranslation();
  const words = useSpelling((state) => state.dictionary);
  const [word, setWord] = useState('');
  useEffect(() => {
    void useSpelling
      .getState()
      .load()
      .catch(() => undefined);
  }, []);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = word.trim();
    if (trimmed === '') return;
    void useSpelling.getState().addWord(trimmed);
    setWord('');
  };
  return (
    <div className="dictionary-editor">
      <h4 id="dictionary-title">{t('settingsView.dictionary')}</h4>
      <p className="field-note">{t('settingsView.dictionaryHint')}</p>
      <form className="inline-form" onSubmit={add}>
        <label className="field inline">
          <span>{t('settingsView.addWord')}</span>
          <input value={word} maxLength={60} onChange={(event) => setWord(event.target.value)} />
        </label>
        <button type="submit" className="button">
          {t('settingsView.add')}
        </button>
      </form>
      {words.length === 0 ? (
        <p className="muted">{t('settingsView.dictionaryEmpty')}</p>
      ) : (
        <ul className="word-list" aria-labelledby="dictionary-title">
          {words.map((entry) => (
            <li key={entry}>
              <span lang="vi">{entry}</span>
              <button
                type="button"
                className="button small ghost"
                aria-label={t('settingsView.removeWord', { word: entry })}
                onClick={() => void useSpelling.getState().removeWord(entry)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
