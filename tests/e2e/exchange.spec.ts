import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppSession } from './harness.js';
import type { DeskPage } from './desk-page.js';
import { closeChecked, openDesk } from './desk-session.js';

/** Screenshots of the walk go here when SCREENSHOTS names a folder (for a person to look at). */
const SHOTS = process.env.SCREENSHOTS;
const shot = async (app: AppSession, name: string) => {
  if (SHOTS) await app.page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
};

const BODY = [
  '## Số liệu',
  '',
  'Tăng trưởng đạt **7,09%** [@tongcuc2024, tr. 12]; nguồn gốc số liệu[^1].',
  '',
  '- Công nghiệp',
  '- Dịch vụ',
  '',
  '[^1]: Ước tính ngày 6/1/2025.',
].join('\n');

/** Whether a command runs here; the checks that need it skip, saying so, when it does not. */
function runs(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
const HAS_SOFFICE = runs('soffice', ['--version']);
const HAS_PDFTOTEXT = runs('pdftotext', ['-v']);
if (!HAS_SOFFICE)
  console.warn(
    'exchange.spec: soffice (LibreOffice) is not installed; the Word file is read from its XML only',
  );
if (!HAS_PDFTOTEXT)
  console.warn('exchange.spec: pdftotext is not installed; the PDF is checked by its header only');

/** The text of a Word file as LibreOffice prints it (`soffice --headless --convert-to pdf`, then pdftotext): footnotes included. */
async function wordText(file: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'desk-lo-'));
  const out = await mkdtemp(path.join(scratch, 'lo-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return pdfText(path.join(out, `${path.basename(file, '.docx')}.pdf`));
}

/** The text pdftotext reads from a PDF, in NFC. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');

/**
 * Exports the open article in one format, from its menu or with the export shortcut (Ctrl+E), and
 * answers the downloaded file's path.
 */
async function exportOpenArticle(
  app: AppSession,
  format: RegExp,
  name: string,
  how: 'menu' | 'shortcut' = 'menu',
): Promise<string> {
  if (how === 'shortcut') await app.page.keyboard.press('Control+e');
  else {
    await app.page.getByRole('button', { name: 'Export, print, send' }).click();
    await app.page.getByRole('menuitem', { name: 'Export…' }).click();
  }
  const dialog = app.page.getByRole('dialog', { name: 'Export 1 article' });
  await dialog.getByRole('radio', { name: format }).check();
  const download = app.page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = path.join(scratch, name);
  await (await download).saveAs(file);
  await expect
    .poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 })
    .toMatch(/^Downloaded /);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return file;
}

/** Runs a palette command by its name. */
async function command(app: AppSession, name: string): Promise<void> {
  await app.page.keyboard.press('Control+Shift+P');
  await app.page.getByRole('combobox', { name: 'Command name' }).fill(name);
  await app.page.keyboard.press('Enter');
}

/** Downloads the open article as a bundle through its menu (Send to…); answers the file. */
async function sendOpenArticle(app: AppSession, name: string): Promise<string> {
  const download = app.page.waitForEvent('download', { timeout: 60_000 });
  await app.page.getByRole('button', { name: 'Export, print, send' }).click();
  await app.page.getByRole('menuitem', { name: 'Send to…' }).click();
  const file = path.join(scratch, name);
  await (await download).saveAs(file);
  const dialog = app.page.getByRole('dialog', { name: 'Send to another machine' });
  await expect
    .poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 })
    .toMatch(/^Downloaded .*: 1 articles, 0 claims, 1 sources/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return file;
}

/** Picks a bundle through Receive… (the palette) and waits for its preview; answers the dialog. */
async function previewBundle(app: AppSession, file: string) {
  await command(app, 'Receive');
  await app.page.getByLabel('Bundle file (.rdbundle)').setInputFiles(file);
  const dialog = app.page.getByRole('dialog', { name: 'Receive a bundle' });
  await expect
    .poll(() => dialog.getByRole('button', { name: 'Receive', exact: true }).count(), { timeout: 30_000 })
    .toBe(1);
  return dialog;
}

type Listed = { id: string; title: string; tags: string[] };
const listArticles = async (app: AppSession) =>
  ((await app.invoke('articles:list', {})).body as { value: Listed[] }).value;
