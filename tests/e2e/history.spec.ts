import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskPage } from './desk-page.js';
import { startApp, type AppSession } from './harness.js';
import { idOf, SafetyPage, stored } from './safety-page.js';
import { closeChecked } from './desk-session.js';

const FIRST = 'Đường lối đổi mới của Đảng là đúng đắn.';
const SECOND = 'Đường lối đổi thay của Đảng là đúng đắn và sáng tạo.';

describe('history panel', () => {
  let app: AppSession;
  let desk: DeskPage;
  let safety: SafetyPage;

  beforeEach(async () => {
    app = await startApp({ lang: 'en' });
    desk = new DeskPage(app.page);
    safety = new SafetyPage(app.page);
    await desk.ready();
  });
  afterEach(() => closeChecked(app));

  it('saves a version, shows the word diff of a later edit, and restores the old text', async () => {
    await desk.newArticle('Lịch sử');
    await desk.insertText(FIRST);
    await desk.waitSaved();
    await safety.openHistory();
    expect(await safety.historyToggle.getAttribute('aria-pressed')).toBe('true');
    await safety.saveVersion('Bản đầu');
    const first = safety.versions.filter({ hasText: 'Bản đầu' });
    expect(await first.textContent()).toContain('Saved by you');

    await desk.editor.click();
    await app.page.keyboard.press('Control+A');
    await app.page.keyboard.insertText(SECOND);
    await desk.waitSaved();

    await first.click();
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => safety.bodyDiff.count()).toBe(1);
    expect(await safety.bodyDiff.getAttribute('aria-label')).toMatch(
      /^Changes from the version of .+ to the current text$/,
    );
    expect(await safety.changes(safety.bodyDiff)).toEqual({
      removed: ['mới'],
      added: ['thay', ' và sáng tạo'],
    });
    // Not colour alone: inserted text is underlined, removed text struck through, and both are named.
    const removed = safety.bodyDiff.locator('del').first();
    expect(await removed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(
      await safety.bodyDiff
        .locator('ins')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');
    expect(await removed.textContent()).toBe('[removed: mới]');
    expect(await safety.bodyDiff.textContent()).toContain('4 words added, 1 removed');

    await safety.historyPanel.getByRole('button', { name: 'Restore this version' }).click();
    const confirm = app.page.getByRole('dialog', { name: 'Restore this version?' });
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => desk.editorText()).toBe(FIRST);
    const id = await idOf(app, 'Lịch sử');
    expect((await stored(app, id)).body).toBe(FIRST);

    // The text it replaced was kept as a version first, and typing after the restore saves normally.
    const revisions = (await app.invoke('revisions:list', { articleId: id })).body as {
      value: Array<{ id: string; reason: string }>;
    };
    const before = revisions.value.find((revision) => revision.reason === 'restore');
    expect(before).toBeDefined();
    const kept = (await app.invoke('revisions:get', { articleId: id, revisionId: before!.id })).body as {
      value: { body: string };
    };
    expect(kept.value.body).toBe(SECOND);
    await expect
      .poll(() => safety.versions.filter({ hasText: 'Before a restore' }).count())
      .toBeGreaterThan(0);

    await desk.editor.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.insertText(' Thêm sau khi khôi phục.');
    await desk.waitSaved();
    expect((await stored(app, id)).body).toBe(`${FIRST} Thêm sau khi khôi phục.`);
  });

  it('compares two versions with each other and lists each with its word-count change', async () => {
    await desk.newArticle('Hai phiên bản');
    await desk.insertText('Một hai ba.');
    await desk.waitSaved();
    await safety.openHistory();
    await safety.saveVersion('A');
    await desk.editor.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.insertText(' Bốn năm.');
    await desk.waitSaved();
    await safety.saveVersion('B');

    const b = safety.versions.filter({ hasText: '“B”' });
    expect(await b.textContent()).toContain('+2 words');
    await b.click();
    const compare = safety.historyPanel.getByRole('combobox', { name: 'Compare with' });
    const versionA = await compare.locator('option', { hasText: '— A' }).getAttribute('value');
    await compare.selectOption(versionA!);
    const diff = safety.historyPanel.getByRole('figure', {
      name: /^Changes from the version of .+ to the version of /,
    });
    await expect.poll(() => diff.count()).toBe(1);
    expect(await safety.changes(diff)).toEqual({ removed: [], added: [' Bốn năm.'] });

    await safety.historyPanel.getByRole('button', { name: 'Close the History panel' }).click();
    expect(await safety.historyPanel.count()).toBe(0);
    expect(await safety.historyToggle.getAttribute('aria-pressed')).toBe('false');
  });
});
