import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSession } from './harness.js';
import type { DeskPage } from './desk-page.js';
import { openDesk } from './desk-session.js';

describe('UI language', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(async () => {
    expect(app.pageErrors).toEqual([]);
    await app.stop();
  });

  it('switches to Vietnamese and back, every label following, and remembers the choice', async () => {
    await desk.newArticle('Ngôn ngữ');
    await desk.insertText('Một hai ba');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');

    await desk.languageSelect.selectOption('vi');
    const page = app.page;
    await expect.poll(() => page.getByRole('navigation', { name: 'Thư viện' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.getByRole('button', { name: 'Bài viết mới' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Tiêu đề bài viết' }).inputValue()).toBe('Ngôn ngữ');
    expect(await page.getByRole('radio', { name: 'Song song' }).getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => desk.wordCount.textContent()).toBe('3 từ');
    expect(await page.locator('.shell').innerText()).not.toMatch(
      /\b(Library|New article|Trash|Split|Saved|words)\b/,
    );
    // The editor's own find and replace panel speaks the UI language too.
    await page.getByRole('textbox', { name: 'Nội dung bài viết (Markdown)' }).click();
    await page.keyboard.press('Control+f');
    const find = page.locator('.cm-search');
    await expect.poll(() => find.getByRole('textbox', { name: 'Tìm' }).count()).toBe(1);
    expect(await find.getByRole('button').allTextContents()).toEqual([
      'tiếp',
      'trước',
      'tất cả',
      'thay',
      'thay tất cả',
      '×',
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => find.count()).toBe(0);
    await expect
      .poll(() => app.invoke('settings:get', {}).then((r) => r.body))
      .toMatchObject({
        ok: true,
        value: { language: 'vi' },
      });

    // Without ?lang= the stored choice applies after a reload.
    await page.goto(`${app.baseUrl}/?welcome=off`);
    await expect.poll(() => page.getByRole('navigation', { name: 'Thư viện' }).count()).toBe(1);

    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).count()).toBe(1);
    // The article reopens after the library appears: wait for its header too.
    await expect.poll(() => page.getByRole('button', { name: 'Move to trash' }).count()).toBe(1);
    await expect.poll(() => desk.wordCount.textContent()).toBe('3 words');
    await expect
      .poll(() => app.invoke('settings:get', {}).then((r) => r.body))
      .toMatchObject({
        ok: true,
        value: { language: 'en' },
      });
  });

  it('?lang=en wins over a stored Vietnamese choice', async () => {
    expect((await app.invoke('settings:set', { language: 'vi' })).body).toMatchObject({ ok: true });
    await app.page.goto(`${app.baseUrl}/?lang=en&welcome=off`);
    await desk.ready();
    expect(await desk.newArticleButton.count()).toBe(1);
    await app.page.goto(`${app.baseUrl}/?welcome=off`);
    await expect.poll(() => app.page.getByRole('button', { name: 'Bài viết mới' }).count()).toBe(1);
  });

  it('persists the view mode', async () => {
    await desk.newArticle('Chế độ xem');
    await app.page.getByRole('radio', { name: 'Preview' }).click();
    await expect.poll(() => desk.editor.count()).toBe(0);
    expect(await desk.preview.count()).toBe(1);
    await app.page.reload();
    await desk.ready();
    await expect
      .poll(() => app.page.getByRole('radio', { name: 'Preview' }).getAttribute('aria-checked'))
      .toBe('true');
    await app.page.getByRole('radio', { name: 'Editor' }).click();
    await expect.poll(() => desk.preview.count()).toBe(0);
    expect(await desk.editor.count()).toBe(1);
  });
});
