import { create } from 'zustand';
import type { SearchHit } from '../../../../core/search/types.js';
import { call } from '../../api/index.js';
import { openArticle } from '../library/commands.js';
import { useLibrary } from '../library/store.js';

/** Wait after the last keystroke before the titles are searched. */
const DEBOUNCE_MS = 60;
/** Choices shown. */
const LIMIT = 20;

/** One article the switcher offers. */
export interface SwitcherChoice {
  id: string;
  title: string;
  hit: SearchHit | null;
  updatedAt: string;
}

interface SwitcherStore {
  visible: boolean;
  text: string;
  choices: SwitcherChoice[];
  active: number;
  show(): void;
  hide(): void;
  setText(text: string): void;
  setActive(index: number): void;
  pick(index: number): Promise<void>;
}

let timer: ReturnType<typeof setTimeout> | null = null;
let token = 0;

/** The most recently changed articles of the library, for an empty query. */
function recent(): SwitcherChoice[] {
  return useLibrary
    .getState()
    .articles.filter((article) => article.deletedAt === null)
    .toSorted((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
    .slice(0, LIMIT)
    .map((article) => ({ id: article.id, title: article.title, hit: null, updatedAt: article.updatedAt }));
}

/**
 * The quick switcher (Ctrl/Cmd+P): jumps to an article by title. Titles are
 * matched by the search engine (`in:title`), so tone marks are optional and
 * the last word may be unfinished.
 */
export const useSwitcher = create<SwitcherStore>()((set, get) => {
  const run = async (text: string) => {
    const mine = ++token;
    if (text.trim() === '') {
      set({ choices: recent(), active: 0 });
      return;
    }
    try {
      const response = await call('search:query', {
        text: `in:title ${text}`,
        limit: LIMIT,
        kinds: ['article'],
      });
      if (mine !== token) return;
      const choices = response.hits.map((hit) => ({
        id: hit.id,
        title: hit.title,
        hit,
        updatedAt: hit.updatedAt,
      }));
      set({ choices, active: 0 });
    } catch {
      if (mine === token) set({ choices: [], active: 0 });
    }
  };
  return {
    visible: false,
    text: '',
    choices: [],
    active: 0,
    show() {
      set({ visible: true, text: '', choices: recent(), active: 0 });
    },
    hide() {
      token += 1;
      set({ visible: false });
    },
    setText(text) {
      set({ text });
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void run(text);
      }, DEBOUNCE_MS);
    },
    setActive(active) {
      set({ active });
    },
    async pick(index) {
      const choice = get().choices[index];
      if (choice === undefined) return;
      get().hide();
      await openArticle(choice.id);
    },
  };
});
