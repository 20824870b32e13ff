import type { Language } from '../../../core/model/settings.js';
import { call, errorMessage } from '../api/index.js';
import { useJournal } from '../features/journal/store.js';
import { openArticle } from '../features/library/commands.js';
import { useFilters } from '../features/filters/store.js';
import { useLibrary } from '../features/library/store.js';
import { useRecovery } from '../features/recovery/store.js';
import { useSettings } from '../features/settings/store.js';
import { useClaims } from '../features/claims/store.js';
import { useSources } from '../features/sources/store.js';
import { visibleArticles } from '../features/library/listing.js';

/** `?welcome=off` leaves the first-run guide out (the end-to-end tests start from an empty workspace). */
function welcomeWanted(search: string = location.search): boolean {
  return new URLSearchParams(search).get('welcome') !== 'off';
}

/**
 * In a new workspace, writes the first-run guide in the UI language (once:
 * the backend remembers) and answers its id to open it first.
 */
async function welcome(): Promise<string | null> {
  const settings = useSettings.getState();
  if (settings.writing.welcome !== 'pending' || !welcomeWanted()) return null;
  try {
    const { articleId } = await call('workspace:welcome', { language: settings.language });
    if (articleId === null) return null;
    // The guide brought an example claim and source: the lists that show them load again.
    await Promise.all([
      useLibrary.getState().load('active'),
      useClaims.getState().load(),
      useSources.getState().load(),
    ]);
    return articleId;
  } catch {
    return null;
  }
}

/**
 * Loads what the first screen shows: settings (language, view mode), the
 * recovery report, the library, the first-run guide of a new workspace, and
 * opens the guide or else the most recently changed article;
 * then asks the crash journal for text a crash kept from being saved.
 * Throws a readable message when the backend cannot be reached.
 */
export async function bootstrap(forcedLanguage: Language | null): Promise<void> {
  try {
    await Promise.all([
      useSettings.getState().load(forcedLanguage),
      useRecovery.getState().load(),
      useLibrary.getState().load('active'),
    ]);
  } catch (error) {
    throw new Error(errorMessage(error), { cause: error });
  }
  const guide = await welcome();
  const { articles, filter } = useLibrary.getState();
  const { sort } = useFilters.getState();
  const first = guide ?? visibleArticles(articles, filter, sort)[0]?.id;
  if (first) await openArticle(first);
  await useJournal.getState().load();
}
