import type { Extension } from '@codemirror/state';
import { wikiLinkEditing } from './cm/index.js';
import { useFollow } from './follow.js';
import { editorLinkSource } from './targets.js';

/** The article editor's wiki-link features, bound to the workspace's articles. */
export function articleLinkEditing(): Extension {
  return wikiLinkEditing({
    targets: editorLinkSource,
    follow: (link) => void useFollow.getState().follow(link),
  });
}
