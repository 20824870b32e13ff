// Launches the built app in Electron, forwarding the command-line arguments:
//   npm start -- --data DIR
// Electron fetches its own binary on first launch when `npm install` did not;
// where that download is impossible (no network), say what to do instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function binaryInstalled() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

const launcher = path.join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electron.cmd' : 'electron',
);
if (!existsSync(launcher)) {
  console.error('Electron is not installed: run `npm install` first.');
  process.exit(1);
}

const child = spawn(launcher, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  shell: process.platform === 'win32',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (code !== 0 && !binaryInstalled()) {
    console.error(
      '\nThe Electron binary could not be installed (it is downloaded on first launch).\n' +
        'Connect to the internet once and run `npm start` again, or set ELECTRON_OVERRIDE_DIST_PATH to an\n' +
        'installed Electron. Without Electron, `npm run web -- --data DIR` serves the same app to a browser.',
    );
  }
  process.exit(code ?? (signal ? 1 : 0));
});
