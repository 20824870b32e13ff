import i18next from 'i18next';
import type { TeamRefusal } from '../../../../core/ipc/team-contract.js';
import { useCatalogView } from '../catalog/views.js';
import { useNotices } from '../notices/store.js';
import { refusalItem } from './labels.js';

/** Opens the settings at the team library. */
export function showTeamSettings(): void {
  useCatalogView.getState().show({ kind: 'settings', section: 'team' });
}

/**
 * Tells the writer that the server refused a change (or that a document
 * from the server was refused here): which item and the server's reason; when
 * several came at once, how many, the newest, and a way to the full list.
 */
export function announceRefusals(refusals: readonly TeamRefusal[]): void {
  const newest = refusals[0];
  if (newest === undefined) return;
  const t = i18next.t.bind(i18next);
  const values = { item: refusalItem(t, newest), reason: newest.reason };
  const message =
    refusals.length > 1
      ? t('team.refusedMany', { ...values, count: refusals.length })
      : t(newest.direction === 'push' ? 'team.refusedPush' : 'team.refusedPull', values);
  useNotices.getState().push({
    kind: 'error',
    message,
    action: { label: t('team.showRefusals'), run: showTeamSettings },
  });
}
