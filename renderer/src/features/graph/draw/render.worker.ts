import type { SceneCommand, SceneEvent } from './protocol.js';
import { GraphScene } from './scene.js';
import { globalScheduler } from './scheduler.js';
import { loadFonts } from './fonts.js';

/** The worker's global scope, typed for what this worker uses. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SceneCommand>) => void) | null;
  postMessage(message: SceneEvent): void;
};

let scene: GraphScene | null = null;
const waiting: SceneCommand[] = [];

scope.onmessage = ({ data: command }) => {
  try {
    if (command.type === 'canvas') {
      const ctx = command.canvas.getContext('2d', { alpha: false });
      if (!ctx) throw new Error('No 2D context on the OffscreenCanvas.');
      scene = new GraphScene(ctx, (event) => scope.postMessage(event), globalScheduler());
      void loadFonts(command.fonts).then((loaded) => loaded && scene?.fontsChanged());
      for (const queued of waiting.splice(0)) scene.handle(queued);
    } else if (scene) scene.handle(command);
    else waiting.push(command);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
