import { expect } from 'vitest';
import { DeskPage } from './desk-page.js';
import { startApp, type AppSession, type StartOptions } from './harness.js';

/** A running app and its main window, ready for a test. */
export interface DeskSession {
  app: AppSession;
  desk: DeskPage;
}

/** Starts the app (English UI unless told otherwise) and waits until its main window is ready. */
export async function openDesk(options: StartOptions = { lang: 'en' }): Promise<DeskSession> {
  const app = await startApp(options);
  const desk = new DeskPage(app.page);
  await desk.ready();
  return { app, desk };
}

/**
 * Ends a test's session after checking what every test must hold: the page
 * asked nothing of any other origin, threw no uncaught error, and did
 * nothing its CSP refused (an inline style, an eval…).
 */
export async function closeChecked(app: AppSession): Promise<void> {
  try {
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors.filter((text) => text.startsWith('CSP violation'))).toEqual([]);
  } finally {
    await app.stop();
  }
}
