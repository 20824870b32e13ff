import SearchableMap from 'minisearch/SearchableMap';
import type { SearchQuery } from '../../../core/search/index.js';
import type { PostingsIndex } from './postings-index.js';

const cache = new WeakMap<PostingsIndex, { size: number; map: SearchableMap<number> }>();

function vocabulary(terms: PostingsIndex): SearchableMap<number> {
  const cached = cache.get(terms);
  if (cached !== undefined && cached.size === terms.byText.size) return cached.map;
  const map = new SearchableMap<number>();
  for (const [text, term] of terms.byText) map.set(text, term.size);
  cache.set(terms, { size: terms.byText.size, map });
  return map;
}

/**
 * For a query that matched nothing: the query with each unknown word replaced
 * by the commonest indexed word within one or two edits (MiniSearch's radix
 * tree does the fuzzy lookup). Empty when no word is unknown or none is close.
 */
export function suggest(terms: PostingsIndex, query: SearchQuery): string[] {
  const words = query.groups
    .flat()
    .flatMap((clause) => (clause.type === 'word' ? [clause.word] : clause.words));
  const unknown = words.filter((word) => terms.get(word.term) === undefined && word.term.length >= 3);
  if (unknown.length === 0 || unknown.length > 4) return [];
  const map = vocabulary(terms);
  let changed = false;
  const replaced = words.map((word) => {
    if (!unknown.includes(word)) return word.term;
    const matches = map.fuzzyGet(word.term, word.term.length > 5 ? 2 : 1);
    let best: [string, number, number] | null = null;
    for (const [text, [frequency, distance]] of matches) {
      if (best === null || distance < best[2] || (distance === best[2] && frequency > best[1]))
        best = [text, frequency, distance];
    }
    if (best === null) return word.term;
    changed = true;
    return best[0];
  });
  return changed ? [replaced.join(' ')] : [];
}
