import type { Extension } from '@codemirror/state';
import { trackActiveView } from './active-view.js';
import { citationAutocomplete } from './autocomplete.js';
import { citationDecorations } from './decorations.js';
import { citationSources, type CitationSourceFeed } from './sources-field.js';

export { insertIntoEditor } from './active-view.js';
export { citationCompletions } from './autocomplete.js';
export { citationDecorations, KNOWN_CITATION_CLASS, UNKNOWN_CITATION_CLASS } from './decorations.js';
export {
  citationSourcesField,
  setCitationSources,
  type CitationSourceFeed,
  type EditorSource,
} from './sources-field.js';

/** Everything the editor does with citations: the library, `[@` autocomplete, unknown keys flagged. */
export function citationEditing(feed: CitationSourceFeed): Extension {
  return [citationSources(feed), citationAutocomplete, citationDecorations, trackActiveView];
}
