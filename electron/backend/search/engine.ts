import {
  describeNotices,
  highlight,
  isEmptyQuery,
  makeSnippet,
  parseQuery,
  SEARCH_KINDS,
  type HighlightTerm,
  type SearchHit,
  type SearchKind,
  type SearchQuery,
  type SearchResponse,
} from '../../../core/search/index.js';
import { AppError } from '../../../core/errors.js';
import { nfc } from '../../../core/text/index.js';
import { DocAnalyzer } from './analyze.js';
import { readIndex, writeIndex } from './codec.js';
import { metaText, type SearchDocument } from './document.js';
import { bodyOf, DocStore, toRecord } from './doc-store.js';
import { Scratch } from './evaluate.js';
import { runQuery } from './run-query.js';
import { suggest } from './suggest.js';
import { packCounts, PostingsIndex } from './postings-index.js';

/** Options of {@link SearchEngine.search}. */
export interface SearchOptions {
  /** Most hits returned (1–500, default 20). */
  limit?: number;
  /** Only these kinds of documents. */
  kinds?: readonly SearchKind[];
  /** Add to each hit what its score is made of (`rank`). */
  explain?: boolean;
}

function checkDocument(doc: SearchDocument): void {
  const ok =
    doc !== null &&
    typeof doc === 'object' &&
    typeof doc.id === 'string' &&
    doc.id !== '' &&
    SEARCH_KINDS.includes(doc.kind) &&
    typeof doc.title === 'string' &&
    (doc.body === undefined || typeof doc.body === 'string') &&
    typeof doc.updatedAt === 'string';
  if (!ok)
    throw new AppError('invalid_request', 'A search document needs an id, a kind, a title and updatedAt.');
}

function highlightTerms(query: SearchQuery): HighlightTerm[] {
  const clauses = query.groups.flat();
  return clauses.flatMap((clause, index) => {
    const words = clause.type === 'word' ? [clause.word] : clause.words;
    const prefix = query.prefixLast && index === clauses.length - 1;
    return words.map((word) => ({ term: word.term, prefix }));
  });
}

/**
 * Full-text search over articles, claims and sources, folded for Vietnamese
 * (tone marks and `đ` ignored for matching, agreement in diacritics ranked
 * higher). Postings are packed typed arrays; the whole index lives in memory
 * and can be serialized for a fast restart (see codec.ts).
 */
export class SearchEngine {
  /** @internal */ store = new DocStore();
  /** @internal */ words = new PostingsIndex();
  /** @internal */ readonly scratch = new Scratch();
  private readonly analyzer = new DocAnalyzer(this.words);

  /** Indexes every document (later duplicates of an id replace earlier ones). */
  static build(docs: Iterable<SearchDocument>): SearchEngine {
    const engine = new SearchEngine();
    for (const doc of docs) engine.upsert(doc);
    engine.words.shrink();
    return engine;
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.store.liveCount;
  }

  /** Whether a document with this id is indexed. */
  has(id: string): boolean {
    return this.store.byId.has(id);
  }

  /** Id → `updatedAt` of every indexed document: compare with the workspace to find stale entries. */
  versions(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [id, ord] of this.store.byId) out.set(id, this.store.records[ord]!.doc.updatedAt);
    return out;
  }

  /** Adds a document or replaces the one with the same id. */
  upsert(doc: SearchDocument): void {
    checkDocument(doc);
    this.store.remove(doc.id);
    this.index(doc);
    if (this.store.capacity > 1024 && this.store.capacity > this.store.liveCount * 2) this.compact();
  }

  /** Removes a document; returns whether it was indexed. */
  remove(id: string): boolean {
    return this.store.remove(id);
  }

  /** Drops the space of replaced and removed documents. */
  compact(): void {
    if (this.store.capacity === this.store.liveCount) return;
    this.words.compact(this.store.compact());
  }

  /** The index as bytes (compacting it first), for {@link SearchEngine.deserialize}. */
  serialize(): Uint8Array {
    this.compact();
    this.words.flush();
    return writeIndex(this.store, this.words);
  }

  /**
   * An engine from {@link SearchEngine.serialize} bytes, which it keeps using
   * (do not reuse `data`); throws IndexFormatError when they are damaged.
   */
  static deserialize(data: Uint8Array): SearchEngine {
    const engine = new SearchEngine();
    readIndex(data, engine.store, engine.words);
    return engine;
  }

  /** Runs query text (see core/search parseQuery for the language). Never throws on any text. */
  search(text: string, options: SearchOptions = {}): SearchResponse {
    const limit = Math.max(1, Math.min(500, Math.floor(options.limit ?? 20) || 20));
    const query = parseQuery(typeof text === 'string' ? text : '', this.store.values);
    const notice = describeNotices(query.notices, query.unmatched);
    const extra = {
      ...(notice === undefined ? {} : { notice, noticeCodes: query.notices }),
      ...(query.unmatched.length === 0 ? {} : { unmatched: query.unmatched }),
    };
    if (isEmptyQuery(query)) return { hits: [], total: 0, ...extra };
    this.words.flush();
    const { ranked, total } = runQuery(this, query, limit, options.kinds, options.explain === true);
    const terms = highlightTerms(query);
    const hits = ranked.map(({ ord, score, inBody, keys }) => {
      const hit = this.hit(ord, score, terms, inBody);
      if (keys !== undefined) hit.rank = { ...keys, relevance: Math.round(keys.relevance * 1000) / 1000 };
      return hit;
    });
    const response: SearchResponse = { hits, total, ...extra };
    if (total === 0) {
      const suggestions = suggest(this.words, query);
      if (suggestions.length > 0) response.suggestions = suggestions;
    }
    return response;
  }

  /** A hit; the body is only scanned for highlights when the query matched in it. */
  private hit(ord: number, score: number, terms: HighlightTerm[], inBody: boolean): SearchHit {
    const record = this.store.records[ord]!;
    const { doc } = record;
    const hasBody = record.body.length > 0;
    const body = hasBody ? bodyOf(record) : metaText(doc);
    const hit: SearchHit = {
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      updatedAt: doc.updatedAt,
      score,
      snippet: makeSnippet(body, inBody || !hasBody ? terms : []),
      titleSegments: highlight(doc.title, terms),
    };
    if (doc.status !== undefined) hit.status = doc.status;
    return hit;
  }

  private index(input: SearchDocument): void {
    const { body: rawBody = '', ...rest } = input;
    const doc = { ...rest, title: nfc(rest.title) };
    const body = nfc(rawBody);
    const analyzer = this.analyzer;
    analyzer.reset();
    const lengths = [
      analyzer.add(doc.title, 0),
      analyzer.add(nfc(metaText(doc)), 1),
      analyzer.add(body, 2),
    ] as const;
    const ord = this.store.add(toRecord(doc, body), lengths, [analyzer.starts[1], analyzer.starts[2]]);
    analyzer.group();
    const [title, meta, text] = analyzer.tf;
    for (const id of analyzer.touched) {
      const counts = packCounts(title[id]!, meta[id]!, text[id]!);
      const from = analyzer.spanStart(id);
      this.words.append(
        this.words.byId[id]!,
        ord,
        counts,
        analyzer.mask[id]!,
        analyzer.grouped,
        from,
        from + analyzer.spanLength(id),
      );
    }
  }
}
