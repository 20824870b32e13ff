import { useDashboard } from '../dashboard/store.js';
import { useLibrary } from '../library/store.js';
import { useTags } from '../tags/store.js';

/** Pause after the last change of the list before the counts are fetched again. */
const DELAY = 1_000;

const signature = (articles: ReturnType<typeof useLibrary.getState>['articles']): string =>
  `${articles.length}|${articles.map((article) => `${article.status}:${article.tags.join(',')}`).join('|')}`;

/**
 * Keeps the sidebar's counts (statuses, tags) and the dashboard in step with
 * the library: when articles are added, trashed, restored or change status
 * or tags, they are fetched again shortly after. Returns the unsubscribe function.
 */
export function followLibraryCounts(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = signature(useLibrary.getState().articles);
  const unsubscribe = useLibrary.subscribe((state, previous) => {
    if (state.articles === previous.articles || state.filtered) return;
    const next = signature(state.articles);
    if (next === last) return;
    last = next;
    clearTimeout(timer);
    timer = setTimeout(() => {
      void useDashboard.getState().load();
      void useTags.getState().load();
    }, DELAY);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
