import type { WorkspaceServices } from '../compose.js';
import { localDay } from '../catalog/templates.js';
import type { HandlersOf } from '../handlers/registry.js';

/** The writing tools' channels: the spelling lexicon and words written per day. */
export function writingHandlers(
  services: WorkspaceServices,
): HandlersOf<'spelling:lexicon' | 'writing:stats'> {
  return {
    'spelling:lexicon': async () => ({
      dictionary: await services.catalog.run((context) => [...context.docs.catalog.data.dictionary]),
      ...services.lexicon.snapshot(),
    }),
    'writing:stats': async () => services.activity.stats(localDay()),
  };
}
