import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskPage } from './desk-page.js';
import type { AppSession } from './harness.js';
import { idOf, stored } from './safety-page.js';
import { openDesk, closeChecked } from './desk-session.js';

/** The view-mode switch of the article header. */
const mode = (desk: DeskPage, name: 'Editor' | 'Split' | 'Preview') =>
  desk.page.getByRole('radiogroup', { name: 'View mode' }).getByRole('radio', { name });

describe('one owner of the open article', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  it('switching to Preview and back shows and keeps the text typed, and the next key adds to it', async () => {
    await desk.newArticle('Chuyển chế độ xem');
    await desk.insertText('First paragraph.');
    await desk.waitSaved();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.insertText('Second paragraph typed later.');
    await desk.waitSaved();
    const id = await idOf(app, 'Chuyển chế độ xem');

    await mode(desk, 'Preview').click();
    await expect.poll(() => desk.editor.count()).toBe(0);
    await mode(desk, 'Split').click();
    await expect.poll(() => desk.editorText()).toBe('First paragraph.\n\nSecond paragraph typed later.');

    await desk.editor.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.insertText('!');
    await desk.waitSaved();
    expect((await stored(app, id)).body).toBe('First paragraph.\n\nSecond paragraph typed later.!');
    await expect
      .poll(() => desk.preview.locator('p').allTextContents())
      .toEqual(['First paragraph.', 'Second paragraph typed later.!']);
  });

  it('keeps undo history across a view-mode switch', async () => {
    await desk.newArticle('Hoàn tác');
    await desk.insertText('Một hai');
    await app.page.keyboard.insertText(' ba');
    await mode(desk, 'Preview').click();
    await mode(desk, 'Editor').click();
    await desk.editor.click();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => desk.editorText()).not.toBe('Một hai ba');
    await app.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => desk.editorText()).toBe('Một hai ba');
  });
});

describe('the title, the views over the editor, and a text changed elsewhere', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  it('saves the title a moment after typing stops, without leaving the field, and Enter goes to the text', async () => {
    await desk.newArticle();
    await desk.titleBox.click();
    await app.page.keyboard.type('Tiêu đề gõ rồi dừng');
    await expect.poll(() => desk.saveState.textContent()).toMatch(/^(Unsaved changes|Saving…)/);
    await desk.waitSaved();
    expect(await desk.titleBox.evaluate((el) => el === document.activeElement)).toBe(true);
    const id = await idOf(app, 'Tiêu đề gõ rồi dừng');
    expect((await stored(app, id)).title).toBe('Tiêu đề gõ rồi dừng');

    await app.page.keyboard.press('Enter');
    await expect.poll(() => desk.editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.insertText('Nội dung.');
    await desk.waitSaved();
    expect((await stored(app, id)).body).toBe('Nội dung.');
  });

  it('says so when a pasted title is longer than a title may be', async () => {
    await desk.newArticle();
    await desk.titleBox.fill('Dài '.repeat(300));
    expect((await desk.titleBox.inputValue()).length).toBe(1000);
    await expect
      .poll(() => app.page.getByRole('alert').filter({ hasText: 'was shortened to 1000' }).count())
      .toBe(1);
  });

  it('brings the editor forward when an article is made while the sources, claims or dashboard show', async () => {
    for (const screen of ['Sources', 'Claims', 'Dashboard']) {
      await desk.library.getByRole('button', { name: screen, exact: true }).click();
      await expect.poll(() => app.page.locator('.workspace-view').count()).toBe(1);
      await desk.newArticleButton.click();
      await expect.poll(() => app.page.locator('.workspace-view').count()).toBe(0);
      await expect.poll(() => desk.editor.evaluate((el) => el === document.activeElement)).toBe(true);
    }
  });

  it('keeps both texts when the article was changed elsewhere, tells the writer, and compares them', async () => {
    await desk.newArticle('Sửa ở hai nơi');
    await desk.insertText('Bản đầu tiên.');
    await desk.waitSaved();
    const id = await idOf(app, 'Sửa ở hai nơi');
    const { rev } = await stored(app, id);
    const other = await app.invoke('articles:save', { id, baseRev: rev, body: 'Bản sửa ở máy khác.' });
    expect(other.status).toBe(200);

    await desk.editor.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.insertText(' Thêm của tôi.');
    await desk.waitSaved();
    expect((await stored(app, id)).body).toBe('Bản đầu tiên. Thêm của tôi.');
    const notice = app.page.getByRole('region', { name: 'Notices' }).getByText(/was also changed elsewhere/);
    await notice.waitFor();
    await app.page.getByRole('button', { name: 'Compare' }).click();
    const history = app.page.getByRole('complementary', { name: 'History' });
    await history.waitFor();
    const diff = history.getByRole('figure', { name: /^Changes from/ });
    await expect.poll(() => diff.textContent()).toMatch(/removed: máy\].*\[removed: khác\]/);
    const kept = (await app.invoke('revisions:list', { articleId: id })).body as {
      value: Array<{ reason: string }>;
    };
    expect(kept.value.map((revision) => revision.reason)).toContain('conflict');
  });

  it('draws the end of a long article when the preview is scrolled there', async () => {
    const paragraphs = Array.from(
      { length: 1500 },
      (_, n) => `Đoạn thứ ${n + 1} của một bài rất dài về kinh tế.`,
    );
    const created = (await app.invoke('articles:create', { title: 'Bài dài', body: paragraphs.join('\n\n') }))
      .body as { value: { id: string } };
    await app.page.reload();
    await desk.ready();
    await desk.row('Bài dài').click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Bài dài');
    expect(await desk.preview.getByText('Đoạn thứ 1500 của').count()).toBe(0);
    await desk.preview.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect.poll(() => desk.preview.getByText('Đoạn thứ 1500 của').count()).toBe(1);
    expect(created.value.id).toBeTruthy();
  });
});
