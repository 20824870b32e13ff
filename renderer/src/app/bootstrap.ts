import type { Language } from '../../../core/model/settings.js';
import { errorMessage } from '../api/index.js';
import { useJournal } from '../features/journal/store.js';
import { openArticle } from '../features/library/commands.js';
import { useFilters } from '../features/filters/store.js';
import { useLibrary } from '../features/library/store.js';
import { useRecovery } from '../features/recovery/store.js';
import { useSettings } from '../features/settings/store.js';
import { visibleArticles } from '../features/library/listing.js';

/**
 * Loads what the first screen shows: settings (language, view mode), the
 * recovery report, the library, and opens the most recently changed article;
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
  const { articles, filter } = useLibrary.getState();
  const { sort } = useFilters.getState();
  const first = visibleArticles(articles, filter, sort)[0];
  if (first) await openArticle(first.id);
  await useJournal.getState().load();
}
