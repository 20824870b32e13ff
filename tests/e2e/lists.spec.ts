import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskPage } from './desk-page.js';
import type { AppSession } from './harness.js';
import { closeChecked, openDesk } from './desk-session.js';
import { idOf, stored } from './safety-page.js';

describe('lists and quotes in the editor', () => {
  let app: AppSession;
  let desk: DeskPage;

  /** Types as a writer does: key by key, Enter where the text has a line break. */
  async function typeLines(text: string): Promise<void> {
    const lines = text.split('\n');
    for (const [index, line] of lines.entries()) {
      if (index > 0) await app.page.keyboard.press('Enter');
      if (line !== '') await app.page.keyboard.type(line);
    }
  }

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  it('one Enter on an empty item ends the list, and a habitual "- " is not doubled', async () => {
    await desk.newArticle('Danh sách');
    await desk.editor.click();
    // The writer types the marker of the second item although Enter already wrote it.
    await typeLines('- một\n- hai\n\nĐoạn sau danh sách.');
    await desk.waitSaved();
    const id = await idOf(app, 'Danh sách');
    expect((await stored(app, id)).body).toBe('- một\n- hai\n\nĐoạn sau danh sách.');
    await expect.poll(() => desk.preview.locator('ul > li').allTextContents()).toEqual(['một', 'hai']);
    expect(await desk.preview.locator('p').allTextContents()).toEqual(['Đoạn sau danh sách.']);
  });

  it('ends numbered lists, task lists and quotes with one Enter', async () => {
    await desk.newArticle('Trích dẫn');
    await desk.editor.click();
    await typeLines('1. một\nhai\n\n- [ ] việc\nviệc khác\n\n> trích dẫn\n\nHết.');
    await desk.waitSaved();
    const id = await idOf(app, 'Trích dẫn');
    expect((await stored(app, id)).body).toBe(
      '1. một\n2. hai\n\n- [ ] việc\n- [ ] việc khác\n\n> trích dẫn\n\nHết.',
    );
    await expect.poll(() => desk.preview.locator('ol > li').allTextContents()).toEqual(['một', 'hai']);
    expect(await desk.preview.locator('blockquote p').allTextContents()).toEqual(['trích dẫn']);
    expect(await desk.preview.locator('p').last().textContent()).toBe('Hết.');
  });
});
