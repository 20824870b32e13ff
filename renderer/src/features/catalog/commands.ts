import { registerCommands, type Command } from '../commands/registry.js';
import { usePalette } from '../commands/store.js';
import { useCatalogView } from './views.js';
import { useNewClaim } from '../claims/new-claim.js';

const show = (view: Parameters<ReturnType<typeof useCatalogView.getState>['show']>[0]) => () => {
  usePalette.getState().hide();
  useCatalogView.getState().show(view);
};

/** The catalog's commands: its screens (Ctrl/Cmd+Alt+1, 2, 3) and "New claim". */
export const CATALOG_COMMANDS: readonly Command[] = [
  {
    id: 'claims.open',
    labelKey: 'commands.claims',
    shortcut: { key: '1', mod: true, alt: true },
    run: show({ kind: 'claims' }),
  },
  {
    id: 'claims.new',
    labelKey: 'commands.newClaim',
    run: () => {
      usePalette.getState().hide();
      useCatalogView.getState().show({ kind: 'claims' });
      useNewClaim.getState().start();
    },
  },
  {
    id: 'sources.open',
    labelKey: 'commands.sources',
    shortcut: { key: '2', mod: true, alt: true },
    run: show({ kind: 'sources' }),
  },
  {
    id: 'dashboard.open',
    labelKey: 'commands.dashboard',
    shortcut: { key: '3', mod: true, alt: true },
    run: show({ kind: 'dashboard' }),
  },
];

/** Adds the catalog's commands to the palette; returns the function that removes them. */
export function registerCatalogCommands(): () => void {
  return registerCommands(CATALOG_COMMANDS);
}
