import { useLayoutEffect, type MouseEvent, type RefObject } from 'react';
import { parseLinks } from '../../../../core/links/index.js';
import { WIKILINK_ATTRIBUTE, wikiLinkClass, wikiLinkLabel } from '../../../../core/markdown/index.js';
import { useEditor } from '../editor/store.js';
import { useFollow } from './follow.js';
import { useLinkTargets } from './targets.js';

/** The label a rendered link had before a claim's statement replaced it. */
const writtenLabels = new WeakMap<HTMLAnchorElement, string>();

/**
 * Marks the preview's wiki-links broken or ambiguous (the classes the core
 * renderer gives with a classifier) after each render and whenever the
 * article list changes, so rendered sections stay cached across renames.
 * A claim linked by its id without display text shows the claim's statement.
 */
export function usePreviewLinkStatus(root: RefObject<HTMLElement | null>, rendered: unknown): void {
  const { resolver, claims } = useLinkTargets((state) => state.targets);
  const sourceId = useEditor((state) => state.article?.id);
  useLayoutEffect(() => {
    for (const anchor of root.current?.querySelectorAll<HTMLAnchorElement>(`a[${WIKILINK_ATTRIBUTE}]`) ??
      []) {
      const link = parseLinks(`[[${anchor.getAttribute(WIKILINK_ATTRIBUTE) ?? ''}]]`)[0];
      const resolution = link ? resolver.resolve(link, sourceId) : { status: 'broken' as const };
      const wanted = wikiLinkClass(resolution.status);
      if (anchor.className !== wanted) anchor.className = wanted;
      if (link?.kind !== 'claim' || resolution.status !== 'resolved' || resolution.id !== link.target)
        continue;
      const statement = claims.get(resolution.id)?.statement;
      const written = writtenLabels.get(anchor) ?? anchor.textContent;
      writtenLabels.set(anchor, written);
      if (statement === undefined || written !== wikiLinkLabel(link)) continue;
      const shown = wikiLinkLabel({ ...link, target: statement });
      if (anchor.textContent !== shown) anchor.textContent = shown;
    }
  }, [root, rendered, resolver, claims, sourceId]);
}

/** Follows a clicked wiki-link of the preview instead of navigating. */
export function onPreviewClick(event: MouseEvent<HTMLElement>): void {
  const anchor = (event.target as Element).closest?.(`a[${WIKILINK_ATTRIBUTE}]`);
  if (!anchor) return;
  event.preventDefault();
  void useFollow.getState().followReference(anchor.getAttribute(WIKILINK_ATTRIBUTE) ?? '');
}
