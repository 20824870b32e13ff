import { useBackups } from '../backups/store.js';
import { useEditor } from '../editor/store.js';
import { useFolderImport } from '../folder-import/store.js';
import { createArticle, showScope, trashOpenArticle } from '../library/commands.js';
import { usePanels } from '../panels/store.js';
import { useSearch } from '../search/store.js';
import { useSettings } from '../settings/store.js';
import { useSwitcher } from '../switcher/store.js';
import { DEFAULT_SHORTCUTS, type MenuCommandId } from '../../../../core/model/shortcuts.js';
import { useCatalogView } from '../catalog/views.js';
import { toggleTypewriter, useFocusMode } from '../focus/store.js';
import { useGraph } from '../graph/store.js';
import { goToNextMisspelt } from '../spellcheck/cm/index.js';
import { setArticleSpelling, spellingOn } from '../spellcheck/store.js';
import { useHelpSheet } from '../shortcuts/store.js';
import { useTemplates } from '../templates/store.js';
import { parseShortcut, registerCommands, type Command, type Shortcut } from './registry.js';
import { usePalette } from './store.js';

const openArticleId = () => useEditor.getState().article?.id ?? null;
/** The default shortcut of a command the application menu also shows. */
const byDefault = (id: MenuCommandId): Shortcut => parseShortcut(DEFAULT_SHORTCUTS[id])!;
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
    shortcut: byDefault('article.new'),
    run: createArticle,
  },
  {
    id: 'article.fromTemplate',
    labelKey: 'commands.fromTemplate',
    shortcut: byDefault('article.fromTemplate'),
    run: () => {
      closeOverlays();
      useTemplates.getState().openDialog();
    },
  },
  {
    id: 'article.save',
    labelKey: 'commands.save',
    shortcut: byDefault('article.save'),
    run: async () => {
      await useEditor.getState().flushAll();
    },
  },
  {
    id: 'article.trash',
    labelKey: 'commands.trash',
    shortcut: byDefault('article.trash'),
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
    shortcut: byDefault(`view.${mode}`),
    run: () => useSettings.getState().setViewMode(mode),
  })),
  {
    id: 'view.focus',
    labelKey: 'commands.focus',
    shortcut: byDefault('view.focus'),
    enabled: hasOpenArticle,
    run: () => {
      closeOverlays();
      useFocusMode.getState().toggle();
      useEditor.getState().session?.attached?.focus();
    },
  },
  {
    id: 'view.typewriter',
    labelKey: 'commands.typewriter',
    shortcut: byDefault('view.typewriter'),
    run: toggleTypewriter,
  },
  {
    id: 'spelling.next',
    labelKey: 'commands.nextMisspelt',
    shortcut: { key: 'f7' },
    enabled: () => spellingOn(openArticleId()) && useEditor.getState().session?.attached != null,
    run: () => {
      const view = useEditor.getState().session?.attached;
      if (!view) return;
      view.focus();
      goToNextMisspelt(view);
    },
  },
  {
    id: 'spelling.toggleArticle',
    labelKey: 'commands.toggleSpelling',
    enabled: () => hasOpenArticle() && useSettings.getState().writing.spellcheck,
    run: () => {
      const id = openArticleId();
      if (id !== null) return setArticleSpelling(id, !spellingOn(id));
    },
  },
  {
    id: 'graph.open',
    labelKey: 'commands.graph',
    shortcut: { key: '4', mod: true, alt: true },
    run: () => {
      closeOverlays();
      return useGraph.getState().show();
    },
  },
  {
    id: 'settings.open',
    labelKey: 'commands.settings',
    shortcut: byDefault('settings.open'),
    run: () => {
      closeOverlays();
      useCatalogView.getState().show({ kind: 'settings' });
    },
  },
  {
    id: 'help.shortcuts',
    labelKey: 'commands.shortcuts',
    shortcut: byDefault('help.shortcuts'),
    run: () => {
      closeOverlays();
      useHelpSheet.getState().show('shortcuts');
    },
  },
  {
    id: 'help.markdown',
    labelKey: 'commands.markdown',
    run: () => {
      closeOverlays();
      useHelpSheet.getState().show('markdown');
    },
  },
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
