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
