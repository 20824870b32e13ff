import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskPage } from './desk-page.js';
import { startApp, type AppSession } from './harness.js';
import { createTitled, SafetyPage, stored } from './safety-page.js';
import { closeChecked } from './desk-session.js';

describe('backups', () => {
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

  it('backs up now, previews a backup, and restoring it brings the workspace back', async () => {
    const kept = await createTitled(app, desk, 'Bài trong bản sao lưu');
    await desk.insertText('Nội dung gốc.');
    await desk.waitSaved();

    await desk.library.getByRole('button', { name: 'Backups' }).click();
    const dialog = safety.backupsDialog;
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    const table = dialog.getByRole('table', { name: 'Backups of the workspace' });
    const manual = table.getByRole('row').filter({ hasText: 'Made by you' });
    await expect.poll(() => manual.count()).toBe(1);
    expect(await manual.getByRole('cell').nth(3).textContent()).toBe('1');
    expect(await manual.getByRole('cell').nth(2).textContent()).toMatch(/^\d+(\.\d)? (bytes|kB|MB)$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await dialog.count()).toBe(0);

    // Work goes on after the backup: a new article, and the old one changed.
    await desk.row(/Bài trong bản sao lưu/).click();
    await desk.editor.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.insertText(' Sửa sau khi sao lưu.');
    await desk.waitSaved();
    await createTitled(app, desk, 'Bài viết sau');
    await desk.waitSaved();

    await desk.library.getByRole('button', { name: 'Backups' }).click();
    await manual.getByRole('button', { name: /^Restore the backup of / }).click();
    const preview = dialog.getByRole('region', { name: /^Restore the backup of .+\?$/ });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('It holds 1 article');
    expect(await preview.getByRole('list', { name: 'Articles in the backup' }).textContent()).toBe(
      'Bài trong bản sao lưu',
    );
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await manual.getByRole('button', { name: /^Restore the backup of / }).click();
    await preview.getByRole('button', { name: 'Restore this backup' }).click();

    await expect.poll(() => dialog.count(), { timeout: 15_000 }).toBe(0);
    await desk.ready();
    await expect.poll(() => desk.row(/Bài viết sau/).count()).toBe(0);
    expect(await desk.row(/Bài trong bản sao lưu/).count()).toBe(1);
    await expect.poll(() => desk.editorText()).toBe('Nội dung gốc.');
    expect((await stored(app, kept)).body).toBe('Nội dung gốc.');

    // The state it replaced was backed up first.
    await desk.library.getByRole('button', { name: 'Backups' }).click();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Before a restore' }).count()).toBe(1);
    const before = table.getByRole('row').filter({ hasText: 'Before a restore' });
    expect(await before.getByRole('cell').nth(3).textContent()).toBe('2');
  });
});
