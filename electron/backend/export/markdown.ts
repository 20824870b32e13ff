import { parse, stringify } from 'yaml';
import { exportFrontMatter } from '../../../core/index.js';
import type { ExportSources, PreparedArticle } from './prepare.js';

/** The keys of the article's own front matter, when it had one that reads as a YAML map. */
function ownKeys(frontMatter: string | null): Record<string, unknown> {
  if (frontMatter === null) return {};
  try {
    const value: unknown = parse(frontMatter);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * An article as a Markdown file: YAML front matter (id, title, status, tags,
 * the claims it answers, dates, the keys of the sources it cites;
 * publication, deadline, aliases and rating when set; other keys of its own
 * front matter kept), then its text as written, citations as `[@key]`.
 */
export function markdownFile(prepared: PreparedArticle, sources: ExportSources): string {
  const { article } = prepared;
  const label = sources.settings.publishing.ratingScale.find((step) => step.value === article.rating)?.label;
  const front = {
    ...ownKeys(prepared.frontMatter),
    ...exportFrontMatter(article, sources.claims, prepared.citedKeys, label),
  };
  const yaml = stringify(front, { lineWidth: 0 });
  const kept =
    prepared.frontMatter !== null && Object.keys(ownKeys(prepared.frontMatter)).length === 0
      ? `---\n${prepared.frontMatter}\n---\n`
      : '';
  return `---\n${yaml}---\n\n${kept}${prepared.body.replace(/^\n+/, '')}${prepared.body.endsWith('\n') ? '' : '\n'}`;
}
