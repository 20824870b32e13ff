import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerMonitor, session } from 'electron';
import { IPC_MENU } from '../../core/ipc/channels.js';
import type { Handlers, MenuCommand } from '../../core/ipc/contract.js';
import type { Language } from '../../core/model/settings.js';
// Imported from their modules, not the backend's index, so the jsdom-based exporters are not loaded at start-up.
import { openWorkspace, type Workspace } from '../backend/workspace.js';
import { WorkspaceLockedError } from '../backend/lock.js';
import { resolveWorkspaceDir } from './args.js';
import { withExchangeDialogs, type ExchangeDialogs } from './exchange-dialogs.js';
import { electronPdfPrinter } from './pdf-printer.js';
import { flushBeforeClose, requestFlush } from './flush.js';
import { hardenAllContents, hardenSession } from './hardening.js';
import { registerInvoke } from './ipc.js';
import { menuTemplate } from './menu.js';
import { registerAppScheme, serveApp } from './protocol.js';
import { afterFlush } from './quit-decision.js';
import { observeLanguage } from './settings-observer.js';
import { MAIN_STRINGS } from './strings.js';
import { createAppWindow } from './window.js';

const RENDERER_ROOT = path.join(import.meta.dirname, '..', 'renderer');
const PRELOAD = path.join(import.meta.dirname, 'preload.cjs');

let workspace: Workspace | null = null;
let handlers: Handlers | null = null;
let language: Language = 'vi';
let mainWindow: BrowserWindow | null = null;
/** Windows whose pending saves were flushed and which may now close. */
const flushed = new WeakSet<BrowserWindow>();
/** Windows whose close is waiting for a flush. */
const closing = new WeakSet<BrowserWindow>();
const ourWebContents = new Set<number>();
let quitting: 'no' | 'in-progress' | 'done' = 'no';

const strings = () => MAIN_STRINGS[language];

function setLanguage(next: Language): void {
  if (next === language) return;
  language = next;
  buildMenu();
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target && !target.isDestroyed()) target.webContents.send(IPC_MENU, command);
}

async function showOpen(options: Electron.OpenDialogOptions): Promise<string[] | null> {
  const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
  const picked = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
  return picked.canceled || picked.filePaths.length === 0 ? null : picked.filePaths;
}

/** The native dialogs of imports, exports and bundles, in the UI language. */
const dialogs: ExchangeDialogs = {
  async saveFile(suggested, extension) {
    const options: Electron.SaveDialogOptions = {
      title: strings().exportTitle,
      defaultPath: suggested,
      filters: [{ name: extension.slice(1).toUpperCase(), extensions: [extension.slice(1)] }],
    };
    const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
    const saved = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
    if (saved.canceled || !saved.filePath) return null;
    return saved.filePath.toLowerCase().endsWith(extension)
      ? saved.filePath
      : `${saved.filePath}${extension}`;
  },
  async chooseFolder() {
    const chosen = await showOpen({
      title: strings().exportFolderTitle,
      buttonLabel: strings().exportButton,
      properties: ['openDirectory', 'createDirectory'],
    });
    return chosen?.[0] ?? null;
  },
  async openBundle() {
    const chosen = await showOpen({
      title: strings().receiveBundleTitle,
      filters: [{ name: strings().bundleFilter, extensions: ['rdbundle'] }],
      properties: ['openFile'],
    });
    return chosen?.[0] ?? null;
  },
  openForImport(kind) {
    return kind === 'folder'
      ? showOpen({
          title: strings().importFolderTitle,
          buttonLabel: strings().importFolderButton,
          properties: ['openDirectory'],
        })
      : showOpen({
          title: strings().importFilesTitle,
          buttonLabel: strings().importFilesButton,
          filters: [{ name: strings().documentsFilter, extensions: ['md', 'markdown', 'docx'] }],
          properties: ['openFile', 'multiSelections'],
        });
  },
};

function buildMenu(): void {
  const template = menuTemplate(language, {
    command: sendMenuCommand,
    quit: () => app.quit(),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: strings().about,
        message: `Rebuttal Desk ${app.getVersion()}`,
        detail: strings().aboutDetail,
      }),
    toggleDevTools: app.isPackaged
      ? undefined
      : () => BrowserWindow.getFocusedWindow()?.webContents.toggleDevTools(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openMainWindow(): void {
  const window = createAppWindow({ preload: PRELOAD });
  const id = window.webContents.id;
  ourWebContents.add(id);
  window.on('close', (event) => {
    if (quitting === 'done' || flushed.has(window)) return;
    event.preventDefault();
    if (closing.has(window)) return;
    closing.add(window);
    void flushBeforeClose(window, strings)
      .then((mayClose) => {
        if (!mayClose) return;
        flushed.add(window);
        window.close();
      })
      .finally(() => closing.delete(window));
  });
  window.on('closed', () => {
    ourWebContents.delete(id);
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

/**
 * Saves and closes everything, then quits. Interactive quits ask the user
 * when a save fails; a signal or OS shutdown cannot wait for an answer, so
 * the failure is reported on stderr.
 */
async function shutdown(interactive: boolean): Promise<void> {
  if (quitting !== 'no') return;
  quitting = 'in-progress';
  const flushedNow: BrowserWindow[] = [];
  for (const window of BrowserWindow.getAllWindows()) {
    if (flushed.has(window)) continue;
    if (interactive) {
      if (!(await flushBeforeClose(window, strings))) {
        // The user stays: windows flushed on the way must flush again before they close.
        flushedNow.forEach((done) => flushed.delete(done));
        quitting = 'no';
        return;
      }
    } else {
      const outcome = await requestFlush(window);
      if (afterFlush(outcome) !== 'close')
        console.error(`Quitting: the window's pending saves ended with "${outcome}".`);
    }
    flushed.add(window);
    flushedNow.push(window);
  }
  try {
    await workspace?.close();
  } catch (error) {
    console.error(`Could not close the workspace cleanly: ${(error as Error).message}`);
  }
  handlers = null;
  quitting = 'done';
  app.quit();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  serveApp(RENDERER_ROOT);
  const dir = resolveWorkspaceDir(process.argv, process.env, app.getPath('userData'), path.join);
  try {
    workspace = await openWorkspace({ dir, mode: 'write', owner: 'app', pdfPrinter: electronPdfPrinter() });
  } catch (error) {
    const t = MAIN_STRINGS[app.getLocale().startsWith('vi') ? 'vi' : 'en'];
    dialog.showErrorBox(
      error instanceof WorkspaceLockedError ? t.lockedTitle : t.openFailedTitle,
      `${dir}\n\n${(error as Error).message}`,
    );
    app.exit(1);
    return;
  }
  const opened = workspace;
  handlers = withExchangeDialogs(observeLanguage(workspace.handlers, setLanguage), dialogs, () => opened);
  language = (await workspace.handlers['settings:get']({})).language;
  buildMenu();
  registerInvoke(() => handlers, ourWebContents);
  openMainWindow();
  // The typings omit the event, but Electron passes one whose preventDefault delays the OS shutdown.
  powerMonitor.on('shutdown', (...args: unknown[]) => {
    (args[0] as Electron.Event | undefined)?.preventDefault();
    void shutdown(false);
  });
}

registerAppScheme();
app.enableSandbox();
hardenAllContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (quitting === 'done') return;
    event.preventDefault();
    void shutdown(true);
  });
  process.on('SIGTERM', () => void shutdown(false));
  process.on('SIGINT', () => void shutdown(false));
  start().catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox('Rebuttal Desk', (error as Error).message ?? String(error));
    app.exit(1);
  });
}
