import type { Claim } from '../claims/types.js';
import type { Article } from '../model/article.js';
import type { Source } from '../sources/types.js';

/**
 * The content of an article that makes a version: text and editorial
 * metadata, in a fixed order. Left out: what changes without a writer
 * changing the article (revision counter, timestamps, word count) — two
 * machines holding the same article hash it alike.
 */
export function articleVersionText(article: Article): string {
  return JSON.stringify([
    'article',
    article.title,
    article.body,
    article.status,
    article.tags,
    article.claimIds,
    article.aliases,
    article.path,
    article.publication,
    article.deadline,
    article.wordTarget,
    article.rating,
    article.deletedAt !== null,
  ]);
}

/**
 * The content of a claim that makes a version. Its status counts only when
 * set by hand: otherwise each side derives it from the articles it holds.
 */
export function claimVersionText(claim: Claim): string {
  return JSON.stringify([
    'claim',
    claim.statement,
    claim.summary,
    claim.categoryId,
    claim.appearances.map((a) => [a.title, a.outlet, a.url, a.date]),
    claim.firstSeen,
    claim.statusSetByHand ? claim.status : null,
    claim.notes,
    claim.tags,
  ]);
}

/** The content of a source that makes a version: every field but its timestamps. */
export function sourceVersionText(source: Source): string {
  return JSON.stringify([
    'source',
    source.key,
    source.kind,
    source.title,
    source.author,
    source.publisher,
    source.date,
    source.url,
    source.accessed,
    source.notes,
    source.excerpts.map((e) => [e.id, e.text, e.location]),
  ]);
}
