import type { LinkIssue, LinkReport } from '../../core/index.js';
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

/** One line for a broken or ambiguous link. */
export function describeLinkIssue(issue: LinkIssue): string {
  const where = `${issue.sourceTitle || UNTITLED} (${issue.sourceId}) line ${issue.line}`;
  if (issue.status === 'ambiguous') {
    return `link: ${where}: [[${issue.target}]] is ambiguous: ${issue.targets.map((t) => t.id).join(', ')}`;
  }
  return `link: ${where}: [[${issue.target}]] names ${issue.status === 'attachment' ? 'a file that is not here' : 'no article'}`;
}
