// Launches the built app in Electron, forwarding the command-line arguments:
//   npm start -- --data DIR
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const pathFile = path.join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;

const overridden = Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH);
if (!overridden && (binary === null || !existsSync(binary))) {
  console.error(
    'The Electron binary is not installed (node_modules/electron/dist is missing).\n' +
      'Run `npm install` on a machine with network access, or `node node_modules/electron/install.js`.\n' +
      'Without Electron, `npm run web -- --data DIR` serves the same app to a browser.',
  );
  process.exit(1);
}

const launcher = path.join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electron.cmd' : 'electron',
);
const child = spawn(launcher, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  shell: process.platform === 'win32',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
