import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/ipc/contract.js';
import type { Language } from '../../core/model/settings.js';
import { shortcutOf, toAccelerator, type MenuCommandId } from '../../core/model/shortcuts.js';
import { MAIN_STRINGS } from './strings.js';

/** What the menu's items do; the menu itself holds no behaviour. */
export interface MenuActions {
  command(command: MenuCommand): void;
  quit(): void;
  about(): void;
  /** Present only in development builds. */
  toggleDevTools?: () => void;
}

/**
 * The application menu in a UI language: File, Edit, View, Help. Accelerators
 * are the commands' shortcuts with the writer's overrides (`shortcuts`), so
 * the menu shows what the keys really do.
 */
export function menuTemplate(
  language: Language,
  actions: MenuActions,
  shortcuts: Readonly<Record<string, string | null>> = {},
): MenuItemConstructorOptions[] {
  const t = MAIN_STRINGS[language];
  const item = (label: string, id: MenuCommandId, command: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = toAccelerator(shortcutOf(id, shortcuts));
    return { label, ...(accelerator && { accelerator }), click: () => actions.command(command) };
  };
  const view: MenuItemConstructorOptions[] = [
    item(t.editorMode, 'view.editor', 'view:editor'),
    item(t.splitMode, 'view.split', 'view:split'),
    item(t.previewMode, 'view.preview', 'view:preview'),
    { type: 'separator' },
    item(t.focusMode, 'view.focus', 'view:focus'),
    item(t.typewriter, 'view.typewriter', 'view:typewriter'),
    { type: 'separator' },
    {
      label: t.language,
      submenu: [
        {
          label: 'Tiếng Việt',
          type: 'radio',
          checked: language === 'vi',
          click: () => actions.command('language:vi'),
        },
        {
          label: 'English',
          type: 'radio',
          checked: language === 'en',
          click: () => actions.command('language:en'),
        },
      ],
    },
  ];
  if (actions.toggleDevTools) {
    view.push(
      { type: 'separator' },
      { label: t.developerTools, accelerator: 'F12', click: actions.toggleDevTools },
    );
  }
  return [
    {
      label: t.file,
      submenu: [
        item(t.newArticle, 'article.new', 'article:new'),
        item(t.newFromTemplate, 'article.fromTemplate', 'article:fromTemplate'),
        { label: t.importFolder, click: () => actions.command('import:folder') },
        { label: t.importFiles, click: () => actions.command('import:files') },
        item(t.exportArticle, 'article.export', 'export:article'),
        { label: t.print, click: () => actions.command('print:article') },
        { type: 'separator' },
        { label: t.sendBundle, click: () => actions.command('bundles:send') },
        { label: t.receiveBundle, click: () => actions.command('bundles:receive') },
        { type: 'separator' },
        item(t.moveToTrash, 'article.trash', 'article:trash'),
        { type: 'separator' },
        item(t.settings, 'settings.open', 'settings:open'),
        { type: 'separator' },
        { label: t.quit, accelerator: 'CmdOrCtrl+Q', click: actions.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    { label: t.view, submenu: view },
    {
      label: t.help,
      submenu: [
        item(t.keyboardShortcuts, 'help.shortcuts', 'help:shortcuts'),
        { label: t.markdownSheet, click: () => actions.command('help:markdown') },
        { type: 'separator' },
        { label: t.about, click: actions.about },
      ],
    },
  ];
}
