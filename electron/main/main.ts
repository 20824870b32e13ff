import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerMonitor, session } from 'electron';
import { IPC_MENU } from '../../core/ipc/channels.js';
import type { Handlers, MenuCommand } from '../../core/ipc/contract.js';
import type { Language, Settings } from '../../core/model/settings.js';
// Imported from their modules, not the backend's index, so the jsdom-based exporters are not loaded at start-up.
import { openWorkspace, type Workspace } from '../backend/workspace.js';
import { WorkspaceLockedError } from '../backend/lock.js';
import { resolveWorkspaceDir } from './args.js';
import { nativeDialogs } from './dialogs.js';
import { electronPdfPrinter } from './pdf-printer.js';
import { safeStorageSecrets } from './secrets.js';
import { flushBeforeClose, requestFlush } from './flush.js';
import { hardenAllContents, hardenSession } from './hardening.js';
import { registerInvoke } from './ipc.js';
import { menuTemplate } from './menu.js';
import { registerAppScheme, serveApp } from './protocol.js';
import { afterFlush } from './quit-decision.js';
import { MAIN_STRINGS } from './strings.js';
import { createAppWindow } from './window.js';

const RENDERER_ROOT = path.join(import.meta.dirname, '..', 'renderer');
const PRELOAD = path.join(import.meta.dirname, 'preload.cjs');

let workspace: Workspace | null = null;
let handlers: Handlers | null = null;
let language: Language = 'vi';
/** The writer's shortcut overrides, shown as the menu's accelerators. */
let shortcuts: Readonly<Record<string, string | null>> = {};
let mainWindow: BrowserWindow | null = null;
/** Windows whose pending saves were flushed and which may now close. */
const flushed = new WeakSet<BrowserWindow>();
/** Windows whose close is waiting for a flush. */
const closing = new WeakSet<BrowserWindow>();
const ourWebContents = new Set<number>();
let quitting: 'no' | 'in-progress' | 'done' = 'no';

const strings = () => MAIN_STRINGS[language];

function followSettings(settings: Settings): void {
  const nextShortcuts = settings.writing.shortcuts;
  if (settings.language === language && JSON.stringify(nextShortcuts) === JSON.stringify(shortcuts)) return;
  language = settings.language;
  shortcuts = nextShortcuts;
  buildMenu();
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target && !target.isDestroyed()) target.webContents.send(IPC_MENU, command);
}

function buildMenu(): void {
  const template = menuTemplate(
    language,
    {
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
    },
    shortcuts,
  );
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
    workspace = await openWorkspace({
      dir,
      mode: 'write',
      owner: 'app',
      host: {
        ...nativeDialogs(strings, () => BrowserWindow.getFocusedWindow() ?? mainWindow),
        pdfPrinter: electronPdfPrinter(),
        secrets: safeStorageSecrets(),
        observeSettings: followSettings,
      },
    });
  } catch (error) {
    const t = MAIN_STRINGS[app.getLocale().startsWith('vi') ? 'vi' : 'en'];
    dialog.showErrorBox(
      error instanceof WorkspaceLockedError ? t.lockedTitle : t.openFailedTitle,
      `${dir}\n\n${(error as Error).message}`,
    );
    app.exit(1);
    return;
  }
  handlers = workspace.handlers;
  // Reading the settings tells the host the language and the shortcuts (observeSettings above).
  await handlers['settings:get']({});
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
