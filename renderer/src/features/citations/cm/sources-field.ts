import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { ViewPlugin } from '@codemirror/view';
import type { Source } from '../../../../../core/sources/index.js';

/** What the editor needs of a source: its key and title for completion, its excerpts for insertion. */
export type EditorSource = Pick<Source, 'id' | 'key' | 'title'>;

/** Where the editor gets the source library from, and hears when it changes. */
export interface CitationSourceFeed {
  get(): readonly EditorSource[];
  subscribe(listener: (sources: readonly EditorSource[]) => void): () => void;
}

/** Replaces the editor's copy of the source library. */
export const setCitationSources = StateEffect.define<readonly EditorSource[]>();

/** The sources the citation autocomplete offers and the unknown-key marks check against. */
export const citationSourcesField = StateField.define<readonly EditorSource[]>({
  create: () => [],
  update(value, transaction) {
    for (const effect of transaction.effects) if (effect.is(setCitationSources)) return effect.value;
    return value;
  },
});

/** Keeps {@link citationSourcesField} in step with a feed for as long as the view lives. */
export function citationSources(feed: CitationSourceFeed): Extension {
  return [
    citationSourcesField.init(() => feed.get()),
    ViewPlugin.define((view) => {
      const unsubscribe = feed.subscribe((sources) => {
        queueMicrotask(() => view.dispatch({ effects: setCitationSources.of(sources) }));
      });
      return { destroy: unsubscribe };
    }),
  ];
}
