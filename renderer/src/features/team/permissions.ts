import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../core/model/article.js';
import type { TeamRole, TeamStatus } from '../../../../core/ipc/team-contract.js';
import { isConnected } from './status.js';

/** What a team role may be kept from doing; the server's design document decides, the page only follows it. */
export type TeamAction = 'approve' | 'publish' | 'editTaxonomy';

/** What a writer may not do (an editor may do everything). */
const WRITER_CANNOT: ReadonlySet<TeamAction> = new Set(['approve', 'publish', 'editTaxonomy']);

/**
 * The role the page follows: none when the workspace is not connected (it
 * is the writer's own), and none while the server has not said (the server
 * still refuses what the role may not do, and the refusal is shown).
 */
export function effectiveRole(status: Pick<TeamStatus, 'state' | 'role'>): TeamRole | null {
  return isConnected(status) ? status.role : null;
}

/** Whether `role` may do `action`: everyone may, except a team writer. */
export function can(role: TeamRole | null, action: TeamAction): boolean {
  return role !== 'writer' || !WRITER_CANNOT.has(action);
}

/** The action setting an article to `status` needs, if any. */
export function actionForStatus(status: ArticleStatus): TeamAction | null {
  if (status === 'approved') return 'approve';
  if (status === 'published') return 'publish';
  return null;
}

/** The statuses `role` may set an article to, in pipeline order. */
export function settableStatuses(role: TeamRole | null): ArticleStatus[] {
  return ARTICLE_STATUSES.filter((status) => {
    const action = actionForStatus(status);
    return action === null || can(role, action);
  });
}
