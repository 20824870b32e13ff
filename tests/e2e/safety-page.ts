import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppSession } from './harness.js';
import { DeskPage } from './desk-page.js';

/**
 * The parts of the main window that keep text safe — the history panel, the
 * crash-journal dialog and the backups dialog — as a test sees them (English UI).
 */
export class SafetyPage {
  constructor(readonly page: Page) {}

  get historyToggle(): Locator {
    return this.page.getByRole('group', { name: 'Side panels' }).getByRole('button', { name: 'History' });
  }

  get historyPanel(): Locator {
    return this.page.getByRole('complementary', { name: 'History' });
  }

  /** The history list's entries (one button per version). */
  get versions(): Locator {
    return this.historyPanel.getByRole('list', { name: 'Versions' }).getByRole('button');
  }

  /** The diff of the selected version's text. */
  get bodyDiff(): Locator {
    return this.historyPanel.getByRole('figure', { name: /^Changes from/ });
  }

  get journalDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Unsaved text was found' });
  }

  get backupsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Backups' });
  }

  /** Opens the history panel and waits for its list to load. */
  async openHistory(): Promise<void> {
    if ((await this.historyToggle.getAttribute('aria-pressed')) !== 'true') await this.historyToggle.click();
    await this.historyPanel.waitFor();
  }

  /** Saves a manual version with a label and waits until the list shows it. */
  async saveVersion(label: string): Promise<void> {
    await this.historyPanel.getByRole('textbox', { name: 'Version label (optional)' }).fill(label);
    await this.historyPanel.getByRole('button', { name: 'Save version' }).click();
    await expect.poll(() => this.versions.filter({ hasText: `“${label}”` }).count()).toBe(1);
  }

  /** Added and removed runs of a diff, as the page marks them. */
  async changes(diff: Locator): Promise<{ added: string[]; removed: string[] }> {
    const visible = (locator: Locator) =>
      locator.evaluateAll((elements) =>
        elements.map((element) =>
          [...element.childNodes]
            .filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden')))
            .map((node) => node.textContent)
            .join(''),
        ),
      );
    return { added: await visible(diff.locator('ins')), removed: await visible(diff.locator('del')) };
  }
}

/** Opens the app again in a new tab of the same browser (same host and workspace); waits until it is ready. */
export async function reopen(app: AppSession): Promise<{ page: Page; desk: DeskPage; safety: SafetyPage }> {
  const page = await app.context.newPage();
  page.on('pageerror', (error) => app.pageErrors.push(error.message));
  await page.goto(`${app.baseUrl}/?token=${app.token}&lang=en&welcome=off`);
  const desk = new DeskPage(page);
  await desk.ready();
  return { page, desk, safety: new SafetyPage(page) };
}

/** Reads an article's stored body and title through the API. */
export async function stored(
  app: AppSession,
  id: string,
): Promise<{ title: string; body: string; rev: number }> {
  const response = await app.invoke('articles:get', { id });
  const body = response.body as { ok: boolean; value: { title: string; body: string; rev: number } };
  if (!body.ok) throw new Error(`articles:get ${id} failed: ${JSON.stringify(response.body)}`);
  return body.value;
}

/** Creates an article with a title, commits the title (Enter) and waits until it is stored; returns its id. */
export async function createTitled(app: AppSession, desk: DeskPage, title: string): Promise<string> {
  await desk.newArticle(title);
  await desk.titleBox.press('Enter');
  await expect.poll(() => idOf(app, title).catch(() => null), { timeout: 10_000 }).not.toBeNull();
  return idOf(app, title);
}

/** The id of the one article with this title. */
export async function idOf(app: AppSession, title: string): Promise<string> {
  const list = (await app.invoke('articles:list', {})).body as {
    value: Array<{ id: string; title: string }>;
  };
  const matches = list.value.filter((summary) => summary.title === title);
  if (matches.length !== 1) throw new Error(`Expected one article titled ${title}, found ${matches.length}`);
  return matches[0]!.id;
}
