import { afterEach, describe, expect, it } from 'vitest';
import { CatalogPage } from './catalog-page.js';
import { closeChecked, openDesk, type DeskSession } from './desk-session.js';

let session: DeskSession | null = null;
afterEach(async () => {
  if (session) await closeChecked(session.app);
  session = null;
});

const body = <T>(response: { body: unknown }) => (response.body as { ok: true; value: T }).value;

describe('writing tools', () => {
  it('underlines a misspelt Vietnamese syllable and fixes it from a suggestion, or adds it to the dictionary', async () => {
    session = await openDesk();
    const { desk, app } = session;
    const { page } = app;
    await desk.newArticle();
    await page.keyboard.type('Chúng tôi khong đồng ý với luận điểm ấy. ');
    const misspelt = page.locator('.cm-misspelt');
    await expect.poll(() => misspelt.allTextContents(), { timeout: 15_000 }).toEqual(['khong']);
    expect(await misspelt.first().getAttribute('aria-invalid')).toBe('spelling');

    await misspelt.first().click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Spelling: khong' });
    await expect.poll(() => menu.getByRole('menuitem').first().textContent()).toBe('không');
    await menu.getByRole('menuitem', { name: 'không', exact: true }).click();
    await expect.poll(() => desk.editorText()).toBe('Chúng tôi không đồng ý với luận điểm ấy. ');
    await expect.poll(() => misspelt.count()).toBe(0);

    // The keyboard way: Ctrl+. on the word, arrows, Enter; "add to the dictionary" keeps the word for the workspace.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Tác giả Mátxcơva viết.');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => misspelt.allTextContents(), { timeout: 10_000 }).toEqual(['Mátxcơva']);
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+.');
    const second = page.getByRole('menu', { name: 'Spelling: Mátxcơva' });
    await second.getByRole('menuitem', { name: 'Add “Mátxcơva” to the workspace dictionary' }).waitFor();
    // The menu has the keyboard: End is its last item (Ignore), one up is "Add to the dictionary".
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => misspelt.count()).toBe(0);
    expect(body<{ dictionary: string[] }>(await app.invoke('spelling:lexicon')).dictionary).toEqual([
      'Mátxcơva',
    ]);
  });

  it('writes a rebuttal from a claim’s page: an article from the template, answering the claim', async () => {
    session = await openDesk();
    const { app } = session;
    const { page } = app;
    const catalog = new CatalogPage(page);
    const statement = 'Đa nguyên chính trị mới là dân chủ';
    const claim = body<{ id: string }>(
      await app.invoke('claims:create', { statement, categoryId: 'categorypluralism' }),
    );
    await catalog.sidebarButton('Claims').click();
    await catalog.view('Claims').getByRole('button', { name: statement }).click();
    await page.getByRole('button', { name: 'Write a rebuttal' }).click();
    const title = `The facts behind the claim “${statement}”`;
    await expect.poll(() => session!.desk.titleBox.inputValue()).toBe(title);
    await expect.poll(() => session!.desk.editorText()).toContain(`> **Claim:** [[claim:${statement}]]`);
    expect(await session.desk.editorText()).toContain(
      '**Category:** Demands for political pluralism and a multi-party system',
    );
    const [article] = body<Array<{ title: string; claimIds: string[] }>>(await app.invoke('articles:list'));
    expect(article).toMatchObject({ title, claimIds: [claim.id] });

    await catalog.sidebarButton('Claims').click();
    await catalog.view('Claims').getByRole('button', { name: statement }).click();
    const answering = page.getByRole('list', { name: 'Articles answering this claim' });
    await expect.poll(() => answering.getByRole('listitem').allTextContents()).toEqual([`${title} Draft`]);
  });

  it('shows progress toward a word target, the deadline and reading time; focus mode leaves only the text', async () => {
    session = await openDesk();
    const { desk, app } = session;
    const { page } = app;
    await desk.newArticle();
    const target = page.getByRole('spinbutton', { name: 'Word target' });
    await target.fill('10');
    await target.press('Enter');
    await desk.insertText('Một hai ba bốn năm.');
    const ring = page.getByRole('progressbar', { name: 'Word target' });
    await expect.poll(() => ring.getAttribute('aria-valuenow')).toBe('5');
    expect(await ring.getAttribute('aria-valuemax')).toBe('10');
    await expect.poll(() => ring.textContent()).toBe('5 of 10 words (50%)');
    expect(await page.locator('.reading-time').textContent()).toBe('1 min read');
    await desk.waitSaved();
    await expect.poll(() => page.locator('.today-words').textContent()).toBe('Today: 5 words');

    const yesterday = new Date(Date.now() - 86_400_000);
    // Typed as the UI writes dates (day first), and saved when the field is left with Enter.
    const day = `${String(yesterday.getDate()).padStart(2, '0')}/${String(yesterday.getMonth() + 1).padStart(2, '0')}/${yesterday.getFullYear()}`;
    const deadline = page.getByLabel('Deadline', { exact: true });
    await deadline.fill(day);
    await deadline.press('Enter');
    await expect.poll(() => page.getByTestId('deadline-badge').textContent()).toBe('1 day overdue');

    await desk.editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn thứ hai.');
    await page.keyboard.press('F8');
    await expect.poll(() => page.locator('.shell.focus-mode').count()).toBe(1);
    expect(await desk.library.isVisible()).toBe(false);
    expect(await desk.titleBox.isVisible()).toBe(false);
    await expect
      .poll(() => page.locator('.cm-line.cm-dimmed').allTextContents())
      .toEqual(['Một hai ba bốn năm.', '']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.shell.focus-mode').count()).toBe(0);
    expect(await desk.library.isVisible()).toBe(true);
    expect(await page.locator('.cm-dimmed').count()).toBe(0);
  });

  it('shows where and when a published article came out', async () => {
    session = await openDesk();
    const { desk, app } = session;
    await desk.newArticle('Đã đăng');
    await desk.waitSaved();
    const [article] = body<Array<{ id: string }>>(await app.invoke('articles:list'));
    await app.page.getByRole('combobox', { name: 'Article status' }).selectOption({ label: 'Published' });
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Outlet' }).fill('Báo Nhân Dân');
    await dialog.getByRole('textbox', { name: 'Published URL' }).fill('https://nhandan.vn/bai-viet');
    await dialog.getByRole('button', { name: 'Mark published' }).click();
    const line = app.page.getByTestId('publication-line');
    await expect.poll(() => line.textContent()).toContain('in Báo Nhân Dân');
    expect(await line.getByRole('link').getAttribute('href')).toBe('https://nhandan.vn/bai-viet');
    expect(article).toBeDefined();
  });

  it('opens the keyboard sheet with F1, and a remapped shortcut works and shows everywhere', async () => {
    session = await openDesk();
    const { desk, app } = session;
    const { page } = app;
    await desk.newArticle();
    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts and Markdown' });
    await sheet.waitFor();
    const focusRow = sheet.getByRole('row', { name: /Focus mode/ });
    expect(await focusRow.textContent()).toContain('F8');
    await sheet.getByRole('tab', { name: 'Markdown' }).click();
    expect(await sheet.getByRole('tabpanel').textContent()).toContain('[@khoá, tr. 12]');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+,');
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Change the shortcut of “Focus mode”' }).click();
    await page.keyboard.press('Control+Shift+E');
    await expect
      .poll(() =>
        app.invoke('settings:get').then((r) => body<{ writing: { shortcuts: object } }>(r).writing.shortcuts),
      )
      .toEqual({ 'view.focus': 'Mod-Shift-e' });
    expect(await settings.getByRole('row', { name: /Focus mode/ }).textContent()).toContain('Ctrl+Shift+E');
    await settings.getByRole('button', { name: 'Close' }).click();
    await desk.editor.click();
    await page.keyboard.press('F8');
    expect(await page.locator('.shell.focus-mode').count()).toBe(0);
    await page.keyboard.press('Control+Shift+E');
    await expect.poll(() => page.locator('.shell.focus-mode').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Commands' });
    await palette.getByRole('combobox').fill('focus');
    expect(await palette.getByRole('option', { name: /Focus mode/ }).textContent()).toContain('Ctrl+Shift+E');
  });

  it('opens a new workspace on the first-run guide in the UI language, with its example claim and source', async () => {
    session = await openDesk({ lang: 'vi', welcome: true });
    const { desk, app } = session;
    await expect
      .poll(() => desk.page.getByRole('textbox', { name: 'Tiêu đề bài viết' }).inputValue())
      .toBe('Bắt đầu với Rebuttal Desk');
    const claims = body<Array<{ statement: string }>>(await app.invoke('claims:list'));
    expect(claims.map((claim) => claim.statement)).toEqual(['Chống tham nhũng chỉ là đấu đá phe phái']);
    const sources = body<Array<{ key: string }>>(await app.invoke('sources:list'));
    expect(sources.map((source) => source.key)).toEqual(['hienphap2013']);
    await expect.poll(() => desk.page.locator('.preview').textContent()).toContain('Tài liệu tham khảo');
    // Reloading does not write it again.
    await app.page.reload();
    await desk.ready();
    expect(body<unknown[]>(await app.invoke('articles:list'))).toHaveLength(1);
  });
});
