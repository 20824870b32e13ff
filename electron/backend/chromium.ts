import { accessSync, constants } from 'node:fs';

/** Where Chromium is looked for when CHROMIUM_PATH names none. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags of every headless Chromium we start (PDF printing, end-to-end tests,
 * benchmarks): no window, no sandbox or GPU in containers, and no network of
 * its own (no background requests, component updates, sync or first-run work).
 */
export const QUIET_CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to start: CHROMIUM_PATH, else the usual places on Linux; null when there is none. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  const named = env.CHROMIUM_PATH;
  for (const candidate of named ? [named] : CHROMIUM_CANDIDATES) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not there: try the next.
    }
  }
  return null;
}
