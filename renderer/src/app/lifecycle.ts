import type { MenuCommand } from '../../../core/ipc/contract.js';
import { getBridge } from '../api/index.js';
import { useEditor } from '../features/editor/store.js';
import { useFolderImport } from '../features/folder-import/store.js';
import { createArticle, trashOpenArticle } from '../features/library/commands.js';
import { useSettings } from '../features/settings/store.js';
import { registerBuiltinCommands } from '../features/commands/builtins.js';
import { runCommand, runShortcut } from '../features/commands/registry.js';
import { followShortcutOverrides } from '../features/shortcuts/store.js';
import { followTheme } from '../features/settings/theme.js';
import { installEditor } from './editor-setup.js';
import { registerExchangeCommands, runExchangeMenuCommand } from '../features/export/commands.js';
import { documentVisibility, followTeam } from '../features/team/follow.js';
import { useTeam } from '../features/team/store.js';
import { registerTeamCommands } from '../features/team/commands.js';
import { followTeamSyncs } from '../features/team/after-sync.js';

const flushAll = (): Promise<boolean> => useEditor.getState().flushAll();

/** Menu commands that are commands of the registry, by their id there. */
const MENU_TO_COMMAND = {
  'article:fromTemplate': 'article.fromTemplate',
  'view:focus': 'view.focus',
  'view:typewriter': 'view.typewriter',
  'settings:open': 'settings.open',
  'help:shortcuts': 'help.shortcuts',
  'help:markdown': 'help.markdown',
} as const;

/** What each application-menu command does. */
export function runMenuCommand(command: MenuCommand): void {
  const settings = useSettings.getState();
  if (runExchangeMenuCommand(command)) return;
  switch (command) {
    case 'article:new':
      void createArticle();
      break;
    case 'article:trash':
      void trashOpenArticle();
      break;
    case 'import:folder':
      void useFolderImport.getState().open();
      break;
    case 'view:editor':
    case 'view:split':
    case 'view:preview':
      void settings.setViewMode(command.slice('view:'.length) as 'editor' | 'split' | 'preview');
      break;
    case 'article:fromTemplate':
    case 'view:focus':
    case 'view:typewriter':
    case 'settings:open':
    case 'help:shortcuts':
    case 'help:markdown':
      void runCommand(MENU_TO_COMMAND[command]);
      break;
    case 'language:vi':
    case 'language:en':
      void settings.setLanguage(command.slice('language:'.length) as 'vi' | 'en');
      break;
  }
}

/** Keyboard shortcuts of the whole window, from the command registry (Ctrl/Cmd+N, +S, +P, +Shift+P, +Shift+F…). */
function onKeyDown(event: KeyboardEvent): void {
  runShortcut(event);
}

/**
 * Saves pending edits whenever the window may go away or lose the writer's
 * attention (blur, hidden, pagehide, unload, the host's flush request),
 * wires menu commands and shortcuts, and follows the team library's
 * status. Returns the function that undoes it all.
 */
export function installLifecycle(): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flushAll();
  };
  const onLeave = () => void flushAll();
  window.addEventListener('blur', onLeave);
  window.addEventListener('pagehide', onLeave);
  window.addEventListener('beforeunload', onLeave);
  document.addEventListener('visibilitychange', onHidden);
  const uninstallEditor = installEditor();
  const unregister = registerBuiltinCommands();
  const stopShortcuts = followShortcutOverrides();
  const stopTheme = followTheme();
  const unregisterExchange = registerExchangeCommands();
  const unregisterTeam = registerTeamCommands();
  const stopTeam = followTeam(useTeam, documentVisibility());
  const stopTeamSyncs = followTeamSyncs(useTeam);
  window.addEventListener('keydown', onKeyDown);
  const bridge = getBridge();
  const offFlush = bridge.onFlushRequest(flushAll);
  const offMenu = bridge.onMenuCommand(runMenuCommand);
  return () => {
    window.removeEventListener('blur', onLeave);
    window.removeEventListener('pagehide', onLeave);
    window.removeEventListener('beforeunload', onLeave);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('keydown', onKeyDown);
    unregister();
    stopShortcuts();
    stopTheme();
    unregisterExchange();
    unregisterTeam();
    stopTeam();
    stopTeamSyncs();
    uninstallEditor();
    offFlush();
    offMenu();
  };
}
