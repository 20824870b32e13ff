import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The main window as a test sees it, with the English UI: every control is
 * found by its role and accessible name, as a screen-reader user would.
 */
export class DeskPage {
  constructor(readonly page: Page) {}

  get library(): Locator {
    return this.page.getByRole('navigation', { name: 'Library' });
  }

  get newArticleButton(): Locator {
    return this.library.getByRole('button', { name: 'New article' });
  }

  get titleBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Article title' });
  }

  /** CodeMirror's content element (role textbox). */
  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'Article text (Markdown)' });
  }

  get preview(): Locator {
    return this.page.getByRole('article', { name: 'Article preview' });
  }

  get list(): Locator {
    return this.page.getByRole('listbox');
  }

  get saveState(): Locator {
    return this.page.locator('.save-state');
  }

  get wordCount(): Locator {
    return this.page.locator('.word-count');
  }

  get languageSelect(): Locator {
    return this.page.getByRole('combobox', { name: /^(Language|Ngôn ngữ)$/ });
  }

  /** The list row of an article, by (part of) its title. */
  row(title: string | RegExp): Locator {
    return this.list.getByRole('option', { name: title });
  }

  /** Waits until the app has loaded its library. */
  async ready(): Promise<void> {
    await expect
      .poll(() => this.page.locator('.shell[aria-busy="false"]').count(), { timeout: 15_000 })
      .toBe(1);
  }

  /** Creates an article from the sidebar and waits until its editor has focus. */
  async newArticle(title?: string): Promise<void> {
    await this.newArticleButton.click();
    await this.editor.waitFor();
    await expect.poll(() => this.editor.evaluate((el) => el === document.activeElement)).toBe(true);
    if (title !== undefined) await this.titleBox.fill(title);
  }

  /** Puts text at the editor's cursor as one input event (no auto-continued lists). */
  async insertText(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.insertText(text);
  }

  /** The editor's text as CodeMirror draws it (the lines in view; enough for short articles). */
  editorText(): Promise<string> {
    return this.editor.evaluate((el) =>
      [...el.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'),
    );
  }

  async waitSaved(): Promise<void> {
    await expect.poll(() => this.saveState.textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
  }

  /** Opens the link graph and waits until it shows `nodes` nodes; answers the view and its status line. */
  async openGraph(nodes: number): Promise<{ graph: Locator; status: Locator }> {
    await this.library.getByRole('button', { name: 'Link graph' }).click();
    const graph = this.page.getByRole('region', { name: 'Link graph' });
    const status = graph.getByRole('status');
    await expect
      .poll(() => status.textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(`^${nodes} nodes, \\d+ edges$`));
    return { graph, status };
  }
}
