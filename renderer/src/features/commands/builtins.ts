import { useBackups } from '../backups/store.js';
import { useEditor } from '../editor/store.js';
import { useFolderImport } from '../folder-import/store.js';
import { createArticle, showScope, trashOpenArticle } from '../library/commands.js';
import { usePanels } from '../panels/store.js';
import { useSearch } from '../search/store.js';
import { useSettings } from '../settings/store.js';
import { useSwitcher } from '../switcher/store.js';
import { registerCommands, type Command } from './registry.js';
import { usePalette } from './store.js';

const openArticleId = () => useEditor.getState().article?.id ?? null;
const hasOpenArticle = () => openArticleId() !== null;
const closeOverlays = () => {
  usePalette.getState().hide();
  useSwitcher.getState().hide();
};

/** The commands of the app, in the order the palette lists them. */
export const BUILTIN_COMMANDS: readonly Command[] = [
  {
    id: 'palette.open',
    labelKey: 'commands.palette',
    shortcut: { key: 'p', mod: true, shift: true },
    run: () => {
      useSwitcher.getState().hide();
      usePalette.getState().show();
    },
  },
  {
    id: 'switcher.open',
    labelKey: 'commands.switcher',
    shortcut: { key: 'p', mod: true },
    run: () => {
      usePalette.getState().hide();
      useSwitcher.getState().show();
    },
  },
  {
    id: 'search.open',
    labelKey: 'commands.search',
    shortcut: { key: 'f', mod: true, shift: true },
    run: () => {
      closeOverlays();
      useSearch.getState().show();
    },
  },
  {
    id: 'article.new',
    labelKey: 'commands.newArticle',
    shortcut: { key: 'n', mod: true },
    run: createArticle,
  },
  {
    id: 'article.save',
    labelKey: 'commands.save',
    shortcut: { key: 's', mod: true },
    run: async () => {
      await useEditor.getState().flushAll();
    },
  },
  {
    id: 'article.trash',
    labelKey: 'commands.trash',
    enabled: () => hasOpenArticle() && !useEditor.getState().article?.deletedAt,
    run: trashOpenArticle,
  },
  {
    id: 'folder.import',
    labelKey: 'commands.importFolder',
    run: () => {
      closeOverlays();
      return useFolderImport.getState().open();
    },
  },
  { id: 'library.all', labelKey: 'commands.showAll', run: () => showScope('active') },
  { id: 'library.trash', labelKey: 'commands.showTrash', run: () => showScope('trash') },
  ...(['editor', 'split', 'preview'] as const).map((mode) => ({
    id: `view.${mode}`,
    labelKey: `commands.view.${mode}`,
    run: () => useSettings.getState().setViewMode(mode),
  })),
  {
    id: 'panel.history',
    labelKey: 'commands.history',
    enabled: hasOpenArticle,
    run: () => usePanels.getState().toggle('history'),
  },
  { id: 'backups.open', labelKey: 'commands.backups', run: () => useBackups.getState().show() },
  ...(['vi', 'en'] as const).map((language) => ({
    id: `language.${language}`,
    labelKey: `commands.language.${language}`,
    run: () => useSettings.getState().setLanguage(language),
  })),
];

/** Registers the app's commands; returns the function that removes them. */
export function registerBuiltinCommands(): () => void {
  return registerCommands(BUILTIN_COMMANDS);
}
