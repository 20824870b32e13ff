import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE } from '../../core/ipc/channels.js';
import type { Envelope, Handlers } from '../../core/ipc/contract.js';
import { dispatch } from '../../core/ipc/dispatch.js';
import { isTrustedSender } from './trust.js';

function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame !== undefined && frame.parent === null,
    webContentsId: event.sender.id,
  };
}

/**
 * Registers the one IPC entry point. The sender is checked first (top frame
 * of one of our windows, on an app:// page); then the payload goes through
 * the shared dispatch, which parses it with the channel's schema.
 */
export function registerInvoke(handlers: () => Handlers | null, ourWebContents: ReadonlySet<number>): void {
  ipcMain.handle(
    IPC_INVOKE,
    async (event, channel: unknown, payload: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(senderOf(event), ourWebContents)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'IPC refused: the sender is not an app page' },
        };
      }
      const table = handlers();
      if (table === null) {
        return { ok: false, error: { code: 'io', message: 'The workspace is closed' } };
      }
      return dispatch(table, channel, payload);
    },
  );
}
