import { useLayoutEffect, type MouseEvent, type RefObject } from 'react';
import { parseLinks } from '../../../../core/links/index.js';
import { WIKILINK_ATTRIBUTE, wikiLinkClass } from '../../../../core/markdown/index.js';
import { useEditor } from '../editor/store.js';
import { useFollow } from './follow.js';
import { useLinkTargets } from './targets.js';

/**
 * Marks the preview's wiki-links broken or ambiguous (the classes the core
 * renderer gives with a classifier) after each render and whenever the
 * article list changes, so rendered sections stay cached across renames.
 */
export function usePreviewLinkStatus(root: RefObject<HTMLElement | null>, rendered: unknown): void {
  const resolver = useLinkTargets((state) => state.targets.resolver);
  const sourceId = useEditor((state) => state.article?.id);
  useLayoutEffect(() => {
    for (const anchor of root.current?.querySelectorAll<HTMLAnchorElement>(`a[${WIKILINK_ATTRIBUTE}]`) ??
      []) {
      const link = parseLinks(`[[${anchor.getAttribute(WIKILINK_ATTRIBUTE) ?? ''}]]`)[0];
      const status = link ? resolver.resolve(link, sourceId).status : 'broken';
      const wanted = wikiLinkClass(status);
      if (anchor.className !== wanted) anchor.className = wanted;
    }
  }, [root, rendered, resolver, sourceId]);
}

/** Follows a clicked wiki-link of the preview instead of navigating. */
export function onPreviewClick(event: MouseEvent<HTMLElement>): void {
  const anchor = (event.target as Element).closest?.(`a[${WIKILINK_ATTRIBUTE}]`);
  if (!anchor) return;
  event.preventDefault();
  void useFollow.getState().followReference(anchor.getAttribute(WIKILINK_ATTRIBUTE) ?? '');
}
