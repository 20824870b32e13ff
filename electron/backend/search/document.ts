import { citedKeys } from '../../../core/citations/index.js';
import type { Article } from '../../../core/model/index.js';
import type { SearchKind } from '../../../core/search/index.js';

/** What the engine indexes for one article, claim or source. Callers map their records to this. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  title: string;
  /** Markdown body of an article; statement notes of a claim; notes and excerpts of a source. */
  body?: string;
  /** Tag paths (`chủ đề/tham nhũng`). */
  tags?: readonly string[];
  /** Statements of the claims an article answers. */
  claims?: readonly string[];
  /** Ids of the claims an article answers (a claim lists its own id). */
  claimIds?: readonly string[];
  /** Publication or outlet. */
  outlet?: string;
  category?: string;
  /** Keys of the sources the document cites (a source lists its own key). */
  sourceKeys?: readonly string[];
  status?: string;
  /** ISO timestamp of the last change: recency ranking and before:/after: filters. */
  updatedAt: string;
}

/** The text of the metadata field of a document. */
export function metaText(doc: SearchDocument): string {
  return [
    ...(doc.tags ?? []).map((tag) => tag.replace(/\//g, ' ')),
    ...(doc.claims ?? []),
    doc.outlet ?? '',
    doc.category ?? '',
    ...(doc.sourceKeys ?? []),
  ].join('\n');
}

/**
 * The search document of an article. `claims` are the statements of the
 * claims it answers (by id); `outlet` its publication, when known.
 */
export function articleDocument(
  article: Article,
  extras: { claims?: readonly string[]; outlet?: string } = {},
): SearchDocument {
  return {
    id: article.id,
    kind: 'article',
    title: article.title,
    body: article.body,
    tags: article.tags,
    claimIds: article.claimIds,
    claims: extras.claims ?? [],
    ...(extras.outlet === undefined ? {} : { outlet: extras.outlet }),
    sourceKeys: citedKeys(article.body),
    status: article.status,
    updatedAt: article.updatedAt,
  };
}
