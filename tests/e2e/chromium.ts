import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import {
  findChromium as findInstalledChromium,
  QUIET_CHROMIUM_FLAGS,
} from '../../electron/backend/chromium.js';

/** Flags of every test browser: headless, quiet on the network, and no QUIC. */
export const CHROMIUM_ARGS = [...QUIET_CHROMIUM_FLAGS, '--disable-quic'];

function playwrightsOwn(): string | null {
  try {
    const candidate = chromium.executablePath();
    return existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

/**
 * The Chromium to drive: `CHROMIUM_PATH`, else Debian's (or another usual
 * place), else Playwright's own download. Throws, saying how to get one, when
 * there is none.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && !existsSync(fromEnv))
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  const found = findInstalledChromium(env) ?? playwrightsOwn();
  if (found !== null) return found;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
