import { chromium, type Browser } from 'playwright-core';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../backend/chromium.js';

/** Starts the headless Chromium a benchmark drives (CHROMIUM_PATH or the usual places), quiet on the network. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('No Chromium found; install it or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, headless: true, args: [...QUIET_CHROMIUM_FLAGS] });
}
