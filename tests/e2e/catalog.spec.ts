import os from 'node:os';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogPage } from './catalog-page.js';
import { ROOT, startApp, type AppSession } from './harness.js';
import { closeChecked } from './desk-session.js';

/** Screenshots go to docs/ only when asked for (`SCREENSHOTS=docs`), so a test run leaves the tree clean. */
const SHOTS =
  process.env.SCREENSHOTS === 'docs'
    ? path.join(ROOT, 'docs')
    : path.join(os.tmpdir(), 'rebuttal-desk-shots');

const CATEGORY = 'Exploiting corruption and cadre degradation';
const STATEMENT = 'Tham nhũng là bản chất của chế độ';
const CHART = 'Claims per category: answered, open, monitoring';

type Listed = { ok: true; value: Array<{ id: string; title: string; tags: string[]; status: string }> };

describe('claims, sources, citations, statuses and the dashboard', () => {
  let app: AppSession;
  let desk: CatalogPage;

  beforeEach(async () => {
    app = await startApp({ lang: 'en' });
    await app.page.setViewportSize({ width: 1400, height: 900 });
    desk = new CatalogPage(app.page);
    await desk.ready();
  });
  afterEach(() => closeChecked(app));

  it('answers a claim with a cited article, publishes it, and the claim and the dashboard follow', async () => {
    const { page } = app;
    await desk.createClaim(STATEMENT, CATEGORY);
    await expect.poll(() => page.getByTestId('claim-status').textContent()).toBe('Open');

    await desk.createSource({
      key: 'tongcuc2024',
      title: 'Niên giám thống kê 2024',
      author: 'Tổng cục Thống kê',
      excerpt: ['Tỷ lệ hộ nghèo giảm còn 2,93%', 'tr. 12'],
    });
    await desk.createSource({
      key: 'ttcp2023',
      title: 'Báo cáo công tác phòng, chống tham nhũng',
      author: 'Thanh tra Chính phủ',
    });

    // A second source with a key in use is refused, naming the source that holds it; nothing typed is lost.
    await desk.sidebarButton('Sources').click();
    await desk.view('Sources').getByRole('button', { name: 'New source' }).click();
    await desk.fillSource({ key: 'TTCP2023', title: 'Bản trùng' });
    await desk.dialog.getByRole('button', { name: 'Save source' }).click();
    await expect
      .poll(() => desk.dialog.getByRole('alert').textContent())
      .toContain('Báo cáo công tác phòng, chống tham nhũng');
    expect(await desk.dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Bản trùng');
    await desk.dialog.getByRole('button', { name: 'Cancel' }).click();

    await desk.sidebarButton('Dashboard').click();
    await expect.poll(() => desk.chartCell(CHART, CATEGORY, 'Open')).toBe('1');
    expect(await desk.chartCell(CHART, CATEGORY, 'Answered')).toBe('0');
    await desk.closeView();

    await desk.newArticle('Sự thật về công cuộc phòng, chống tham nhũng');
    const picker = page.getByRole('combobox', { name: 'Add a claim answered' });
    await picker.fill('ban chat che do');
    await page
      .getByRole('listbox', { name: 'Matching claims' })
      .getByRole('option', { name: STATEMENT })
      .click();
    await page
      .getByRole('group', { name: 'Claims answered' })
      .getByRole('button', { name: STATEMENT, exact: true })
      .waitFor();

    await desk.insertText('Số liệu cho thấy điều ngược lại [@tongcuc2024, tr. 12]. Xem thêm [@ttcp');
    const completion = page.locator('.cm-tooltip-autocomplete');
    await completion.getByText('ttcp2023', { exact: true }).waitFor();
    // CodeMirror ignores a key for its interactionDelay (75 ms) after the list opens.
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await desk.insertText(' và [@khongco].\n\nNhắc lại [@tongcuc2024].');
    await expect.poll(() => desk.editorText()).toContain('Xem thêm [@ttcp2023] và [@khongco].');
    await expect
      .poll(() => desk.editor.locator('.cm-citation-unknown').allTextContents())
      .toEqual(['@khongco']);

    const notes = desk.preview.locator('sup.citation');
    await expect.poll(() => notes.allTextContents()).toEqual(['1, tr. 12', '2', '1']);
    expect(await desk.preview.locator('.citation.unknown').allTextContents()).toEqual(['[@khongco]']);
    const bibliography = desk.preview.getByRole('region', { name: 'References' });
    await expect
      .poll(() => bibliography.getByRole('listitem').allTextContents())
      .toEqual([
        'Tổng cục Thống kê, “Niên giám thống kê 2024”.',
        'Thanh tra Chính phủ, “Báo cáo công tác phòng, chống tham nhũng”.',
      ]);

    // Insert an excerpt from the source page at the cursor.
    await desk.sidebarButton('Sources').click();
    await desk.view('Sources').getByRole('button', { name: 'tongcuc2024' }).click();
    await page.getByRole('button', { name: 'Insert excerpt 1 into the article' }).click();
    await expect
      .poll(() => desk.editorText())
      .toContain('“Tỷ lệ hộ nghèo giảm còn 2,93%” [@tongcuc2024, tr. 12]');
    await desk.waitSaved();

    await page.getByRole('combobox', { name: 'Article status' }).selectOption({ label: 'Published' });
    await desk.dialog.getByRole('textbox', { name: 'Outlet' }).fill('Báo Nhân Dân');
    await desk.dialog.getByRole('button', { name: 'Mark published' }).click();
    await desk.dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Article status' }).inputValue())
      .toBe('published');

    await desk.sidebarButton('Claims').click();
    await desk.view('Claims').getByRole('button', { name: STATEMENT }).click();
    await expect.poll(() => page.getByTestId('claim-status').textContent()).toBe('Answered');
    const answering = page.getByRole('list', { name: 'Articles answering this claim' });
    expect(await answering.getByRole('listitem').allTextContents()).toEqual([
      'Sự thật về công cuộc phòng, chống tham nhũng Published',
    ]);

    await desk.sidebarButton('Claims').click();
    await desk.createClaim(
      'Đa nguyên chính trị mới là dân chủ',
      'Demands for political pluralism and a multi-party system',
    );
    await desk.sidebarButton('Claims').click();
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'claims.png') });

    await desk.sidebarButton('Dashboard').click();
    await expect.poll(() => desk.chartCell(CHART, CATEGORY, 'Answered')).toBe('1');
    expect(await desk.chartCell(CHART, CATEGORY, 'Open')).toBe('0');
    expect(await desk.chartCell('Articles per status', 'Published', 'Articles')).toBe('1');
    const waiting = page.getByRole('list', { name: 'Claims open longest' });
    expect(await waiting.getByRole('button').allTextContents()).toEqual([
      'Đa nguyên chính trị mới là dân chủ',
    ]);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard.png') });
  });

  it('filters by a nested tag, renames a tag, saves a smart list, and restores from the trash', async () => {
    const { page } = app;
    const create = async (title: string, tags: string[], status = 'draft') => {
      const created = (await app.invoke('articles:create', { title })).body as { value: { id: string } };
      await app.invoke('articles:update', { id: created.value.id, tags, status });
      return created.value.id;
    };
    await create('Tham nhũng vặt ở cơ sở', ['chủ đề/tham nhũng']);
    await create('Lợi ích nhóm trong kinh tế', ['chủ đề/kinh tế'], 'review');
    await create('Bài không có thẻ', []);
    await page.reload();
    await desk.ready();

    // A parent tag counts and filters its children.
    await desk.library.getByRole('button', { name: 'Tag chủ đề, 2 items' }).click();
    await expect
      .poll(async () => (await desk.rowTitles()).sort())
      .toEqual(['Lợi ích nhóm trong kinh tế', 'Tham nhũng vặt ở cơ sở'].sort());
    await desk.library.getByRole('button', { name: 'Tag chủ đề/tham nhũng, 1 items' }).click();
    await expect.poll(() => desk.rowTitles()).toEqual(['Tham nhũng vặt ở cơ sở']);

    // Combined with a status, then saved as a smart list.
    await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('chủ đề');
    await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'In review' });
    await expect.poll(() => desk.rowTitles()).toEqual(['Lợi ích nhóm trong kinh tế']);
    await page.getByRole('button', { name: 'Save as smart list' }).click();
    await page.getByRole('textbox', { name: 'Smart list name' }).fill('Chủ đề đang duyệt');
    await page.getByRole('button', { name: 'Save list' }).click();
    await desk.sidebarButton('Chủ đề đang duyệt').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await desk.rowTitles()).length).toBe(3);
    await desk.sidebarButton('Chủ đề đang duyệt').click();
    await expect.poll(() => desk.rowTitles()).toEqual(['Lợi ích nhóm trong kinh tế']);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // A multi-selection changes status at once: a checkbox, then a Shift-click.
    await page.getByRole('checkbox', { name: 'Select Tham nhũng vặt ở cơ sở' }).check();
    await desk.row('Lợi ích nhóm trong kinh tế').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByText('2 articles selected').count()).toBe(1);
    await page
      .getByRole('combobox', { name: 'Set status of the selected articles' })
      .selectOption({ label: 'Approved' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => desk.library.getByRole('button', { name: 'Approved: 2 articles' }).count())
      .toBe(1);
    const approved = (await app.invoke('articles:list', {})).body as Listed;
    expect(
      approved.value
        .filter((article) => article.status === 'approved')
        .map((article) => article.title)
        .sort(),
    ).toEqual(['Lợi ích nhóm trong kinh tế', 'Tham nhũng vặt ở cơ sở'].sort());

    // Rename a nested tag: every article follows, the tree too.
    await desk.library.getByRole('button', { name: 'Rename or recolour tag chủ đề/tham nhũng' }).click();
    await desk.dialog.getByRole('textbox', { name: 'Name (an existing tag merges)' }).fill('chủ đề/tiêu cực');
    await desk.dialog.getByRole('button', { name: 'Save tag' }).click();
    await desk.dialog.waitFor({ state: 'detached' });
    await desk.library.getByRole('button', { name: 'Tag chủ đề/tiêu cực, 1 items' }).waitFor();
    const listed = (await app.invoke('articles:list', {})).body as Listed;
    expect(listed.value.find((article) => article.title === 'Tham nhũng vặt ở cơ sở')?.tags).toEqual([
      'chủ đề/tiêu cực',
    ]);

    // Tags typed in the header, then the trash and back.
    await desk.row('Bài không có thẻ').click();
    await page.getByRole('combobox', { name: 'Add a tag' }).fill('Chủ đề / Kinh tế');
    await page.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await page.getByRole('button', { name: 'Remove tag chủ đề/kinh tế' }).waitFor();
    await desk.library.getByRole('button', { name: 'Tag chủ đề, 3 items' }).waitFor();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await desk.sidebarButton('Trash').click();
    await desk.row('Bài không có thẻ').click();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Bài không có thẻ');
    expect(await desk.sidebarButton('All articles').getAttribute('aria-current')).toBe('page');
    expect(await desk.rowTitles()).toContain('Bài không có thẻ');
    const restored = (await app.invoke('articles:list', {})).body as Listed;
    expect(restored.value.find((article) => article.title === 'Bài không có thẻ')?.tags).toEqual([
      'chủ đề/kinh tế',
    ]);
  });

  it('edits the claim taxonomy without orphaning a claim, and lists an article due soon', async () => {
    const { page } = app;
    await desk.createClaim('Quân đội phải đứng ngoài chính trị', '“Depoliticising” the army');
    await desk.sidebarButton('Claims').click();
    await desk.view('Claims').getByRole('button', { name: 'Edit categories' }).click();
    const editor = page.getByRole('dialog', { name: 'Claim categories' });
    await editor.getByRole('textbox', { name: 'New category (Vietnamese)' }).fill('Xuyên tạc lịch sử');
    await editor.getByRole('textbox', { name: 'New category (English)' }).fill('Distorting history');
    await editor.getByRole('button', { name: 'Add category' }).click();
    await editor.getByRole('listitem', { name: 'Distorting history' }).waitFor();
    await editor
      .getByRole('textbox', { name: 'English name of Distorting history' })
      .fill('Distorting the history');
    await editor
      .getByRole('listitem', { name: 'Distorting history' })
      .getByRole('button', { name: 'Rename' })
      .click();
    await editor.getByRole('listitem', { name: 'Distorting the history' }).waitFor();
    const army = editor.getByRole('listitem', { name: '“Depoliticising” the army' });
    await army.getByRole('combobox').selectOption({ label: 'Distorting the history' });
    await army.getByRole('button', { name: /moving its claims/ }).click();
    await expect.poll(() => army.count()).toBe(0);
    await editor.getByRole('button', { name: 'Done' }).click();
    const moved = desk.view('Claims').getByRole('region', { name: 'Distorting the history' });
    await moved.getByRole('button', { name: 'Quân đội phải đứng ngoài chính trị' }).waitFor();

    await moved.getByRole('button', { name: 'Quân đội phải đứng ngoài chính trị' }).click();
    await page.getByRole('button', { name: 'Delete claim' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this claim?' })
      .getByRole('button', { name: 'Delete claim' })
      .click();
    await desk.view('Claims').waitFor();
    await expect
      .poll(() => desk.view('Claims').getByText('Quân đội phải đứng ngoài chính trị').count())
      .toBe(0);
    expect(((await app.invoke('claims:list', {})).body as { value: unknown[] }).value).toEqual([]);

    await desk.closeView();
    await desk.newArticle('Bài cần nộp sớm');
    const soon = new Date(Date.now() + 3 * 86_400_000).toLocaleDateString('sv');
    await page.getByRole('textbox', { name: 'Deadline' }).fill(soon);
    await page.getByRole('textbox', { name: 'Deadline' }).press('Enter');
    await expect
      .poll(async () => {
        const listed = (await app.invoke('articles:list', {})).body as {
          value: Array<{ title: string; deadline: string | null }>;
        };
        return listed.value.find((article) => article.title === 'Bài cần nộp sớm')?.deadline;
      })
      .toBe(soon);
    await desk.sidebarButton('Dashboard').click();
    const due = page.getByRole('list', { name: 'Due within 7 days' });
    await expect.poll(() => due.getByRole('button').allTextContents()).toEqual(['Bài cần nộp sớm']);
  });
});
