import { create } from 'zustand';
import type { SearchStatus } from '../../../../core/ipc/contract.js';
import type { SearchResponse } from '../../../../core/search/types.js';
import { call, errorMessage } from '../../api/index.js';
import { openArticle } from '../library/commands.js';

/** How often the indexing progress is asked for while the index builds. */
const STATUS_POLL_MS = 500;
/** Hits asked for per query. */
const LIMIT = 50;

interface SearchStore {
  /** Whether the search panel is on screen (in place of the article list). */
  visible: boolean;
  text: string;
  /** The answer to `answered`; null before the first one. */
  response: SearchResponse | null;
  /** The query `response` answers. */
  answered: string;
  /** The highlighted hit (keyboard navigation). */
  active: number;
  status: SearchStatus | null;
  error: string | null;
  /** Incremented to ask the panel to focus its search box. */
  focusRequest: number;
  show(): void;
  hide(): void;
  setText(text: string): void;
  /** Moves the highlighted hit by `delta`, staying within the hits. */
  move(delta: number): void;
  setActive(index: number): void;
  /** Opens the hit at `index` (the highlighted one by default). */
  openHit(index?: number): Promise<void>;
}

let statusTimer: ReturnType<typeof setTimeout> | null = null;
let queryToken = 0;
/** Whether a query is on its way, and the text typed since it left (sent when it comes back). */
let inFlight = false;
let queued: string | null = null;

/** The search panel: query text, the latest answer, keyboard selection and indexing progress. */
export const useSearch = create<SearchStore>()((set, get) => {
  const run = async (text: string) => {
    const token = ++queryToken;
    if (text.trim() === '') {
      set({ response: null, answered: text, active: 0, error: null });
      return;
    }
    try {
      const response = await call('search:query', { text, limit: LIMIT });
      if (token === queryToken) set({ response, answered: text, active: 0, error: null });
    } catch (error) {
      if (token === queryToken) set({ error: errorMessage(error) });
    }
  };

  /**
   * Sends a query at once. While one is on its way, only the latest text
   * typed meanwhile waits, and leaves when the answer comes back: every
   * keystroke is answered as soon as the backend can, and no answer to an
   * older text is shown after a newer one.
   */
  const request = (text: string) => {
    if (inFlight) {
      queued = text;
      return;
    }
    inFlight = true;
    void run(text).finally(() => {
      inFlight = false;
      const next = queued;
      queued = null;
      if (next !== null && next !== get().answered) request(next);
    });
  };

  const pollStatus = async () => {
    statusTimer = null;
    if (!get().visible) return;
    try {
      const status = await call('search:status', {});
      const wasBuilding = get().status?.ready === false;
      set({ status });
      if (!status.ready) statusTimer = setTimeout(() => void pollStatus(), STATUS_POLL_MS);
      else if (wasBuilding) request(get().text);
    } catch {
      statusTimer = setTimeout(() => void pollStatus(), STATUS_POLL_MS * 4);
    }
  };

  return {
    visible: false,
    text: '',
    response: null,
    answered: '',
    active: 0,
    status: null,
    error: null,
    focusRequest: 0,
    show() {
      set((state) => ({ visible: true, focusRequest: state.focusRequest + 1 }));
      if (statusTimer === null) void pollStatus();
    },
    hide() {
      set({ visible: false });
      if (statusTimer !== null) clearTimeout(statusTimer);
      statusTimer = null;
    },
    setText(text) {
      set({ text });
      request(text);
    },
    move(delta) {
      const count = get().response?.hits.length ?? 0;
      if (count === 0) return;
      set({ active: Math.min(count - 1, Math.max(0, get().active + delta)) });
    },
    setActive(active) {
      set({ active });
    },
    async openHit(index = get().active) {
      const hit = get().response?.hits[index];
      if (hit === undefined || hit.kind !== 'article') return;
      set({ active: index });
      await openArticle(hit.id);
    },
  };
});
