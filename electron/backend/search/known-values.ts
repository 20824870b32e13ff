import type { KnownValues, NamedFilter } from '../../../core/search/index.js';
import { fold } from '../../../core/text/index.js';
import type { DocRecord } from './doc-store.js';

type Counts = Map<string, number>;

function count(map: Counts, value: string, delta: number): void {
  if (value === '') return;
  const next = (map.get(value) ?? 0) + delta;
  if (next > 0) map.set(value, next);
  else map.delete(value);
}

/** A tag path and every path above it: `a/b/c` → `a`, `a/b`, `a/b/c` (a filter on a tag matches its children). */
function tagPaths(tag: string): string[] {
  const parts = tag.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/**
 * The filter values the indexed documents hold — tags (with the paths above
 * them), statuses, claim ids and statements, categories, cited source keys —
 * counted per document, so the query parser can tell whether a value names
 * something and read unquoted values with spaces (`tag:chủ đề`).
 */
export class WorkspaceValues implements KnownValues {
  private readonly tags: Counts = new Map();
  private readonly statuses: Counts = new Map();
  private readonly claimIds: Counts = new Map();
  private readonly statements: Counts = new Map();
  private readonly categories: Counts = new Map();
  private readonly sources: Counts = new Map();

  /** Counts the values of a document added to the index. */
  add(record: DocRecord): void {
    this.apply(record, 1);
  }

  /** Forgets the values of a document removed from the index. */
  remove(record: DocRecord): void {
    this.apply(record, -1);
  }

  private apply(record: DocRecord, delta: number): void {
    for (const path of new Set(record.tags.flatMap(tagPaths))) count(this.tags, path, delta);
    count(this.statuses, fold(record.doc.status ?? ''), delta);
    for (const id of new Set(record.doc.claimIds ?? [])) count(this.claimIds, id, delta);
    for (const statement of new Set((record.doc.claims ?? []).map(fold)))
      count(this.statements, statement, delta);
    count(this.categories, record.category, delta);
    for (const key of new Set(record.sources)) count(this.sources, key, delta);
  }

  /** Whether a filter with this value (folded or lower-cased as the parser writes it) matches any document. */
  has(key: NamedFilter, value: string): boolean {
    switch (key) {
      case 'tag':
        return this.tags.has(value);
      case 'status':
        return this.statuses.has(value);
      case 'source':
        return this.sources.has(value);
      case 'category':
        return someKey(this.categories, (category) => category.includes(value));
      case 'claim': {
        const folded = fold(value);
        return (
          this.claimIds.has(value) || someKey(this.statements, (statement) => statement.includes(folded))
        );
      }
    }
  }
}

function someKey(map: Counts, test: (key: string) => boolean): boolean {
  for (const key of map.keys()) if (test(key)) return true;
  return false;
}
