import type { Page } from 'playwright-core';
import { applyPatch, type TextPatch } from '../../core/text/patch.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controlChannel, nextResponse } from './api-routes.js';
import type { DeskPage } from './desk-page.js';
import type { AppSession } from './harness.js';
import { idOf, reopen, stored } from './safety-page.js';
import { openDesk, closeChecked } from './desk-session.js';

const SAVED = 'Bảo vệ nền tảng tư tưởng của Đảng.';
const TYPED = ' Câu này chưa kịp lưu thì máy tắt.';

/** Kills the page's renderer process as a crash would: no unload handler, no last save. */
async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

describe('crash journal', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  /** Writes an article, then types more while saves never reach the host, and waits for the journal. */
  async function typeThenCrash(title: string): Promise<string> {
    await desk.newArticle(title);
    await desk.insertText(SAVED);
    await desk.waitSaved();
    const saves = await controlChannel(app.page, 'articles:save');
    saves.hold();
    // The journal sends the text whole or as a patch of the saved text.
    const journalled = nextResponse(app.page, 'journal:write', (payload) => {
      const patch = payload.patch as TextPatch | undefined;
      return (patch ? applyPatch(SAVED, patch) : payload.body) === SAVED + TYPED;
    });
    await desk.insertText(TYPED);
    // The saves are held: the journal is the only copy of the text on disk.
    expect(await (await journalled).json()).toMatchObject({ ok: true });
    await crash(app.page);
    const id = await idOf(app, title);
    expect((await stored(app, id)).body).toBe(SAVED);
    return id;
  }

  it('offers the text typed before a crash, with its difference, and restoring saves it', async () => {
    const id = await typeThenCrash('Nhật ký phục hồi');

    const again = await reopen(app);
    const dialog = again.safety.journalDialog;
    await dialog.waitFor();
    const entry = dialog.getByRole('listitem').filter({ hasText: 'Nhật ký phục hồi' });
    const diff = entry.getByRole('figure', { name: 'Changes since the last save' });
    expect(await again.safety.changes(diff)).toEqual({ added: [TYPED], removed: [] });
    expect(await entry.textContent()).toMatch(/Typed at /);

    await dialog.getByRole('button', { name: 'Restore the unsaved text of “Nhật ký phục hồi”' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await stored(app, id)).body).toBe(SAVED + TYPED);
    await expect.poll(() => again.desk.editorText()).toBe(SAVED + TYPED);
    expect((await app.invoke('journal:pending', {})).body).toEqual({ ok: true, value: [] });

    // The restored article goes on saving normally.
    await again.desk.editor.click();
    await again.page.keyboard.press('Control+End');
    await again.page.keyboard.insertText(' Viết tiếp.');
    await again.desk.waitSaved();
    expect((await stored(app, id)).body).toBe(`${SAVED}${TYPED} Viết tiếp.`);
  });

  it('discarding keeps the saved text and the offer does not come back', async () => {
    const id = await typeThenCrash('Bỏ nhật ký');

    const again = await reopen(app);
    await again.safety.journalDialog.waitFor();
    await again.safety.journalDialog
      .getByRole('button', { name: 'Discard the unsaved text of “Bỏ nhật ký”' })
      .click();
    await expect.poll(() => again.safety.journalDialog.count()).toBe(0);
    expect((await stored(app, id)).body).toBe(SAVED);
    expect(await again.desk.editorText()).toBe(SAVED);

    await again.page.close();
    const third = await reopen(app);
    await third.page.waitForTimeout(500);
    expect(await third.safety.journalDialog.count()).toBe(0);
  });
});
