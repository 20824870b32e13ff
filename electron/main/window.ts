import { BrowserWindow } from 'electron';
import { APP_START_URL } from './trust.js';

/** Where the window's code lives. */
export interface WindowPaths {
  /** The sandboxed preload bundle (CommonJS). */
  preload: string;
}

/** The one window factory: every window of the app is made here, with the secure preferences. */
export function createAppWindow(paths: WindowPaths): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Rebuttal Desk',
    webPreferences: {
      preload: paths.preload, // eng-disable PRELOAD_JS_CHECK — the sandboxed preload exposes only the typed contract (DeskBridge) through contextBridge, never ipcRenderer
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // A middle click opens no window (new windows are denied anyway; see hardening.ts).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
