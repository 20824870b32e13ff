// The import layering of the design, as data: which folder may import which.
// A layer may import its own folder, the layers in `layers`, and the packages
// `packages` allows. Paths are relative to the repository root.

/** @typedef {{ name: string, dir: string, layers: string[], packages: (spec: string) => boolean, why: string }} Layer */

const isNode = (spec) => spec.startsWith('node:');
const isElectron = (spec) => spec === 'electron' || spec.startsWith('electron/');
const isUi = (spec) =>
  /^(react|react-dom|@codemirror\/|codemirror|@tanstack\/react|zustand|i18next|react-i18next)/.test(spec);

/** @type {Layer[]} Longest `dir` first so the most specific folder wins. */
const LAYERS = [
  {
    name: 'preload',
    dir: 'electron/preload/',
    layers: ['core-ipc'],
    packages: (spec) => isElectron(spec),
    why: 'the sandboxed preload may import only core/ipc and electron',
  },
  {
    name: 'backend',
    dir: 'electron/backend/',
    layers: ['core'],
    packages: (spec) => !isElectron(spec) && !isUi(spec),
    why: 'the backend runs under plain Node: no electron, no UI libraries',
  },
  {
    name: 'main',
    dir: 'electron/main/',
    layers: ['core', 'backend'],
    packages: (spec) => !isUi(spec),
    why: 'the main process may import core, the backend, Node and electron',
  },
  {
    name: 'entry',
    dir: 'electron/cli/',
    layers: ['core', 'backend', 'entry'],
    packages: (spec) => !isElectron(spec) && !isUi(spec),
    why: 'the CLI may import core, the backend and Node libraries',
  },
  {
    name: 'entry',
    dir: 'electron/webhost/',
    layers: ['core', 'backend', 'entry'],
    packages: (spec) => !isElectron(spec) && !isUi(spec),
    why: 'the web host may import core, the backend and Node libraries',
  },
  {
    name: 'entry',
    dir: 'electron/bench/',
    layers: ['core', 'backend', 'entry'],
    packages: (spec) => !isElectron(spec) && !isUi(spec),
    why: 'benchmarks may import core, the backend and Node libraries',
  },
  {
    name: 'renderer',
    dir: 'renderer/',
    layers: ['core'],
    packages: (spec) => !isNode(spec) && !isElectron(spec),
    why: 'the renderer is a browser page: core and browser libraries only',
  },
  {
    name: 'core',
    dir: 'core/',
    layers: ['core'],
    packages: (spec) => ['zod', 'marked', 'diff'].includes(spec),
    why: 'core is pure TypeScript: no node:*, DOM, electron or UI libraries',
  },
];

/** Which layer a repository-relative path belongs to, or null (tests, scripts, config). */
export function layerOf(relativePath) {
  if (relativePath.startsWith('core/ipc/'))
    return { ...LAYERS.find((l) => l.name === 'core'), name: 'core-ipc' };
  return LAYERS.find((layer) => relativePath.startsWith(layer.dir)) ?? null;
}

/** Whether a file in layer `from` may import a file in layer `to` (both from `layerOf`). */
export function mayImportLayer(from, to) {
  if (to === null) return false;
  const target = to.name === 'core-ipc' ? 'core' : to.name;
  if (from.name === 'core-ipc') return target === 'core';
  if (from.name === 'preload') return to.name === 'core-ipc' || from.dir === to.dir;
  if (from.dir === to.dir) return true;
  return from.layers.includes(target);
}
