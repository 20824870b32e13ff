import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium, the browser the end-to-end tests are written for. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags of every test browser: headless, and quiet on the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function playwrightsOwn(): string | null {
  try {
    const candidate = chromium.executablePath();
    return existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

/**
 * The Chromium to drive: `CHROMIUM_PATH`, else Debian's, else Playwright's
 * own download. Throws, saying how to get one, when there is none.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const own = playwrightsOwn();
  if (own !== null) return own;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
