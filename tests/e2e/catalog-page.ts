import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DeskPage } from './desk-page.js';

/** The claims, sources, tags, statuses, filters and dashboard of the main window, by role and name (English UI). */
export class CatalogPage extends DeskPage {
  constructor(page: Page) {
    super(page);
  }

  /** A sidebar button by its exact name. */
  sidebarButton(name: string | RegExp): Locator {
    return this.library.getByRole('button', { name, exact: typeof name === 'string' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The open catalog screen (claims, a claim, sources, a source, the dashboard). */
  view(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name, exact: typeof name === 'string' });
  }

  /** Records a claim through the claims view (a claim needs a category); leaves its page open. */
  async createClaim(statement: string, category: string): Promise<void> {
    await this.sidebarButton('Claims').click();
    await this.view('Claims').getByRole('button', { name: 'New claim' }).click();
    await this.dialog.getByRole('textbox', { name: 'Statement' }).fill(statement);
    await this.dialog.getByRole('combobox', { name: 'Category' }).selectOption({ label: category });
    await this.dialog.getByRole('button', { name: 'Save claim' }).click();
    await this.dialog.waitFor({ state: 'detached' });
    await this.page.getByRole('heading', { name: statement }).waitFor();
  }

  /** Adds a source through the sources view; leaves its page open. */
  async createSource(fields: {
    key: string;
    title: string;
    author?: string;
    excerpt?: [string, string];
  }): Promise<void> {
    await this.sidebarButton('Sources').click();
    await this.view('Sources').getByRole('button', { name: 'New source' }).click();
    await this.fillSource(fields);
    await this.dialog.getByRole('button', { name: 'Save source' }).click();
    await this.dialog.waitFor({ state: 'detached' });
    await this.page.getByRole('heading', { name: `${fields.key} — ${fields.title}` }).waitFor();
  }

  async fillSource(fields: {
    key: string;
    title: string;
    author?: string;
    excerpt?: [string, string];
  }): Promise<void> {
    await this.dialog.getByRole('textbox', { name: 'Title' }).fill(fields.title);
    await this.dialog.getByRole('textbox', { name: 'Key' }).fill(fields.key);
    if (fields.author)
      await this.dialog.getByRole('textbox', { name: 'Author or organisation' }).fill(fields.author);
    if (fields.excerpt) {
      await this.dialog.getByRole('button', { name: 'Add an excerpt' }).click();
      await this.dialog.getByRole('textbox', { name: 'Quoted passage' }).fill(fields.excerpt[0]);
      await this.dialog.getByRole('textbox', { name: 'Page or location' }).fill(fields.excerpt[1]);
    }
  }

  /** Closes the open catalog screen. */
  async closeView(): Promise<void> {
    await this.page.locator('.catalog-view').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => this.page.locator('.catalog-view').count()).toBe(0);
  }

  /** The list rows' titles, in order. */
  async rowTitles(): Promise<string[]> {
    return this.list.locator('.row-title').allTextContents();
  }

  /** A cell of a chart's table: `row` label, `column` header. */
  async chartCell(table: string, row: string, column: string): Promise<string> {
    const grid = this.page.getByRole('table', { name: table });
    const headers = await grid.locator('thead th').allTextContents();
    const index = headers.indexOf(column);
    if (index < 1) throw new Error(`No column ${column} in ${headers.join(', ')}`);
    return (
      (await grid
        .getByRole('row', { name: row })
        .locator('td')
        .nth(index - 1)
        .textContent()) ?? ''
    );
  }
}
