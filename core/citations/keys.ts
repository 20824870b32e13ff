import { parseCitations } from './parse.js';
import type { Citation } from './types.js';

/**
 * Looks up sources by key. Keys match ignoring case, as the library keeps
 * keys unique ignoring case: `[@WHO2023]` finds `who2023`.
 */
export function sourceIndex<S extends { key: string }>(sources: Iterable<S>): Map<string, S> {
  const index = new Map<string, S>();
  for (const source of sources) index.set(source.key.toLowerCase(), source);
  return index;
}

/** The source an item cites, from an index made by {@link sourceIndex}. */
export function lookupSource<S>(index: ReadonlyMap<string, S>, key: string): S | undefined {
  return index.get(key.toLowerCase());
}

/**
 * Note numbers in order of first use: the first key cited is 1, a key cited
 * again keeps its number. Keys `isKnown` rejects get no number (they are
 * flagged instead); the map is keyed by lower-cased key.
 */
export function numberCitations(
  citations: readonly Citation[],
  isKnown: (key: string) => boolean = () => true,
): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const citation of citations) {
    for (const item of citation.items) {
      const key = item.key.toLowerCase();
      if (!numbers.has(key) && isKnown(item.key)) numbers.set(key, numbers.size + 1);
    }
  }
  return numbers;
}

/** The keys a text cites, each once, in order of first use, as first written. */
export function citedKeys(text: string): string[] {
  const seen = new Map<string, string>();
  for (const citation of parseCitations(text)) {
    for (const item of citation.items) {
      if (!seen.has(item.key.toLowerCase())) seen.set(item.key.toLowerCase(), item.key);
    }
  }
  return [...seen.values()];
}

/**
 * The text with every citation of `from` (any case) rewritten to `to`,
 * prefixes and locators kept; code and comments untouched. Returns the text
 * unchanged when it does not cite `from`.
 */
export function renameCitationKey(text: string, from: string, to: string): string {
  const wanted = from.toLowerCase();
  const items = parseCitations(text)
    .flatMap((citation) => citation.items)
    .filter((item) => item.key.toLowerCase() === wanted);
  let result = text;
  for (const item of items.reverse()) result = result.slice(0, item.keyFrom) + to + result.slice(item.keyTo);
  return result;
}
