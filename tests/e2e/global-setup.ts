import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findChromium } from './chromium.js';

/**
 * Runs once before the end-to-end files: brings dist/ up to date (the build
 * skips parts that are current) and fails early, saying why, without a Chromium.
 */
export default function setup(): void {
  findChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}
