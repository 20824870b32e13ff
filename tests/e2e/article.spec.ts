import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOf, payloadOf } from './api-routes.js';
import type { AppSession } from './harness.js';
import type { DeskPage } from './desk-page.js';
import { openDesk, closeChecked } from './desk-session.js';

const TITLE = 'Đường lối đổi mới của Đảng';
const SENTENCE = 'Đường lối đổi mới của Đảng là đúng đắn và sáng tạo.';

describe('writing an article', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  it('creates an article, shows the Vietnamese text in the preview, and keeps it across a reload', async () => {
    await desk.newArticle(TITLE);
    await desk.insertText(`# ${TITLE}\n\n${SENTENCE}\n\n**Kiên định** mục tiêu.`);

    await expect.poll(() => desk.preview.locator('h1').textContent()).toBe(TITLE);
    await expect.poll(() => desk.preview.locator('strong').textContent()).toBe('Kiên định');
    await expect.poll(() => desk.preview.locator('p').first().textContent()).toBe(SENTENCE);
    await desk.waitSaved();
    await expect.poll(() => desk.row(TITLE).count()).toBe(1);

    await app.page.reload();
    await desk.ready();
    await expect.poll(() => desk.titleBox.inputValue()).toBe(TITLE);
    await expect.poll(() => desk.editorText()).toBe(`# ${TITLE}\n\n${SENTENCE}\n\n**Kiên định** mục tiêu.`);
    await expect.poll(() => desk.preview.locator('h1').textContent()).toBe(TITLE);

    const stored = await app.invoke('articles:list', {});
    expect(stored.body).toMatchObject({ ok: true, value: [{ title: TITLE, wordCount: 22 }] });
  });

  it('counts Vietnamese words as editors do, one per syllable', async () => {
    await desk.newArticle('Đếm từ');
    // 2 + 11 syllable-words (the number counts); markup and punctuation do not.
    await desk.insertText('## Hà Nội\n\nHà Nội là thủ đô của nước Việt Nam, năm 2026!');
    await expect.poll(() => desk.wordCount.textContent()).toBe('13 words');
    await desk.insertText(' Một');
    await expect.poll(() => desk.wordCount.textContent()).toBe('14 words');
  });

  it('saves typing within a second of the last keystroke, without any other action', async () => {
    await desk.newArticle();
    await desk.editor.click();
    await app.page.keyboard.type('Bảo vệ nền tảng tư tưởng');
    await expect.poll(() => desk.saveState.textContent()).toMatch(/^(Unsaved changes|Saving…|Saved)/);
    await desk.waitSaved();
    const list = (await app.invoke('articles:list', {})).body as { value: Array<{ id: string }> };
    const article = await app.invoke('articles:get', { id: list.value[0]!.id });
    expect(article.body).toMatchObject({ ok: true, value: { body: 'Bảo vệ nền tảng tư tưởng' } });
  });

  it('switching article within the save delay loses nothing, in either article', async () => {
    await desk.newArticle('Bài thứ nhất');
    await desk.insertText('Nội dung bài một.');
    await desk.waitSaved();
    await desk.newArticle('Bài thứ hai');
    await desk.insertText('Nội dung bài hai');
    await desk.waitSaved();
    const list = (await app.invoke('articles:list', {})).body as {
      value: Array<{ id: string; title: string }>;
    };
    const idOf = (title: string) => list.value.find((summary) => summary.title === title)!.id;
    const storedBody = async (title: string) =>
      ((await app.invoke('articles:get', { id: idOf(title) })).body as { value: { body: string } }).value
        .body;

    // Type and leave at once, inside the 1 s autosave delay: the switch itself must save, before the
    // other article is read (the order of the calls says so, whatever the machine's speed).
    const calls: string[] = [];
    app.page.on('request', (request) => {
      const channel = channelOf(request);
      if (channel === 'articles:save' || channel === 'articles:get') {
        calls.push(`${channel} ${String(payloadOf(request).id)}`);
      }
    });
    await desk.editor.click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type(' — thêm ngay trước khi chuyển');
    await desk.row(/Bài thứ nhất/).click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Bài thứ nhất');
    await expect.poll(() => storedBody('Bài thứ hai')).toBe('Nội dung bài hai — thêm ngay trước khi chuyển');
    const saved = calls.lastIndexOf(`articles:save ${idOf('Bài thứ hai')}`);
    expect(saved).toBeGreaterThanOrEqual(0);
    expect(saved).toBeLessThan(calls.indexOf(`articles:get ${idOf('Bài thứ nhất')}`));

    await desk.editor.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type(' Sửa tiếp');
    await desk.row(/Bài thứ hai/).click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Bài thứ hai');
    await expect.poll(() => storedBody('Bài thứ nhất')).toBe('Nội dung bài một. Sửa tiếp');
    await expect.poll(() => desk.editorText()).toBe('Nội dung bài hai — thêm ngay trước khi chuyển');
  });

  it('shows a failed save with Retry, keeps the text, and does not leave the article', async () => {
    await desk.newArticle('Mất kết nối');
    await desk.insertText('Chữ đã lưu.');
    await desk.waitSaved();
    await desk.newArticle('Bài khác');
    await desk.waitSaved();
    await desk.row(/Mất kết nối/).click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Mất kết nối');

    await app.host.stop();
    await desk.insertText(' Chữ chưa lưu.');
    await expect.poll(() => desk.saveState.textContent(), { timeout: 5000 }).toBe('Save failed');
    const retry = app.page.getByRole('button', { name: 'Retry' });
    await expect.poll(() => retry.count()).toBe(1);
    await retry.click();
    await expect.poll(() => desk.saveState.textContent()).toBe('Save failed');

    await desk.row(/Bài khác/).click();
    await app.page.waitForTimeout(300);
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Mất kết nối');
    await expect.poll(() => desk.editorText()).toBe('Chữ đã lưu. Chữ chưa lưu.');
  });

  it('moves an article to the trash, undoes it, and purges it only after confirmation', async () => {
    await desk.newArticle('Bài sẽ xoá');
    await desk.insertText('Tạm thời');
    await app.page.getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => desk.row(/Bài sẽ xoá/).count()).toBe(0);
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Bài sẽ xoá');
    await expect.poll(() => desk.editorText()).toBe('Tạm thời');

    await app.page.getByRole('button', { name: 'Move to trash' }).click();
    await desk.library.getByRole('button', { name: 'Trash' }).click();
    await desk.row(/Bài sẽ xoá/).click();
    await app.page.getByRole('button', { name: 'Delete permanently' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Delete the article permanently?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => desk.row(/Bài sẽ xoá/).count()).toBe(1);
    await app.page.getByRole('button', { name: 'Delete permanently' }).click();
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await expect.poll(() => desk.row(/Bài sẽ xoá/).count()).toBe(0);
    const trash = (await app.invoke('articles:list', { scope: 'trash' })).body;
    expect(trash).toEqual({ ok: true, value: [] });
  });
});
