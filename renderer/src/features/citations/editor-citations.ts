import type { Extension } from '@codemirror/state';
import { useSources } from '../sources/store.js';
import { citationEditing, type CitationSourceFeed } from './cm/index.js';

/** The source library as the editor sees it; loads it once when first asked. */
const feed: CitationSourceFeed = {
  get() {
    const { loaded, sources } = useSources.getState();
    if (!loaded) void useSources.getState().load();
    return sources;
  },
  subscribe: (listener) =>
    useSources.subscribe((state, previous) => {
      if (state.sources !== previous.sources) listener(state.sources);
    }),
};

/** The article editor's citation features, bound to the workspace's source library. */
export function articleCitationEditing(): Extension {
  return citationEditing(feed);
}
