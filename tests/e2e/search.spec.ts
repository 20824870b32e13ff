import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './harness.js';
import { DeskPage } from './desk-page.js';
import { closeChecked } from './desk-session.js';

const TITLE = 'Đường lối đổi mới của Đảng là đúng đắn';
const OTHERS = [
  { title: 'Dương lịch và âm lịch', body: 'Lịch dương được dùng rộng rãi.' },
  { title: 'Kinh tế thị trường định hướng xã hội chủ nghĩa', body: 'Phát triển kinh tế nhiều thành phần.' },
];

/** The search panel, the quick switcher and the palette, by role and English name. */
class SearchPage {
  constructor(readonly page: Page) {}

  get box() {
    return this.page.getByRole('combobox', { name: 'Search articles' });
  }

  get results() {
    return this.page.getByRole('listbox', { name: 'Search results' });
  }

  get notice() {
    return this.page.getByRole('note', { name: 'How the query was read' });
  }

  dialog(name: string) {
    return this.page.getByRole('dialog', { name });
  }
}

describe('search, quick switcher and command palette', () => {
  let app: AppSession;
  let desk: DeskPage;
  let search: SearchPage;

  beforeEach(async () => {
    app = await startApp({ lang: 'en' });
    desk = new DeskPage(app.page);
    search = new SearchPage(app.page);
    await desk.ready();
    await app.invoke('articles:create', { title: TITLE, body: 'Kiên định **đường lối** đổi mới, hội nhập.' });
    for (const article of OTHERS) await app.invoke('articles:create', article);
    await app.page.reload();
    await desk.ready();
  });
  afterEach(() => closeChecked(app));

  it('finds the toned title from a tone-less query as you type, highlights it, and opens it with the keyboard', async () => {
    await app.page.keyboard.press('Control+Shift+F');
    await expect.poll(() => search.box.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.box.pressSequentially('duong loi doi moi', { delay: 20 });

    const first = search.results.getByRole('option').first();
    await expect.poll(() => first.getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => search.results.getByRole('option').count()).toBe(1);
    expect(await first.locator('.row-title').textContent()).toBe(TITLE);
    expect(await first.locator('.row-title mark').allTextContents()).toEqual(['Đường', 'lối', 'đổi', 'mới']);
    expect(await first.locator('.search-snippet mark').allTextContents()).toEqual([
      'đường',
      'lối',
      'đổi',
      'mới',
    ]);
    expect(await first.locator('.search-status').textContent()).toBe('Draft');
    expect(await first.locator('time').textContent()).toMatch(/\d{4}/);

    await search.box.press('Enter');
    await expect.poll(() => desk.titleBox.inputValue()).toBe(TITLE);

    await search.box.fill('duong');
    await expect.poll(() => search.results.getByRole('option').count()).toBe(2);
    const second = search.results.getByRole('option').nth(1);
    const secondTitle = await second.locator('.row-title').textContent();
    expect([TITLE, OTHERS[0]!.title]).toContain(secondTitle);
    await search.box.press('ArrowDown');
    await expect.poll(() => second.getAttribute('aria-selected')).toBe('true');
    await search.box.press('Enter');
    await expect.poll(() => desk.titleBox.inputValue()).toBe(secondTitle);

    await search.box.press('Escape');
    expect(await search.box.inputValue()).toBe('');
    await search.box.press('Escape');
    await expect.poll(() => search.box.count()).toBe(0);
    expect(await desk.list.getByRole('option').count()).toBe(3);
  });

  it('shows a notice, not an error, for an unbalanced quote or only punctuation', async () => {
    await desk.library.getByRole('button', { name: 'Search' }).click();
    await search.box.fill('"đổi mới');
    await expect.poll(() => search.notice.textContent()).toMatch(/quotation mark is not closed/);
    await expect.poll(() => search.results.getByRole('option').count()).toBe(1);

    await search.box.fill('!!! ??? ...');
    await expect.poll(() => search.notice.textContent()).toMatch(/no letters or digits/);
    expect(await search.results.getByRole('option').count()).toBe(0);
    expect(await app.page.getByRole('alert').count()).toBe(0);
  });

  it('jumps to an article with the quick switcher, tone marks optional', async () => {
    await app.page.keyboard.press('Control+P');
    const dialog = search.dialog('Go to article');
    await dialog.waitFor();
    expect(await dialog.getByRole('option').count()).toBe(3);
    const box = dialog.getByRole('combobox', { name: 'Article title' });
    await box.pressSequentially('kinh te thi', { delay: 20 });
    await expect.poll(() => dialog.getByRole('option').count()).toBe(1);
    expect(await dialog.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => desk.titleBox.inputValue()).toBe(OTHERS[1]!.title);
  });

  it('lists every command with its shortcut and runs the chosen one', async () => {
    await app.page.keyboard.press('Control+Shift+P');
    const dialog = search.dialog('Commands');
    await dialog.waitFor();
    const newArticle = dialog.getByRole('option', { name: 'New article Ctrl+N' });
    expect(await newArticle.getAttribute('aria-keyshortcuts')).toBe('Control+N Meta+N');
    expect(await newArticle.locator('kbd').textContent()).toBe('Ctrl+N');
    expect(await dialog.getByRole('option', { name: 'Go to article…' }).locator('kbd').textContent()).toBe(
      'Ctrl+P',
    );
    expect(await dialog.getByRole('option', { name: 'Search articles' }).locator('kbd').textContent()).toBe(
      'Ctrl+Shift+F',
    );
    expect(await dialog.getByRole('option').count()).toBeGreaterThan(10);

    const box = dialog.getByRole('combobox', { name: 'Command name' });
    await box.fill('preview only');
    await expect.poll(() => dialog.getByRole('option').count()).toBe(1);
    await box.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => desk.editor.count()).toBe(0);
    await desk.preview.waitFor();

    await app.page.keyboard.press('Control+Shift+P');
    await dialog.getByRole('option', { name: 'New article Ctrl+N' }).click();
    await expect.poll(() => desk.list.getByRole('option').count()).toBe(4);
  });
});
