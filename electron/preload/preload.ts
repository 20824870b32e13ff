import { contextBridge, ipcRenderer } from 'electron';
import { IPC_FLUSH, IPC_FLUSH_DONE, IPC_INVOKE, IPC_MENU, isChannel } from '../../core/ipc/channels.js';
import { MENU_COMMANDS, type DeskBridge, type MenuCommand } from '../../core/ipc/contract.js';

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

let flushHandler: (() => Promise<boolean>) | null = null;

ipcRenderer.on(IPC_FLUSH, () => {
  const handler = flushHandler;
  if (handler === null) {
    ipcRenderer.send(IPC_FLUSH_DONE, true);
    return;
  }
  handler().then(
    (saved) => ipcRenderer.send(IPC_FLUSH_DONE, saved === true),
    () => ipcRenderer.send(IPC_FLUSH_DONE, false),
  );
});

/** The page's whole view of the app: the typed contract, and nothing of Electron itself. */
const bridge = {
  invoke(channel, request) {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel).slice(0, 100)}` },
      });
    }
    return ipcRenderer.invoke(IPC_INVOKE, channel, request).catch((error: unknown) => ({
      ok: false,
      error: { code: 'io', message: `The app did not answer: ${(error as Error).message ?? String(error)}` },
    }));
  },
  onMenuCommand(listener) {
    const relay = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_MENU, relay);
    return () => void ipcRenderer.off(IPC_MENU, relay);
  },
  onFlushRequest(handler) {
    flushHandler = handler;
    return () => {
      if (flushHandler === handler) flushHandler = null;
    };
  },
} satisfies DeskBridge;

contextBridge.exposeInMainWorld('desk', bridge);
