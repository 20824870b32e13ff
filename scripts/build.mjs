// Builds every part of the app into dist/: the renderer (Vite), and the
// Electron main process, preload, CLI, web host and benchmarks (esbuild).
// A part whose inputs are older than its output is not rebuilt.
//   --node-only  skip the renderer      --quiet  print nothing on success
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const log = (message) => quiet || console.log(message);

function newestMtime(dirs) {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  dirs.forEach((dir) => walk(path.join(root, dir)));
  for (const file of ['package-lock.json', 'scripts/build.mjs'])
    newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

const upToDate = (output, inputs) => {
  const file = path.join(root, output);
  return existsSync(file) && statSync(file).mtimeMs > newestMtime(inputs);
};

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

const targets = [
  {
    out: 'dist/electron/main.js',
    inputs: ['core', 'electron/main', 'electron/backend'],
    options: {
      ...node,
      format: 'esm',
      entryPoints: ['electron/main/main.ts'],
      outfile: 'dist/electron/main.js',
    },
  },
  // A sandboxed preload must be one CommonJS file that requires nothing but electron.
  {
    out: 'dist/electron/preload.cjs',
    inputs: ['core/ipc', 'electron/preload'],
    options: {
      ...node,
      packages: undefined,
      external: ['electron'],
      format: 'cjs',
      entryPoints: ['electron/preload/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
    },
  },
  {
    out: 'dist/cli.js',
    inputs: ['core', 'electron/backend', 'electron/cli'],
    options: {
      ...node,
      format: 'esm',
      entryPoints: ['electron/cli/main.ts'],
      outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node' },
    },
  },
  {
    out: 'dist/webhost.js',
    inputs: ['core', 'electron/backend', 'electron/webhost'],
    options: {
      ...node,
      format: 'esm',
      entryPoints: ['electron/webhost/main.ts'],
      outfile: 'dist/webhost.js',
    },
  },
  {
    out: 'dist/bench.js',
    inputs: ['core', 'electron/backend', 'electron/bench'],
    options: { ...node, format: 'esm', entryPoints: ['electron/bench/main.ts'], outfile: 'dist/bench.js' },
  },
];

for (const target of targets) {
  if (!existsSync(path.join(root, target.options.entryPoints[0]))) continue;
  if (upToDate(target.out, target.inputs)) continue;
  await esbuild(target.options);
  log(`built ${target.out}`);
}

if (!args.has('--node-only') && !upToDate('dist/renderer/index.html', ['core', 'renderer', 'assets'])) {
  await viteBuild({
    configFile: path.join(root, 'renderer/vite.config.ts'),
    logLevel: quiet ? 'warn' : 'info',
  });
  log('built dist/renderer');
}
