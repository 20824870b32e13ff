import { useMemo } from 'react';
import type { ArticleStatus } from '../../../../core/model/article.js';
import { can, effectiveRole, settableStatuses, type TeamAction } from './permissions.js';
import { useTeam, type TeamState } from './store.js';

/** Whether the team role lets the writer do `action` (always, when the workspace is not connected). */
export function selectCan(state: Pick<TeamState, 'status'>, action: TeamAction): boolean {
  return can(effectiveRole(state.status), action);
}

/** The one place the page asks what the team role allows: hide a control when this is false. */
export function useCan(action: TeamAction): boolean {
  return useTeam((state) => selectCan(state, action));
}

/** The statuses the writer may set an article to, in pipeline order. */
export function useSettableStatuses(): ArticleStatus[] {
  const role = useTeam((state) => effectiveRole(state.status));
  return useMemo(() => settableStatuses(role), [role]);
}
