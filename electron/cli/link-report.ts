import type { DuplicateTitle, LinkIssue, LinkOccurrence, LinkReport } from '../../core/index.js';
import { openWorkspace } from '../backend/index.js';
import { call } from './command.js';
import { UNTITLED } from './format.js';

/** The workspace's broken and ambiguous links, read without the lock; null when it cannot be opened. */
export async function linkReportOf(dir: string): Promise<LinkReport | null> {
  let workspace;
  try {
    workspace = await openWorkspace({ dir, mode: 'read', owner: 'cli' });
  } catch {
    return null;
  }
  try {
    return await call(workspace, 'links:check', {});
  } finally {
    await workspace.close();
  }
}

/** A link's target as written, with the `claim:` prefix of a claim link. */
export function writtenTarget(link: Pick<LinkOccurrence, 'kind' | 'target'>): string {
  return link.kind === 'claim' ? `claim:${link.target}` : link.target;
}

/** One line for a broken or ambiguous link. */
export function describeLinkIssue(issue: LinkIssue): string {
  const where = `${issue.sourceTitle || UNTITLED} (${issue.sourceId}) line ${issue.line}`;
  const link = `[[${writtenTarget(issue)}]]`;
  if (issue.status === 'ambiguous') {
    return `link: ${where}: ${link} is ambiguous: ${issue.targets.map((t) => t.id).join(', ')}`;
  }
  const missing =
    issue.status === 'attachment'
      ? 'a file that is not here'
      : issue.kind === 'claim'
        ? 'no claim'
        : 'no article';
  return `link: ${where}: ${link} names ${missing}`;
}

/** One line for a title several articles hold. */
export function describeDuplicateTitle(group: DuplicateTitle): string {
  return `title: "${group.title}" is held by ${group.articles.length} articles (${group.articles.map((a) => a.id).join(', ')}); links naming it are ambiguous`;
}
