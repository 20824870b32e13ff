import type { StoreApi } from 'zustand';
import { useClaims } from '../claims/store.js';
import { useEditor } from '../editor/store.js';
import { useLibrary } from '../library/store.js';
import { useSources } from '../sources/store.js';
import { useTags } from '../tags/store.js';
import { syncWroteHere } from './status.js';
import type { TeamState } from './store.js';

/**
 * What a sync round wrote here (articles, claims, sources, categories, tag
 * colours from the team) reaches the lists that show them; the open article
 * is read again when a sync changed it and nothing typed is waiting, so the
 * editor never holds a text older than the workspace's.
 */
async function takeSynced(): Promise<void> {
  await Promise.all([
    useLibrary.getState().refresh(),
    useClaims.getState().load(),
    useSources.getState().load(),
    useTags.getState().load(),
  ]).catch(() => undefined);
  const editor = useEditor.getState();
  const open = editor.article;
  if (open === null || editor.save.status !== 'saved') return;
  const listed = useLibrary.getState().articles.find((article) => article.id === open.id);
  if (listed !== undefined && listed.rev !== open.rev)
    await editor.backendChange(() => Promise.resolve()).catch(() => undefined);
}

/**
 * Reads the synced lists again when a sync round wrote something here (a
 * round that only sent, or found nothing new, leaves them alone); returns
 * the function that stops.
 */
export function followTeamSyncs(store: StoreApi<TeamState>): () => void {
  return store.subscribe((state, previous) => {
    if (previous.loaded && syncWroteHere(previous.status, state.status)) void takeSynced();
  });
}
