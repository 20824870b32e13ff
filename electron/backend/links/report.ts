import { duplicateTitles, type LinkIssue, type LinkReport } from '../../../core/index.js';
import type { LinkIndex } from './link-index.js';
import { occurrenceOf, targetTitles } from './occurrences.js';

/** Every broken and ambiguous link in the active articles, with counts, and the titles several articles share. */
export async function linkReport(index: LinkIndex): Promise<LinkReport> {
  await index.ready();
  const resolver = index.resolver();
  const titleOf = targetTitles(index);
  const report: LinkReport = {
    articles: 0,
    links: 0,
    resolved: 0,
    broken: [],
    ambiguous: [],
    duplicateTitles: [],
  };
  const active = [...index.metas()].filter((meta) => meta.deletedAt === null);
  for (const meta of active) {
    report.articles++;
    for (const link of index.linksOf(meta.id)) {
      report.links++;
      const occurrence = occurrenceOf(link, resolver, meta.id, titleOf);
      const issue: LinkIssue = { ...occurrence, sourceId: meta.id, sourceTitle: meta.title };
      if (occurrence.status === 'resolved') report.resolved++;
      else if (occurrence.status === 'ambiguous') report.ambiguous.push(issue);
      else report.broken.push(issue);
    }
  }
  report.duplicateTitles = duplicateTitles(active).map((group) => ({
    title: group.title,
    articles: group.entries.map(({ id, title }) => ({ id, title })),
  }));
  return report;
}
