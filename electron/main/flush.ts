import { dialog, ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { IPC_FLUSH, IPC_FLUSH_DONE } from '../../core/ipc/channels.js';
import { afterChoice, afterFlush, type CloseStep, type FlushOutcome } from './quit-decision.js';
import type { MainStrings } from './strings.js';

/** How long a window gets to save its pending changes. */
const FLUSH_TIMEOUT_MS = 8_000;

/** Asks a window's page to save everything now and waits for its answer. */
export function requestFlush(window: BrowserWindow, timeoutMs = FLUSH_TIMEOUT_MS): Promise<FlushOutcome> {
  if (window.isDestroyed() || window.webContents.isCrashed()) return Promise.resolve('gone');
  const contents = window.webContents;
  return new Promise((resolve) => {
    const finish = (outcome: FlushOutcome) => {
      clearTimeout(timer);
      ipcMain.off(IPC_FLUSH_DONE, onDone);
      contents.off('destroyed', onGone);
      resolve(outcome);
    };
    const onDone = (event: IpcMainEvent, saved: unknown) => {
      if (event.sender === contents) finish(saved === true ? 'saved' : 'failed');
    };
    const onGone = () => finish('gone');
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    ipcMain.on(IPC_FLUSH_DONE, onDone);
    contents.once('destroyed', onGone);
    contents.send(IPC_FLUSH);
  });
}

/**
 * Flushes a window before it closes. When the save fails, asks the user:
 * Retry (flush again), Quit anyway, or Cancel. Resolves true when closing may
 * go on.
 */
export async function flushBeforeClose(window: BrowserWindow, strings: () => MainStrings): Promise<boolean> {
  let step: CloseStep = afterFlush(await requestFlush(window));
  while (step === 'ask' || step === 'retry') {
    if (step === 'retry') {
      step = afterFlush(await requestFlush(window));
      continue;
    }
    const t = strings();
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      title: t.unsavedTitle,
      message: t.unsavedMessage,
      detail: t.unsavedDetail,
      buttons: [t.retry, t.quitAnyway, t.cancel],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    step = afterChoice(response);
  }
  return step === 'close';
}
