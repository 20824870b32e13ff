import {
  citationExtension,
  lookupSource,
  numberCitations,
  parseCitations,
  sourceIndex,
} from '../../../../core/citations/index.js';
import type { Citation } from '../../../../core/citations/types.js';
import type { MarkedExtension } from 'marked';
import type { Source } from '../../../../core/sources/index.js';
import { useSources } from '../sources/store.js';

let index = new Map<string, Source>();
let indexed: readonly Source[] | null = null;
let numbering = new Map<string, number>();

function currentIndex(): Map<string, Source> {
  const { sources } = useSources.getState();
  if (sources !== indexed) {
    index = sourceIndex(sources);
    indexed = sources;
  }
  return index;
}

/**
 * The core citation extension for a preview rendered in sections: notes
 * keep the numbering of the whole article (set by {@link numberArticle})
 * and the bibliography is left to the preview, which shows it once.
 */
export const previewCitations: MarkedExtension = citationExtension(() => useSources.getState().sources, {
  numbering: () => numbering,
  bibliography: false,
});

let parsed = new Map<string, Citation[]>();

/**
 * Numbers the citations of the whole article, given as the parts its
 * preview renders (citations never cross them), before they render; each
 * part is parsed once while its text is unchanged. Answers a fingerprint of
 * the numbering and the library, which changes whenever a cached section
 * could render differently.
 */
export function numberArticle(parts: readonly string[]): string {
  const known = currentIndex();
  const next = new Map<string, Citation[]>();
  const citations: Citation[] = [];
  for (const part of parts) {
    const found = next.get(part) ?? parsed.get(part) ?? (part.includes('@') ? parseCitations(part) : []);
    next.set(part, found);
    for (const citation of found) citations.push(citation);
  }
  parsed = next;
  numbering =
    citations.length === 0
      ? new Map()
      : numberCitations(citations, (key) => lookupSource(known, key) !== undefined);
  const keys = [...numbering.keys()].join(' ');
  return `${useSources.getState().sources.length}|${keys}`;
}

/** The numbering of the article last passed to {@link numberArticle}: what the bibliography lists. */
export function currentNumbering(): ReadonlyMap<string, number> {
  return numbering;
}

/** The source of a key, as the preview's bibliography looks it up. */
export function sourceOf(key: string): Source | undefined {
  return lookupSource(currentIndex(), key);
}
