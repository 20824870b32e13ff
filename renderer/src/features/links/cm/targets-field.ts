import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { ViewPlugin } from '@codemirror/view';
import type { LinkResolver, TitleMatcher } from '../../../../../core/links/index.js';

/** What the editor's link features look titles up in. */
export interface EditorLinkTargets {
  resolver: LinkResolver;
  matcher: TitleMatcher;
}

/** Where the editor gets its link targets from, and hears when they change. */
export interface LinkTargetSource {
  get(): EditorLinkTargets;
  subscribe(listener: (targets: EditorLinkTargets) => void): () => void;
}

/** Replaces the editor's link targets (the article list changed). */
export const setLinkTargets = StateEffect.define<EditorLinkTargets>();

/** The link targets the editor's decorations and autocomplete use. */
export const linkTargetsField = StateField.define<EditorLinkTargets | null>({
  create: () => null,
  update(value, transaction) {
    for (const effect of transaction.effects) if (effect.is(setLinkTargets)) return effect.value;
    return value;
  },
});

/** Keeps {@link linkTargetsField} in step with a source, for as long as the view lives. */
export function linkTargets(source: LinkTargetSource): Extension {
  return [
    linkTargetsField.init(() => source.get()),
    ViewPlugin.define((view) => {
      const unsubscribe = source.subscribe((targets) => {
        queueMicrotask(() => view.dispatch({ effects: setLinkTargets.of(targets) }));
      });
      return { destroy: unsubscribe };
    }),
  ];
}
