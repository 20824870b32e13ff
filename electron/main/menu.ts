import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/ipc/contract.js';
import type { Language } from '../../core/model/settings.js';
import { MAIN_STRINGS } from './strings.js';

/** What the menu's items do; the menu itself holds no behaviour. */
export interface MenuActions {
  command(command: MenuCommand): void;
  quit(): void;
  about(): void;
  /** Present only in development builds. */
  toggleDevTools?: () => void;
}

/** The application menu in a UI language: File, Edit, View, Help. */
export function menuTemplate(language: Language, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = MAIN_STRINGS[language];
  const view: MenuItemConstructorOptions[] = [
    { label: t.editorMode, accelerator: 'CmdOrCtrl+1', click: () => actions.command('view:editor') },
    { label: t.splitMode, accelerator: 'CmdOrCtrl+2', click: () => actions.command('view:split') },
    { label: t.previewMode, accelerator: 'CmdOrCtrl+3', click: () => actions.command('view:preview') },
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
        { label: t.newArticle, accelerator: 'CmdOrCtrl+N', click: () => actions.command('article:new') },
        { label: t.importFolder, click: () => actions.command('import:folder') },
        { label: t.importFiles, click: () => actions.command('import:files') },
        {
          label: t.exportArticle,
          accelerator: 'CmdOrCtrl+E',
          click: () => actions.command('export:article'),
        },
        { label: t.print, click: () => actions.command('print:article') },
        { type: 'separator' },
        { label: t.sendBundle, click: () => actions.command('bundles:send') },
        { label: t.receiveBundle, click: () => actions.command('bundles:receive') },
        { type: 'separator' },
        {
          label: t.moveToTrash,
          accelerator: 'CmdOrCtrl+Backspace',
          click: () => actions.command('article:trash'),
        },
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
    { label: t.help, submenu: [{ label: t.about, click: actions.about }] },
  ];
}
