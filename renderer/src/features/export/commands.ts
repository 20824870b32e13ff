import type { MenuCommand } from '../../../../core/ipc/contract.js';
import { notifyFailure } from '../catalog/notify.js';
import { useBundles } from '../bundles/store.js';
import { parseShortcut, registerCommands, type Command } from '../commands/registry.js';
import { DEFAULT_SHORTCUTS } from '../../../../core/model/shortcuts.js';
import { usePalette } from '../commands/store.js';
import { useEditor } from '../editor/store.js';
import { useFolderImport } from '../folder-import/store.js';
import { useSelection } from '../pipeline/selection.js';
import { printArticles } from './print.js';
import { usePublishing } from './publishing.js';
import { useExport } from './store.js';

const openId = () => useEditor.getState().article?.id ?? null;
/** The selected articles, else the open one. */
const chosen = (): string[] => {
  const selected = [...useSelection.getState().ids];
  if (selected.length > 0) return selected;
  const id = openId();
  return id === null ? [] : [id];
};
const hasChosen = () => chosen().length > 0;
/** Closes the palette, then runs `action`. */
const then = (action: () => unknown) => async () => {
  usePalette.getState().hide();
  await action();
};

/** Export, print, bundles and import actions, for the menu and the palette. */
const ACTIONS = {
  export: () => useExport.getState().open(chosen()),
  print: () => printArticles(chosen()).catch((error: unknown) => notifyFailure('export.printFailed', error)),
  send: () => useBundles.getState().send(chosen()),
  receive: () => useBundles.getState().receive(),
  conflicts: () => useBundles.getState().loadConflicts(),
  importFiles: () => useFolderImport.getState().openFiles(),
  publishing: () => usePublishing.getState().show(),
};

/** The palette's commands of exchange: export, print, send, receive, conflicts, import files, publishing settings. */
const EXCHANGE_COMMANDS: readonly Command[] = [
  {
    id: 'article.export',
    labelKey: 'commands.export',
    shortcut: parseShortcut(DEFAULT_SHORTCUTS['article.export'])!,
    enabled: hasChosen,
    run: then(ACTIONS.export),
  },
  { id: 'article.print', labelKey: 'commands.print', enabled: hasChosen, run: then(ACTIONS.print) },
  { id: 'bundles.send', labelKey: 'commands.sendBundle', enabled: hasChosen, run: then(ACTIONS.send) },
  { id: 'bundles.receive', labelKey: 'commands.receiveBundle', run: then(ACTIONS.receive) },
  { id: 'bundles.conflicts', labelKey: 'commands.conflicts', run: then(ACTIONS.conflicts) },
  { id: 'files.import', labelKey: 'commands.importFiles', run: then(ACTIONS.importFiles) },
  { id: 'publishing.settings', labelKey: 'commands.publishing', run: then(ACTIONS.publishing) },
];

/** Registers the exchange commands in the palette; returns the function that removes them. */
export function registerExchangeCommands(): () => void {
  return registerCommands(EXCHANGE_COMMANDS);
}

/** What the application menu's exchange items do; false for a command that is not one of them. */
export function runExchangeMenuCommand(command: MenuCommand): boolean {
  if (command === 'export:article') void (hasChosen() && ACTIONS.export());
  else if (command === 'print:article') void (hasChosen() && ACTIONS.print());
  else if (command === 'bundles:send') void (hasChosen() && ACTIONS.send());
  else if (command === 'bundles:receive') void ACTIONS.receive();
  else if (command === 'import:files') void ACTIONS.importFiles();
  else return false;
  return true;
}