const bodyOf = async (app: AppSession, id: string) =>
  ((await app.invoke('articles:get', { id })).body as { value: { body: string } }).value.body;

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'desk-exchange-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('export, print, import and bundles in the app', () => {
  let app: AppSession;
  let desk: DeskPage;
  let id: string;
  let sourceId: string;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
    const source = await app.invoke('sources:create', {
      key: 'tongcuc2024',
      title: 'Báo cáo kinh tế – xã hội',
      kind: 'report',
      author: 'Tổng cục Thống kê',
      date: '2024',
    });
    sourceId = (source.body as { value: { id: string } }).value.id;
    const created = (await app.invoke('articles:create', { title: 'Sự thật về tăng trưởng', body: BODY }))
      .body as { value: { id: string } };
    id = created.value.id;
    await app.page.reload();
    await desk.ready();
    await desk.row('Sự thật về tăng trưởng').click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Sự thật về tăng trưởng');
  });
  afterEach(() => closeChecked(app));

  it('exports the open article to Word from its menu, as a download', async () => {
    await app.page.getByRole('button', { name: 'Export, print, send' }).click();
    await shot(app, 'menu');
    await app.page.getByRole('menuitem', { name: 'Export…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Export 1 article' });
    await dialog.getByRole('radio', { name: /^Word \(\.docx\)/ }).check();
    await shot(app, 'export-dialog');
    const download = app.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = path.join(scratch, 'bai.docx');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toBe('Sự thật về tăng trưởng.docx');
    const parts = unzipSync(await readFile(file));
    expect(strFromU8(parts['word/document.xml']!)).toContain('Sự thật về tăng trưởng');
    expect(strFromU8(parts['word/footnotes.xml']!)).toContain('Ước tính ngày 6/1/2025.');
    await expect
      .poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 })
      .toBe('Downloaded Sự thật về tăng trưởng.docx.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    if (!HAS_SOFFICE || !HAS_PDFTOTEXT) return;
    const text = await wordText(file);
    for (const expected of [
      'Sự thật về tăng trưởng',
      'Số liệu',
      'Tăng trưởng đạt 7,09%',
      'Công nghiệp',
      'Dịch vụ',
      'Ước tính ngày 6/1/2025.',
      'Tổng cục Thống kê (2024)',
      'tr. 12',
    ])
      expect(text).toContain(expected);
  });

  it('exports the same article to PDF, HTML and Markdown, each read back by what opens it', async () => {
    const pdf = await exportOpenArticle(app, /^PDF/, 'bai.pdf');
    expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (HAS_PDFTOTEXT) {
      const text = pdfText(pdf);
      for (const expected of [
        'Sự thật về tăng trưởng',
        'Số liệu',
        '7,09%',
        'Công nghiệp',
        'Ước tính ngày 6/1/2025.',
        'Tổng cục Thống kê',
      ])
        expect(text).toContain(expected);
    }

    const html = await readFile(await exportOpenArticle(app, /^HTML page/, 'bai.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<h1 id="a1">Sự thật về tăng trưởng</h1>');
    expect(html).toContain('<strong>7,09%</strong>');
    expect(html).toContain('Ước tính ngày 6/1/2025.');
    expect(html).toMatch(/<style[^>]*>[^<]*@font-face[^<]*url\(data:font\//);
    expect(html).not.toMatch(/<script|<link\b|\s(?:src|href)="(?:https?:)?\/\//i);

    const markdown = await readFile(await exportOpenArticle(app, /^Markdown/, 'bai.md', 'shortcut'), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
    expect(front?.[1]).toContain(`id: ${id}`);
    expect(front?.[1]).toMatch(/title: '?Sự thật về tăng trưởng'?/);
    expect(front?.[1]).toMatch(/sources:\n\s+- tongcuc2024/);
    expect(markdown).toContain('Tăng trưởng đạt **7,09%** [@tongcuc2024, tr. 12]');
    expect(markdown).toContain('[^1]: Ước tính ngày 6/1/2025.');
    await shot(app, 'exported');
  });

  it('prints the same document, with notes and bibliography, and nothing but it', async () => {
    const note = desk.preview.locator('.footnote');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toBe('1 Ước tính ngày 6/1/2025.');
    await app.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await app.page.getByRole('button', { name: 'Export, print, send' }).click();
    await app.page.getByRole('menuitem', { name: 'Print…' }).click();
    await expect
      .poll(() => app.page.evaluate(() => (window as unknown as { printed: number }).printed), {
        timeout: 15_000,
      })
      .toBe(1);
    const root = app.page.locator('#print-root');
    expect(await root.locator('h1').textContent()).toBe('Sự thật về tăng trưởng');
    expect(await root.locator('.notes li').count()).toBe(2);
    expect(await root.locator('.bibliography li').textContent()).toContain('Tổng cục Thống kê (2024)');
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.locator('.shell').isVisible()).toBe(false);
    expect(await root.isVisible()).toBe(true);
    await shot(app, 'print');
    await app.page.emulateMedia({ media: 'screen' });
    expect(app.consoleErrors.filter((error) => /Content Security Policy/.test(error))).toEqual([]);
  });

  it('imports Markdown and Word files after a preview that renames a title already taken', async () => {
    const markdown = path.join(scratch, 'Sự thật về tăng trưởng.md');
    await writeFile(markdown, 'Bản nhập vào #kinh-tế\n');
    const docx = (await app.invoke('export:start', { ids: [id], format: 'docx', destination: 'download' }))
      .body as {
      value: { status: { jobId: string } };
    };
    await expect
      .poll(
        async () =>
          (
            (await app.invoke('jobs:status', { jobId: docx.value.status.jobId })).body as {
              value: { state: string };
            }
          ).value.state,
      )
      .toBe('done');
    const piece = (await app.invoke('jobs:download', { jobId: docx.value.status.jobId, offset: 0 })).body as {
      value: { data: string };
    };
    const word = path.join(scratch, 'Bản Word.docx');
    await writeFile(word, Buffer.from(piece.value.data, 'base64'));

    // Two bad files: a "Word" file that is not one, and Markdown in a legacy Vietnamese encoding (TCVN3).
    const fake = path.join(scratch, 'Hỏng.docx');
    await writeFile(fake, 'PK\u0003\u0004 not really a zip');
    const legacy = path.join(scratch, 'Cũ.md');
    await writeFile(
      legacy,
      Buffer.from([0x56, 0x69, 0xd6, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x20, 0xb8, 0xbb, 0x0a]),
    );

    await desk.library.getByLabel('Markdown or Word files').setInputFiles([markdown, word, fake, legacy]);
    const dialog = app.page.getByRole('dialog', { name: 'Import articles' });
    await expect
      .poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 })
      .toBe('2 articles will be added.');
    await expect
      .poll(() =>
        dialog.getByRole('heading', { name: '2 files have the title of an existing article' }).count(),
      )
      .toBe(1);
    await dialog.getByText('2 files left out').click();
    const left = await dialog.locator('.import-skipped li').allTextContents();
    expect(left).toContain('Hỏng.docx — not a readable Word document');
    expect(left.find((line) => line.startsWith('Cũ.md — '))).toMatch(/legacy encoding/);
    await dialog
      .getByRole('textbox', { name: 'New title for Sự thật về tăng trưởng.md' })
      .fill('Sự thật về tăng trưởng (bản nhập)');
    await shot(app, 'import-preview');
    const list = ((await app.invoke('articles:list', {})).body as { value: unknown[] }).value;
    expect(list).toHaveLength(1);
    await dialog
      .getByRole('group', { name: /^Bản Word\.docx/ })
      .getByRole('radio', { name: 'Skip this file' })
      .check();
    await dialog.getByRole('button', { name: 'Import 2 articles' }).click();
    await expect
      .poll(() => dialog.getByRole('status').first().textContent(), { timeout: 30_000 })
      .toBe('1 article imported.');
    await shot(app, 'import-done');
    const titles = (
      (await app.invoke('articles:list', {})).body as { value: Array<{ title: string; tags: string[] }> }
    ).value;
    expect(titles.map((a) => a.title).sort()).toEqual([
      'Sự thật về tăng trưởng',
      'Sự thật về tăng trưởng (bản nhập)',
    ]);
    expect(titles.find((a) => a.title.endsWith('(bản nhập)'))?.tags).toEqual(['kinh-tế']);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('sends the article to another workspace and back: a one-side edit taken, a both-side edit kept as a listed conflict', async () => {
    const first = await sendOpenArticle(app, 'a-to-b.rdbundle');
    expect(first).toMatch(/\.rdbundle$/);

    const other = await openDesk();
    try {
      // A file cut short is refused, saying so, and nothing changes.
      const cut = path.join(scratch, 'cut.rdbundle');
      const whole = await readFile(first);
      await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
      await command(other.app, 'Receive');
      await other.app.page.getByLabel('Bundle file (.rdbundle)').setInputFiles(cut);
      const refused = other.app.page.getByRole('dialog', { name: 'Receive a bundle' });
      await expect
        .poll(() => refused.getByRole('alert').textContent(), { timeout: 30_000 })
        .toMatch(/^It did not work: .+/);
      await shot(other.app, 'receive-refused');
      await refused.getByRole('button', { name: 'Close' }).click();
      expect(await listArticles(other.app)).toEqual([]);

      const dialog = await previewBundle(other.app, first);
      const summary = dialog.getByRole('list', { name: 'What happens' });
      expect(await summary.getByRole('listitem').allTextContents()).toEqual(['2 new items added']);
      await shot(other.app, 'receive-preview');
      expect(await listArticles(other.app)).toEqual([]);
      await dialog.getByRole('button', { name: 'Receive', exact: true }).click();
      await expect
        .poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 })
        .toMatch(/^The bundle was received/);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => other.desk.row('Sự thật về tăng trưởng').count()).toBe(1);
      expect(await bodyOf(other.app, id)).toBe(BODY);

      // The same bundle again changes nothing.
      const again = await previewBundle(other.app, first);
      expect(
        await again.getByRole('list', { name: 'What happens' }).getByRole('listitem').allTextContents(),
      ).toEqual(['2 identical items skipped']);
      await again.getByRole('button', { name: 'Do not receive' }).click();

      // Each machine edits the article on its own.
      await other.desk.row('Sự thật về tăng trưởng').click();
      await expect.poll(() => other.desk.titleBox.inputValue()).toBe('Sự thật về tăng trưởng');
      await other.desk.editor.click();
      await other.app.page.keyboard.press('Control+End');
      await other.app.page.keyboard.insertText('\n\nĐoạn viết trên máy biên tập.');
      await other.desk.waitSaved();
      await other.app.invoke('sources:update', { id: sourceId, publisher: 'Nhà xuất bản Thống kê' });
      await desk.editor.click();
      await app.page.keyboard.press('Control+End');
      await app.page.keyboard.insertText('\n\nĐoạn viết trên máy phóng viên.');
      await desk.waitSaved();

      const back = await sendOpenArticle(other.app, 'b-to-a.rdbundle');
      const incoming = await previewBundle(app, back);
      expect(
        await incoming.getByRole('list', { name: 'What happens' }).getByRole('listitem').allTextContents(),
      ).toEqual([
        '1 newer item taken (the old one kept in history)',
        '1 item changed on both machines: both kept',
      ]);
      await incoming.getByRole('button', { name: 'Receive', exact: true }).click();
      await expect
        .poll(() => incoming.getByRole('status').textContent(), { timeout: 30_000 })
        .toMatch(/^The bundle was received/);
      expect(await incoming.getByRole('heading', { name: '1 conflict' }).count()).toBe(1);
      await shot(app, 'receive-conflict');
      await incoming.getByRole('button', { name: 'Close' }).click();

      // Nothing is lost: the text here stays, open in the editor, and the received one sits beside it.
      expect(await bodyOf(app, id)).toBe(`${BODY}\n\nĐoạn viết trên máy phóng viên.`);
      expect(await desk.editorText()).toContain('Đoạn viết trên máy phóng viên.');
      const conflicts = (
        (await app.invoke('bundles:conflicts', {})).body as {
          value: Array<{ originalId: string; copyId: string; resolved: boolean }>;
        }
      ).value;
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ originalId: id, resolved: false });
      expect(await bodyOf(app, conflicts[0]!.copyId)).toBe(`${BODY}\n\nĐoạn viết trên máy biên tập.`);
      expect((await listArticles(app)).map((article) => article.id).sort()).toEqual(
        [id, conflicts[0]!.copyId].sort(),
      );
      const source = (await app.invoke('sources:get', { id: sourceId })).body as {
        value: { source: { publisher: string } };
      };
      expect(source.value.source.publisher).toBe('Nhà xuất bản Thống kê');

      // The conflicts list opens the received copy.
      await command(app, 'Show exchange conflicts');
      const list = app.page.getByRole('dialog', { name: 'Exchange conflicts' });
      await list.getByRole('button', { name: 'Open the received one' }).click();
      await expect
        .poll(() => desk.editorText(), { timeout: 10_000 })
        .toContain('Đoạn viết trên máy biên tập.');
      await shot(app, 'conflict-copy');
    } finally {
      await closeChecked(other.app);
    }
  });
});
