import i18next from 'i18next';
import { create } from 'zustand';
import { call, errorMessage } from '../../api/index.js';
import { useNotices } from '../notices/store.js';
import { useSettings } from '../settings/store.js';
import { WorkerSpeller } from './worker-speller.js';

/** How long to wait before asking again for a lexicon the backend is still building. */
const LEXICON_RETRY_MS = 3_000;
/** How often the learned names are refreshed while the app runs. */
const LEXICON_REFRESH_MS = 5 * 60_000;

let speller: WorkerSpeller | null = null;

/** The one spelling worker of the page, started on first use. */
export function appSpeller(): WorkerSpeller {
  speller ??= new WorkerSpeller(new Worker(new URL('./worker/spell.worker.ts', import.meta.url)));
  return speller;
}

interface SpellingStore {
  /** The workspace dictionary, in Vietnamese order. */
  dictionary: string[];
  /** Names learned from the workspace's articles. */
  names: string[];
  /** Reads the dictionary, names and word frequencies, and gives them to the speller. */
  load(): Promise<void>;
  addWord(word: string): Promise<void>;
  removeWord(word: string): Promise<void>;
}

let retry: ReturnType<typeof setTimeout> | undefined;

const fail = (error: unknown) =>
  useNotices
    .getState()
    .push({ kind: 'error', message: i18next.t('spelling.failed', { reason: errorMessage(error) }) });

/** The words the spelling checker takes as correct besides its dictionaries. */
export const useSpelling = create<SpellingStore>()((set, get) => ({
  dictionary: [],
  names: [],
  async load() {
    clearTimeout(retry);
    const lexicon = await call('spelling:lexicon', {});
    set({ dictionary: lexicon.dictionary, names: lexicon.names });
    const checker = appSpeller();
    checker.accept(lexicon.dictionary, lexicon.names);
    checker.useFrequencies(lexicon.frequencies);
    retry = setTimeout(
      () =>
        void get()
          .load()
          .catch(() => undefined),
      lexicon.complete ? LEXICON_REFRESH_MS : LEXICON_RETRY_MS,
    );
  },
  async addWord(word) {
    try {
      const dictionary = await call('spelling:addWord', { word });
      set({ dictionary });
      appSpeller().accept(dictionary, get().names);
    } catch (error) {
      fail(error);
    }
  },
  async removeWord(word) {
    try {
      const dictionary = await call('spelling:removeWord', { word });
      set({ dictionary });
      appSpeller().accept(dictionary, get().names);
    } catch (error) {
      fail(error);
    }
  },
}));

/** Whether spelling is checked in the article `id` (the workspace setting, and the article's own). */
export function spellingOn(id: string | null): boolean {
  const { spellcheck, spellcheckOff } = useSettings.getState().writing;
  return spellcheck && (id === null || !spellcheckOff.includes(id));
}

/** Turns spelling off or back on for one article. */
export function setArticleSpelling(id: string, on: boolean): Promise<void> {
  const off = useSettings.getState().writing.spellcheckOff.filter((other) => other !== id);
  return useSettings.getState().setWriting({ spellcheckOff: on ? off : [...off, id] });
}
