import type { Channel, DeskBridge, RequestInput, ResponseOf } from '../../../core/ipc/contract.js';
import { ApiError } from './errors.js';
import { readToken } from './token.js';
import { createWebBridge } from './webBridge.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the web host. */
    desk?: DeskBridge;
  }
}

let bridge: DeskBridge | null = null;

/** The bridge in use: Electron's preload when present, the web host's HTTP bridge otherwise. */
export function getBridge(): DeskBridge {
  bridge ??= window.desk ?? createWebBridge(readToken());
  return bridge;
}

/** Calls one channel of the contract: resolves its value or throws an {@link ApiError}. */
export async function call<C extends Channel>(channel: C, request: RequestInput<C>): Promise<ResponseOf<C>> {
  const envelope = await getBridge().invoke(channel, request);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}
