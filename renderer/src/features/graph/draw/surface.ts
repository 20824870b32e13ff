import { labelFonts } from './label-fonts.js';
import type { SceneCommand, SceneEvent } from './protocol.js';
import { GraphScene } from './scene.js';
import { globalScheduler } from './scheduler.js';

/** The page's handle on the drawing side, wherever it runs. */
export interface GraphSurface {
  /** Sends a command (transferring the graph's arrays when it carries one). */
  send(command: SceneCommand): void;
  /** The node under a canvas point (CSS pixels), or -1. */
  pick(x: number, y: number): Promise<number>;
  /** Whether drawing happens in a worker (off the main thread). */
  readonly offscreen: boolean;
  destroy(): void;
}

/** Whether this browser can hand a canvas to a worker. */
export function canDrawOffscreen(canvas: HTMLCanvasElement): boolean {
  return typeof OffscreenCanvas !== 'undefined' && typeof canvas.transferControlToOffscreen === 'function';
}

function transfers(command: SceneCommand): Transferable[] {
  if (command.type === 'graph') {
    const { sizes, positions, edges, edgeKinds, colorIndex } = command.graph;
    return [sizes.buffer, positions.buffer, edges.buffer, edgeKinds.buffer, colorIndex.buffer];
  }
  if (command.type === 'colors') return [command.colorIndex.buffer];
  return [];
}

/**
 * Starts drawing on `canvas`: in a worker on an OffscreenCanvas where the
 * browser allows it, with the same scene on the page otherwise. Events
 * other than pick answers go to `onEvent`.
 */
export function createSurface(canvas: HTMLCanvasElement, onEvent: (event: SceneEvent) => void): GraphSurface {
  const pending = new Map<number, (index: number) => void>();
  let request = 0;
  const receive = (event: SceneEvent) => {
    if (event.type !== 'pick') return onEvent(event);
    pending.get(event.request)?.(event.index);
    pending.delete(event.request);
  };
  const pick = (send: (command: SceneCommand) => void) => (x: number, y: number) =>
    new Promise<number>((resolve) => {
      request += 1;
      pending.set(request, resolve);
      send({ type: 'pick', x, y, request });
    });

  if (canDrawOffscreen(canvas)) {
    const worker = new Worker(new URL('./render.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<SceneEvent>) => receive(event.data);
    worker.onerror = (event) => onEvent({ type: 'error', message: event.message || 'graph worker failed' });
    const offscreen = canvas.transferControlToOffscreen();
    worker.postMessage({ type: 'canvas', canvas: offscreen, fonts: labelFonts() } satisfies SceneCommand, [
      offscreen,
    ]);
    const send = (command: SceneCommand) => worker.postMessage(command, transfers(command));
    return {
      send,
      pick: pick(send),
      offscreen: true,
      destroy: () => {
        worker.terminate();
        pending.clear();
      },
    };
  }

  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  const scene = new GraphScene(ctx, receive, globalScheduler());
  void document.fonts.ready.then(() => scene.fontsChanged());
  const send = (command: SceneCommand) => scene.handle(command);
  return {
    send,
    pick: pick(send),
    offscreen: false,
    destroy: () => {
      scene.handle({ type: 'stop' });
      pending.clear();
    },
  };
}
