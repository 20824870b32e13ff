import type { TFunction } from 'i18next';
import type { TeamRefusal, TeamStatus } from '../../../../core/ipc/team-contract.js';

/** A refused item as the writer knows it: its kind and its title, statement or key (the document id when it has none). */
export function refusalItem(t: TFunction, refusal: TeamRefusal): string {
  return t('team.item', { kind: t(`team.kinds.${refusal.kind}`), label: refusal.label || refusal.docId });
}

/** Where sync stands, in a few words ("synced", "3 changes waiting", "offline (retrying)"…). */
export function stateText(t: TFunction, status: Pick<TeamStatus, 'state' | 'waiting'>): string {
  if (status.state === 'waiting') return t('team.states.waiting', { count: status.waiting });
  return t(`team.states.${status.state}`);
}
