import type { Claim } from '../claims/types.js';
import type { Article } from '../model/article.js';

/** What the YAML front matter of an exported Markdown article holds. */
export interface ExportFrontMatter {
  id: string;
  title: string;
  status: string;
  tags: string[];
  claims: Array<{ id: string; statement: string }>;
  created: string;
  updated: string;
  sources: string[];
  aliases?: string[];
  publication?: { outlet: string; date: string; url: string };
  deadline?: string;
  rating?: { value: number; label: string };
}

/**
 * The front matter of an exported article: id, title, status, tags, the
 * claims it answers (id and statement), dates, the keys of the sources it
 * cites; publication, deadline, aliases and rating when set. Claims not in
 * the catalog keep their id alone.
 */
export function exportFrontMatter(
  article: Article,
  claims: ReadonlyMap<string, Claim>,
  citedKeys: readonly string[],
  ratingLabel?: string,
): ExportFrontMatter {
  const front: ExportFrontMatter = {
    id: article.id,
    title: article.title,
    status: article.status,
    tags: [...article.tags],
    claims: article.claimIds.map((id) => ({ id, statement: claims.get(id)?.statement ?? '' })),
    created: article.createdAt,
    updated: article.updatedAt,
    sources: [...citedKeys],
  };
  if (article.aliases.length > 0) front.aliases = [...article.aliases];
  if (article.publication !== null) front.publication = { ...article.publication };
  if (article.deadline !== null) front.deadline = article.deadline;
  if (article.rating !== null) front.rating = { value: article.rating, label: ratingLabel ?? '' };
  return front;
}
