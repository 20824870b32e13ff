import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controlChannel, nextResponse } from './api-routes.js';
import type { DeskPage } from './desk-page.js';
import type { AppSession } from './harness.js';
import { createTitled, idOf, reopen, stored } from './safety-page.js';
import { openDesk, closeChecked } from './desk-session.js';

describe('saving under pressure', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  it('keeps what is typed while a slow save is on its way', async () => {
    const id = await createTitled(app, desk, 'Lưu chậm');
    await desk.waitSaved();
    const saves = await controlChannel(app.page, 'articles:save');
    saves.delay(1500);
    await desk.insertText('Một hai');
    await expect.poll(() => desk.saveState.textContent(), { timeout: 5000 }).toBe('Saving…');
    const callsBefore = saves.calls;
    await app.page.keyboard.insertText(' ba bốn');
    await app.page.keyboard.type(' năm');
    expect(await desk.saveState.textContent()).toBe('Saving…');
    await expect.poll(() => saves.calls, { timeout: 10_000 }).toBeGreaterThan(callsBefore);
    await desk.waitSaved();
    expect((await stored(app, id)).body).toBe('Một hai ba bốn năm');
    expect(await desk.editorText()).toBe('Một hai ba bốn năm');
  });

  it('closing the page during a save loses nothing: the text is saved or offered back', async () => {
    await desk.newArticle('Đóng khi đang lưu');
    await desk.insertText('Đã lưu.');
    await desk.waitSaved();
    const id = await idOf(app, 'Đóng khi đang lưu');
    const saves = await controlChannel(app.page, 'articles:save');
    saves.hold();
    const journalled = nextResponse(app.page, 'journal:write');
    await desk.insertText(' Đang lưu dở.');
    await journalled;
    await expect.poll(() => saves.held, { timeout: 5000 }).toBe(1);
    expect(await desk.saveState.textContent()).toBe('Saving…');
    await app.page.close();

    const again = await reopen(app);
    const body = (await stored(app, id)).body;
    if (body !== 'Đã lưu. Đang lưu dở.') {
      await again.safety.journalDialog.waitFor();
      await again.safety.journalDialog
        .getByRole('button', { name: 'Restore the unsaved text of “Đóng khi đang lưu”' })
        .click();
      await expect.poll(() => again.safety.journalDialog.count()).toBe(0);
    }
    expect((await stored(app, id)).body).toBe('Đã lưu. Đang lưu dở.');
    await expect.poll(() => again.desk.editorText()).toBe('Đã lưu. Đang lưu dở.');
  });

  it('saves Vietnamese text typed through an input method (composition events)', async () => {
    const id = await createTitled(app, desk, 'Gõ tiếng Việt');
    await desk.waitSaved();
    await desk.editor.click();
    await desk.editor.evaluate((element) => {
      const seen: Record<string, number> = {};
      for (const type of ['compositionstart', 'compositionupdate', 'compositionend']) {
        element.addEventListener(type, () => (seen[type] = (seen[type] ?? 0) + 1));
      }
      (window as unknown as { compositionEvents: Record<string, number> }).compositionEvents = seen;
    });
    const cdp = await app.context.newCDPSession(app.page);
    const compose = async (steps: string[]) => {
      for (const text of steps) {
        await cdp.send('Input.imeSetComposition', {
          text,
          selectionStart: text.length,
          selectionEnd: text.length,
        });
      }
      await cdp.send('Input.insertText', { text: steps[steps.length - 1]! });
    };
    await compose(['V', 'Vi', 'Vie', 'Việ', 'Việt']);
    await app.page.keyboard.insertText(' ');
    await compose(['N', 'Na', 'Nam']);
    await app.page.keyboard.insertText(' ');
    await compose(['đ', 'đô', 'độ', 'độc']);
    await app.page.keyboard.insertText(' ');
    await compose(['l', 'la', 'lâ', 'lập', 'lập']);
    await expect.poll(() => desk.editorText()).toBe('Việt Nam độc lập');
    // The text really went through the input method's composition, as a Telex or VNI keyboard sends it.
    const events = await app.page.evaluate(
      () => (window as unknown as { compositionEvents: Record<string, number> }).compositionEvents,
    );
    expect(events).toMatchObject({ compositionstart: 4, compositionend: 4 });
    expect(events.compositionupdate).toBeGreaterThanOrEqual(17);
    await desk.waitSaved();
    expect((await stored(app, id)).body).toBe('Việt Nam độc lập');

    // Ending a composition and switching article at once still saves it.
    await compose(['.', '.']);
    await desk.newArticle('Bài khác');
    await expect.poll(async () => (await stored(app, id)).body).toBe('Việt Nam độc lập.');
  });

  it('after a failed save, Retry saves the text once the host answers again', async () => {
    const id = await createTitled(app, desk, 'Thử lại');
    await desk.waitSaved();
    const saves = await controlChannel(app.page, 'articles:save');
    saves.fail();
    await desk.insertText('Mạng chập chờn.');
    await expect.poll(() => desk.saveState.textContent(), { timeout: 5000 }).toBe('Save failed');
    expect(await desk.editorText()).toBe('Mạng chập chờn.');
    expect((await stored(app, id)).body).toBe('');

    await saves.pass();
    await app.page.getByRole('button', { name: 'Retry' }).click();
    await desk.waitSaved();
    expect((await stored(app, id)).body).toBe('Mạng chập chờn.');
    expect(await app.page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
  });
});
