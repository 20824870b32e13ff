import type { Extension } from '@codemirror/state';
import { wikiLinkAutocomplete } from './autocomplete.js';
import { wikiLinkDecorations } from './decorations.js';
import { wikiLinkNavigation, type FollowLink } from './navigation.js';
import { linkTargets, type LinkTargetSource } from './targets-field.js';

export {
  linkTargetsField,
  setLinkTargets,
  type EditorLinkTargets,
  type LinkTargetSource,
} from './targets-field.js';
export { wikiLinkCompletions } from './autocomplete.js';
export { wikiLinkDecorations } from './decorations.js';
export { linkAt, type FollowLink } from './navigation.js';

/** Everything the editor does with wiki-links: targets, `[[` autocomplete, marks, following. */
export function wikiLinkEditing(options: { targets: LinkTargetSource; follow: FollowLink }): Extension {
  return [
    linkTargets(options.targets),
    wikiLinkAutocomplete(),
    wikiLinkDecorations,
    wikiLinkNavigation(options.follow),
  ];
}
