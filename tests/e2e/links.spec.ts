import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSession } from './harness.js';
import type { DeskPage } from './desk-page.js';
import { closeChecked, openDesk } from './desk-session.js';

interface Stored {
  id: string;
  title: string;
  body: string;
}

describe('cross-references between articles', () => {
  let app: AppSession;
  let desk: DeskPage;

  beforeEach(async () => {
    ({ app, desk } = await openDesk());
  });
  afterEach(() => closeChecked(app));

  /** Creates articles through the API, oldest first, then reloads so the library shows them. */
  async function seed(articles: Array<{ title: string; body: string }>): Promise<Record<string, string>> {
    const ids: Record<string, string> = {};
    for (const article of articles) {
      const created = (await app.invoke('articles:create', article)).body as { ok: true; value: Stored };
      ids[article.title] = created.value.id;
    }
    await app.page.reload();
    await desk.ready();
    return ids;
  }

  const stored = async (id: string): Promise<Stored> =>
    ((await app.invoke('articles:get', { id })).body as { value: Stored }).value;

  async function open(title: string): Promise<void> {
    await desk.row(title).click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe(title);
  }

  it('completes [[ without tone marks, inserts the link, and the preview link opens its target', async () => {
    await seed([
      { title: 'Tham nhũng', body: 'Bài về tham nhũng.' },
      { title: 'Tham nhũng vặt', body: '' },
      { title: 'Đổi mới', body: '' },
    ]);
    await desk.newArticle('Bài mới');
    await desk.editor.click();
    await app.page.keyboard.type('Xem [[tham nhung');
    const popup = app.page.locator('.cm-tooltip-autocomplete');
    await expect
      .poll(() => popup.getByRole('option').allTextContents())
      .toEqual(['Tham nhũng', 'Tham nhũng vặt']);
    // CodeMirror ignores Enter for a moment after the list changes, so a hurried key is not taken as a choice.
    await app.page.waitForTimeout(300);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => desk.editorText()).toBe('Xem [[Tham nhũng]]');
    await app.page.keyboard.type(' và [[Chưa có bài]]');
    await expect.poll(() => app.page.locator('.cm-wikilink-broken').textContent()).toBe('[[Chưa có bài]]');

    const link = desk.preview.getByRole('link', { name: 'Tham nhũng' });
    await expect.poll(() => link.getAttribute('class')).toBe('wikilink');
    await expect
      .poll(() => desk.preview.getByRole('link', { name: 'Chưa có bài' }).getAttribute('class'))
      .toBe('wikilink broken');
    await link.click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Tham nhũng');
    await expect.poll(() => desk.editorText()).toBe('Bài về tham nhũng.');
    await desk.waitSaved();
    const list = (await app.invoke('articles:list', {})).body as { value: Stored[] };
    const created = list.value.find((article) => article.title === 'Bài mới')!;
    expect((await stored(created.id)).body).toBe('Xem [[Tham nhũng]] và [[Chưa có bài]]');
  });

  it('offers to create the article a broken link names, from Ctrl+click in the editor', async () => {
    await seed([{ title: 'Nguồn', body: 'Đọc thêm [[Bài chưa viết]] sau.' }]);
    await open('Nguồn');
    const broken = app.page.locator('.cm-wikilink-broken');
    await expect.poll(() => broken.textContent()).toBe('[[Bài chưa viết]]');
    await broken.click({ modifiers: ['Control'] });
    const dialog = app.page.getByRole('dialog', { name: 'No article has this title' });
    await dialog.getByRole('button', { name: 'Create “Bài chưa viết”' }).click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Bài chưa viết');
    await expect.poll(() => desk.row('Bài chưa viết').count()).toBe(1);
  });

  it('lists backlinks with their sentence and links an unlinked mention in one click', async () => {
    const ids = await seed([
      { title: 'Tham nhũng', body: 'Bài gốc.' },
      { title: 'Bài có liên kết', body: 'Mở đầu. Cuộc chiến chống [[Tham nhũng]] là lâu dài. Hết.' },
      { title: 'Bài chưa liên kết', body: 'Nạn tham nhung vặt vẫn còn.\n\n`tham nhũng` trong mã thì không.' },
    ]);
    await open('Tham nhũng');
    await app.page.getByRole('group', { name: 'Panels' }).getByRole('button', { name: 'Backlinks' }).click();
    const panel = app.page.getByRole('complementary', { name: 'Backlinks' });
    const linked = panel.getByRole('list', { name: 'Linked mentions (1)', exact: true });
    await expect.poll(() => linked.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => linked.getByRole('button', { name: 'Bài có liên kết' }).count()).toBe(1);
    await expect
      .poll(() => linked.locator('q').textContent())
      .toBe('Cuộc chiến chống [[Tham nhũng]] là lâu dài.');
    const unlinked = panel.getByRole('list', { name: 'Unlinked mentions (1)', exact: true });
    await expect.poll(() => unlinked.locator('mark').textContent()).toBe('tham nhung');

    await unlinked.getByRole('button', { name: 'Link it in Bài chưa liên kết' }).click();
    await expect
      .poll(() => panel.getByRole('list', { name: 'Linked mentions (2)', exact: true }).count())
      .toBe(1);
    await expect
      .poll(() => panel.getByText('No other article mentions this title without a link.').count())
      .toBe(1);
    expect((await stored(ids['Bài chưa liên kết']!)).body).toBe(
      'Nạn [[Tham nhũng|tham nhung]] vặt vẫn còn.\n\n`tham nhũng` trong mã thì không.',
    );
  });

  it('renaming rewrites the links in three articles, and Undo puts them back', async () => {
    const bodies = {
      'Bài một': 'Xem [[Tham nhũng]].',
      'Bài hai': 'Theo [[tham nhũng|bài này]] và [[Tham nhũng#Mục 2]].',
      'Bài ba': '- [[Tham nhũng]]\n- `[[Tham nhũng]]` trong mã',
    };
    const ids = await seed([
      { title: 'Tham nhũng', body: 'Bài gốc.' },
      ...Object.entries(bodies).map(([title, body]) => ({ title, body })),
    ]);
    await open('Tham nhũng');
    await desk.titleBox.fill('Chống tham nhũng');
    await desk.titleBox.press('Enter');

    const notice = app.page.getByRole('status').filter({ hasText: '4 links in 3 articles updated' });
    await expect.poll(() => notice.count()).toBe(1);
    expect((await stored(ids['Bài một']!)).body).toBe('Xem [[Chống tham nhũng]].');
    expect((await stored(ids['Bài hai']!)).body).toBe(
      'Theo [[Chống tham nhũng|bài này]] và [[Chống tham nhũng#Mục 2]].',
    );
    expect((await stored(ids['Bài ba']!)).body).toBe('- [[Chống tham nhũng]]\n- `[[Tham nhũng]]` trong mã');
    await expect.poll(() => desk.row('Chống tham nhũng').count()).toBe(1);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Tham nhũng');
    for (const [title, body] of Object.entries(bodies)) expect((await stored(ids[title]!)).body).toBe(body);
    expect((await stored(ids['Tham nhũng']!)).title).toBe('Tham nhũng');
    await expect.poll(() => desk.row('Tham nhũng').count()).toBe(1);
  });

  it('opens the link graph and a click on a node opens its article', async () => {
    await seed([
      { title: 'Gốc', body: '[[Nhánh một]] [[Nhánh hai]]' },
      { title: 'Nhánh một', body: '[[Gốc]]' },
      { title: 'Nhánh hai', body: '[[Nhánh một]]' },
      { title: 'Đứng riêng', body: '' },
    ]);
    await open('Gốc');
    const { graph } = await desk.openGraph(4);

    await graph.getByRole('searchbox', { name: 'Find in graph' }).fill('nhanh hai');
    await graph.getByRole('button', { name: 'Find' }).click();
    await app.page.waitForTimeout(600);
    const canvas = graph.getByRole('img', { name: 'Graph of articles, claims and tags' });
    const box = (await canvas.boundingBox())!;
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => graph.count()).toBe(0);
    await expect.poll(() => desk.titleBox.inputValue()).toBe('Nhánh hai');
  });
});
